// :many every claim's id, for a full re-analysis; no parameters
MATCH (claim:Claim)
RETURN claim.id AS id
ORDER BY id
