// :many the given claims and every claim they support or contradict, with those edges; $ids
// UNWIND, not WHERE start.id IN $ids: see findSourcesForExport.
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:SUPPORTS|CONTRADICTS*0..50]->(claim:Claim)
WITH DISTINCT claim
RETURN claim {.*} AS claim,
       [(claim)-[:SUPPORTS]->(other:Claim) | other.id] AS supports,
       [(claim)-[:CONTRADICTS]->(other:Claim) | other.id] AS contradicts
