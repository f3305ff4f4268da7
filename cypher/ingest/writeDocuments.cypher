// :exec creates or replaces documents (a new version replaces all its properties); $rows [{id, props, hash}]
UNWIND $rows AS row
MERGE (document:Document {id: row.id})
SET document = row.props, document.contentHash = row.hash
