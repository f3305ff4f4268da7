// :many the given sources and every source they are members of or speak for, with those edges; $ids
// UNWIND, not WHERE start.id IN $ids: with the latter, 5.26 planned a pruning expand whose DISTINCT let
// duplicates through.
UNWIND $ids AS id
MATCH (:Source {id: id})-[:MEMBER_OF|SPEAKS_FOR*0..50]->(source:Source)
WITH DISTINCT source
RETURN source.id AS id,
       source.name AS name,
       source.type AS type,
       source.role AS role,
       source.affiliation AS affiliation,
       source.reliability AS reliability,
       coalesce(source.aliases, []) AS aliases,
       COLLECT { MATCH (source)-[m:MEMBER_OF]->(body:Source) RETURN body.id ORDER BY m.order, body.id } AS memberOf,
       COLLECT { MATCH (source)-[:SPEAKS_FOR]->(body:Source) RETURN body.id }[0] AS speaksFor
