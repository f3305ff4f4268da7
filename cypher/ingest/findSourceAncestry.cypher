// :many every MEMBER_OF and SPEAKS_FOR edge above the given sources, for cycle checks; $ids
MATCH (source:Source)
WHERE source.id IN $ids
MATCH path = (source)-[:MEMBER_OF|SPEAKS_FOR*1..50]->(:Source)
UNWIND relationships(path) AS edge
RETURN DISTINCT startNode(edge).id AS from, endNode(edge).id AS to
