// :many the given sources and every source they are members of or speak for, with those edges; $ids
// UNWIND, not WHERE start.id IN $ids: with the latter, 5.26 planned a pruning expand whose DISTINCT let
// duplicates through.
UNWIND $ids AS id
MATCH (:Source {id: id})-[:MEMBER_OF|SPEAKS_FOR*0..50]->(source:Source)
WITH DISTINCT source
RETURN source {.*} AS source,
       [(source)-[membership:MEMBER_OF]->(body:Source) | {id: body.id, order: membership.order}] AS memberOf,
       [(source)-[:SPEAKS_FOR]->(principal:Source) | principal.id][0] AS speaksFor
