// :one records a merge on the item kept (a source or a claim, as $kind says), with what undoing it needs ($record, JSON: docs/model.md, "Curating"), returning its id; $id $kind $keptId $mergedId $at $by $record
WITH $kind AS kind, $keptId AS itemId
// :include itemOfKind
CREATE (item)-[:MERGED]->(merge:Merge {
  id: $id, kind: $kind, keptId: $keptId, mergedId: $mergedId, at: $at, by: $by, record: $record
})
RETURN merge.id AS id
