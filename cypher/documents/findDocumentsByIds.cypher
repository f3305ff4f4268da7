// :many the documents with these ids, with their statement ids in text order; $ids
UNWIND $ids AS id
MATCH (document:Document {id: id})
RETURN id,
       properties(document) AS document,
       COLLECT {
         MATCH (statement:Statement)-[:IN]->(document)
         RETURN statement.id ORDER BY coalesce(statement.spanStart, 9223372036854775807), statement.id
       } AS statementIds
