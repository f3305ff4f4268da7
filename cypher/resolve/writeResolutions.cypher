// :one records what each provisional item of a loaded document became, the first time it is loaded (a reload resolves it as recorded), counting rows; $rows [{key, kind, documentId, provisionalId, nodeId, joined, score, reasons}]
UNWIND $rows AS row
MERGE (resolution:Resolution {key: row.key})
  ON CREATE SET resolution += row {.kind, .documentId, .provisionalId, .nodeId, .joined, .score, .reasons}
RETURN count(*) AS written
