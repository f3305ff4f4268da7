// :one records what each provisional item of a loaded document became, counting rows written; $rows [{key, kind, documentId, provisionalId, nodeId, joined, score, reasons}]
UNWIND $rows AS row
MERGE (resolution:Resolution {key: row.key})
SET resolution += row {.kind, .documentId, .provisionalId, .nodeId, .joined, .score, .reasons}
RETURN count(*) AS written
