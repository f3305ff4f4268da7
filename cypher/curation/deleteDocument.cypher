// :one deletes a document whose statements are already gone, counting documents deleted; $id
// A plain DELETE: were a statement still attached, Neo4j would refuse it rather than leave the statement behind.
MATCH (document:Document {id: $id})
DELETE document
RETURN count(*) AS deleted
