// :many who stands on each side of each claim, explicit and derived; $ids
UNWIND $ids AS id
MATCH (claim:Claim {id: id})
// :include claimSides
RETURN id, sides
