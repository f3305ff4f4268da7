// :one how many claims have no stored verdict (loaded before the analysis existed); no parameters
MATCH (claim:Claim)
WHERE claim.status IS NULL
RETURN count(*) AS count
