// :many every position taken on the question $key: each statement supporting one of its claims or retracting one, with its voice (the speaker, or the body it speaks for), its effective time, the claim's figure, and whether a later statement of the voice superseded it there; $key
MATCH (:Question {key: $key})<-[:ANSWERS]-(claim:Claim)
CALL (claim) {
  MATCH (statement:Statement)-[:SUPPORTS]->(claim)
  RETURN statement, 'SUPPORTS' AS kind
  UNION
  MATCH (statement:Statement)-[:RETRACTS]->(claim)
  RETURN statement, 'RETRACTS' AS kind
}
MATCH (speaker:Source)-[:MADE]->(statement)-[:IN]->(document:Document)
OPTIONAL MATCH (speaker)-[:SPEAKS_FOR]->(principal:Source)
RETURN statement.id AS statementId,
       coalesce(principal, speaker).id AS voiceId,
       coalesce(statement.saidAt, document.publishedAt) AS at,
       claim.id AS claimId,
       kind,
       claim {.quantityValue, .quantityMin, .quantityMax, .quantityApprox, .quantityUnit} AS quantity,
       EXISTS { (statement)<-[superseded:SUPERSEDES]-() WHERE claim.id IN superseded.claims } AS superseded
ORDER BY statementId, claimId
