// :one adds explicit SUPPORTS edges between claims, counting rows written; $rows [{from, to}]
UNWIND $rows AS row
MATCH (claim:Claim {id: row.from}), (supported:Claim {id: row.to})
MERGE (claim)-[:SUPPORTS]->(supported)
RETURN count(*) AS written
