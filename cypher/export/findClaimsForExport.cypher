// :many the given claims and every claim they support or contradict, with those edges; $ids
// UNWIND, not WHERE start.id IN $ids: see findSourcesForExport.
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:SUPPORTS|CONTRADICTS*0..50]->(claim:Claim)
WITH DISTINCT claim
RETURN claim.id AS id,
       claim.text AS text,
       claim.question AS question,
       claim {.quantityValue, .quantityMin, .quantityMax, .quantityApprox, .quantityUnit} AS quantity,
       claim.about AS about,
       claim.occurredAt AS occurredAt,
       COLLECT { MATCH (claim)-[:SUPPORTS]->(other:Claim) RETURN other.id ORDER BY other.id } AS supports,
       COLLECT { MATCH (claim)-[:CONTRADICTS]->(other:Claim) RETURN other.id ORDER BY other.id } AS contradicts
