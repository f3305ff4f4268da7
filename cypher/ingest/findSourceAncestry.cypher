// :many every MEMBER_OF and SPEAKS_FOR edge above the given sources, for cycle checks; $ids
UNWIND $ids AS id
MATCH path = (:Source {id: id})-[:MEMBER_OF|SPEAKS_FOR*1..50]->(:Source)
UNWIND relationships(path) AS edge
RETURN DISTINCT startNode(edge).id AS from, endNode(edge).id AS to, type(edge) AS type
