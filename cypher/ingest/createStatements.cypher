// :one writes statements with their speaker, document, relays, stances and retractions, counting those written and those missing a relay or claim; $rows [{id, documentId, sourceId, props, via, stances, retracts, hash}]
UNWIND $rows AS row
MATCH (document:Document {id: row.documentId}), (speaker:Source {id: row.sourceId})
CREATE (speaker)-[:MADE]->(statement:Statement)-[:IN]->(document)
SET statement += row.props, statement.contentHash = row.hash
WITH statement, row
CALL (statement, row) {
  UNWIND row.via AS relay
  MATCH (source:Source {id: relay.id})
  CREATE (statement)-[:VIA {order: relay.order}]->(source)
}
CALL (statement, row) {
  UNWIND row.stances AS stance
  MATCH (claim:Claim {id: stance.claim})
  FOREACH (_ IN CASE WHEN stance.stance = 'SUPPORTS' THEN [1] ELSE [] END | CREATE (statement)-[:SUPPORTS]->(claim))
  FOREACH (_ IN CASE WHEN stance.stance = 'CONTRADICTS' THEN [1] ELSE [] END | CREATE (statement)-[:CONTRADICTS]->(claim))
}
CALL (statement, row) {
  UNWIND row.retracts AS claimId
  MATCH (claim:Claim {id: claimId})
  CREATE (statement)-[:RETRACTS]->(claim)
}
WITH statement, row
RETURN count(*) AS written,
       sum(CASE
             WHEN COUNT { (statement)-[:VIA]->() } = size(row.via)
              AND COUNT { (statement)-[:SUPPORTS|CONTRADICTS]->() } = size(row.stances)
              AND COUNT { (statement)-[:RETRACTS]->() } = size(row.retracts) THEN 0
             ELSE 1
           END) AS incomplete
