// :one marks stale every claim that has no stored verdict yet (loaded before the analysis existed); no parameters
MATCH (claim:Claim)
WHERE claim.status IS NULL AND claim.stale IS NULL
SET claim.stale = true
RETURN count(*) AS marked
