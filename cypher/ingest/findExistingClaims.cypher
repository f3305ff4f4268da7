// :many which of the claim ids already exist; $ids
UNWIND $ids AS id
MATCH (claim:Claim {id: id})
RETURN claim.id AS id
