// :many the documents with these ids, with their statement ids in text order; $ids
UNWIND $ids AS id
MATCH (document:Document {id: id})
RETURN id,
       document.title AS title,
       document.publisher AS publisher,
       document.url AS url,
       document.publishedAt AS publishedAt,
       document.language AS language,
       document.text AS text,
       COLLECT {
         MATCH (statement:Statement)-[:IN]->(document)
         RETURN statement.id ORDER BY coalesce(statement.spanStart, 9223372036854775807), statement.id
       } AS statementIds
