// :one a document with its statements, each with its speaker as written, relays and stances; $id
MATCH (document:Document {id: $id})
RETURN document {.*} AS document,
       [(document)<-[:IN]-(statement:Statement) | statement {
          .*,
          via: [(statement)-[relay:VIA]->(source:Source) | {id: source.id, order: relay.order}],
          stances: [(statement)-[stance:SUPPORTS|CONTRADICTS]->(claim:Claim) | {claim: claim.id, stance: type(stance)}]
       }] AS statements,
       [(document)<-[:IN]-(:Statement)<-[:MADE]-(speaker:Source) | speaker.id] AS speakerIds
