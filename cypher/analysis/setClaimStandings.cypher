// :one stores each claim's verdict for filtering and ordering, counting rows written; $rows [{id, status, credibility, score, contest, origins}]
UNWIND $rows AS row
MATCH (claim:Claim {id: row.id})
SET claim.status = row.status,
    claim.credibility = row.credibility,
    claim.score = row.score,
    claim.contest = row.contest,
    claim.origins = row.origins
REMOVE claim.stale
RETURN count(*) AS written
