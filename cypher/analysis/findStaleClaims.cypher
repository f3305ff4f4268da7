// :many up to $limit claims whose stored verdict is stale; $limit
MATCH (claim:Claim)
WHERE claim.stale = true
RETURN claim.id AS id
LIMIT toInteger($limit)
