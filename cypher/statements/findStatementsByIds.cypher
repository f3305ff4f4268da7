// :many the statements with these ids, with speaker, document and relays (nearest the speaker first); $ids
UNWIND $ids AS id
MATCH (speaker:Source)-[:MADE]->(statement:Statement {id: id})-[:IN]->(document:Document)
RETURN id,
       properties(statement) AS statement,
       speaker.id AS sourceId,
       document.id AS documentId,
       COLLECT { MATCH (statement)-[v:VIA]->(relay:Source) RETURN relay.id ORDER BY v.order } AS via
