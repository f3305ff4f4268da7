// :one adds explicit CONTRADICTS edges between claims, counting rows written; $rows [{from, to}]
UNWIND $rows AS row
MATCH (claim:Claim {id: row.from}), (contradicted:Claim {id: row.to})
MERGE (claim)-[:CONTRADICTS]->(contradicted)
RETURN count(*) AS written
