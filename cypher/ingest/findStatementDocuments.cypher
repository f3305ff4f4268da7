// :many the document that each existing statement id belongs to; $ids
UNWIND $ids AS id
MATCH (statement:Statement {id: id})-[:IN]->(document:Document)
RETURN id, document.id AS documentId
