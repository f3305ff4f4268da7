// :many the claim each of these claim ids was merged into (mergeClaims), as it stands now; $ids
UNWIND $ids AS id
MATCH (:Merge {mergedId: id, kind: 'CLAIM'})<-[:MERGED]-(claim:Claim)
RETURN id, claim.id AS claimId
