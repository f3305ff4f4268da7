// :many the voices of these sources (each source, or the body it speaks for) with every statement of each voice (its own, and its spokesmen's), each with its effective time, whether it revises, what it retracts, and its stances with their claim's question and figure, for supersession; $sourceIds
UNWIND $sourceIds AS id
MATCH (source:Source {id: id})
OPTIONAL MATCH (source)-[:SPEAKS_FOR]->(principal:Source)
WITH DISTINCT coalesce(principal, source) AS voice
CALL (voice) {
  MATCH (voice)-[:MADE]->(statement:Statement)
  WHERE NOT EXISTS { (voice)-[:SPEAKS_FOR]->(:Source) }
  RETURN statement
  UNION
  MATCH (spokesman:Source)-[:SPEAKS_FOR]->(voice), (spokesman)-[:MADE]->(statement:Statement)
  RETURN statement
}
OPTIONAL MATCH (statement)-[:IN]->(document:Document)
WITH voice, statement, document
ORDER BY statement.id
RETURN voice.id AS voice, collect({
  id: statement.id,
  at: coalesce(statement.saidAt, document.publishedAt),
  revises: coalesce(statement.revises, false),
  retracts: [(statement)-[:RETRACTS]->(retracted:Claim) | retracted.id],
  stances: [(statement)-[stance:SUPPORTS|CONTRADICTS]->(claim:Claim) | {
    claimId: claim.id,
    stance: type(stance),
    question: [(claim)-[:ANSWERS]->(question:Question) | question.key][0],
    quantity: claim {.quantityValue, .quantityMin, .quantityMax, .quantityApprox, .quantityUnit}
  }]
}) AS statements
