// :many every MEMBER_OF and SPEAKS_FOR edge above the given sources, for cycle checks; $ids
// Distinct ancestors first, then their own edges: returning whole paths would grow exponentially with
// hierarchies where sources have several parents.
UNWIND $ids AS id
MATCH (:Source {id: id})-[:MEMBER_OF|SPEAKS_FOR*0..50]->(ancestor:Source)
WITH DISTINCT ancestor
MATCH (ancestor)-[edge:MEMBER_OF|SPEAKS_FOR]->(parent:Source)
RETURN ancestor.id AS from, parent.id AS to, type(edge) AS type
