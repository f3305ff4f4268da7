// :many the statements with these ids, with speaker, document and relays (nearest the speaker first); $ids
UNWIND $ids AS id
MATCH (speaker:Source)-[:MADE]->(statement:Statement {id: id})-[:IN]->(document:Document)
RETURN id,
       statement.quote AS quote,
       statement.cue AS cue,
       statement.direct AS direct,
       statement.channel AS channel,
       CASE WHEN statement.spanStart IS NOT NULL THEN {start: statement.spanStart, end: statement.spanEnd} END AS span,
       statement.saidAt AS saidAt,
       speaker.id AS sourceId,
       document.id AS documentId,
       COLLECT { MATCH (statement)-[v:VIA]->(relay:Source) RETURN relay.id ORDER BY v.order } AS viaIds
