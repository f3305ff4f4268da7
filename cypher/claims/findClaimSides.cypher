// :many who stands on each side of each claim, explicit and derived, and every statement with an explicit stance on it (superseded ones included, in id order); $ids
UNWIND $ids AS id
MATCH (claim:Claim {id: id})
// :include claimSides
RETURN id, sides, COLLECT {
  MATCH (statement:Statement)-[:SUPPORTS|CONTRADICTS]->(claim)
  RETURN DISTINCT statement.id ORDER BY statement.id
} AS statementIds
