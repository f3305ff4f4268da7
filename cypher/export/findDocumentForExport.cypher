// :one a document with its statements (in text order), each with its speaker as written, relays, stances and the claims it retracts; $id
MATCH (document:Document {id: $id})
RETURN document {.id, .title, .publisher, .url, .publishedAt, .language, .text} AS document,
       COLLECT {
         MATCH (statement:Statement)-[:IN]->(document)
         WITH statement ORDER BY coalesce(statement.spanStart, -1), statement.id
         RETURN statement {
           .id, .quote, .cue, .direct, .channel, .saidAt, .revises, .speakerAsWritten,
           span: CASE WHEN statement.spanStart IS NOT NULL THEN {start: statement.spanStart, end: statement.spanEnd} END,
           via: COLLECT { MATCH (statement)-[relay:VIA]->(source:Source) RETURN source.id ORDER BY relay.order },
           stances: COLLECT {
             MATCH (statement)-[stance:SUPPORTS|CONTRADICTS]->(claim:Claim)
             WITH claim, stance ORDER BY claim.id
             RETURN {claim: claim.id, stance: type(stance)}
           },
           retracts: COLLECT { MATCH (statement)-[:RETRACTS]->(claim:Claim) RETURN claim.id ORDER BY claim.id }
         }
       } AS statements,
       COLLECT { MATCH (document)<-[:IN]-(:Statement)<-[:MADE]-(speaker:Source) RETURN DISTINCT speaker.id } AS speakerIds
