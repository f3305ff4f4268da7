// :many for each claim, the statements with an explicit stance on it, superseded ones included, in id order; $ids
UNWIND $ids AS id
MATCH (claim:Claim {id: id})
RETURN id, COLLECT {
  MATCH (statement:Statement)-[:SUPPORTS|CONTRADICTS]->(claim)
  RETURN DISTINCT statement.id ORDER BY statement.id
} AS statementIds
