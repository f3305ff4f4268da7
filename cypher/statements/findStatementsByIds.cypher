// :many the statements with these ids, with speaker, document, relays (nearest the speaker first), effective time, whether it revises, the claims it retracts, and the statements that superseded (the earliest) and that it supersedes; $ids
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
       COLLECT { MATCH (statement)-[v:VIA]->(relay:Source) RETURN relay.id ORDER BY v.order } AS viaIds,
       coalesce(statement.saidAt, document.publishedAt) AS at,
       COLLECT {
         MATCH (statement)<-[superseded:SUPERSEDES]-(later:Statement)-[:IN]->(where:Document)
         RETURN {id: later.id, reason: superseded.reason}
         ORDER BY coalesce(later.saidAt, where.publishedAt), later.id
       }[0] AS supersededBy,
       COLLECT { MATCH (statement)-[:SUPERSEDES]->(earlier:Statement) RETURN earlier.id ORDER BY earlier.id } AS supersedesIds,
       coalesce(statement.revises, false) AS revises,
       COLLECT { MATCH (statement)-[:RETRACTS]->(claim:Claim) RETURN claim.id ORDER BY claim.id } AS retractIds
