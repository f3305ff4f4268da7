// :many the claims that answer these questions, and those whose words match each of these texts, with the story they are told in; $questionKeys $texts [{ref, query}]
CALL () {
  UNWIND $questionKeys AS key
  MATCH (:Question {key: key})<-[:ANSWERS]-(claim:Claim)
  RETURN claim
  UNION
  UNWIND $texts AS incoming
  CALL db.index.fulltext.queryNodes('claim_text', incoming.query, {limit: 10}) YIELD node AS claim
  RETURN claim
}
WITH DISTINCT claim
RETURN claim.id AS id,
       claim.text AS text,
       claim {.quantityValue, .quantityMin, .quantityMax, .quantityApprox, .quantityUnit} AS quantity,
       [(claim)-[:ANSWERS]->(question:Question) | question.key][0] AS question,
       claim.occurredAt AS occurredAt,
       COLLECT {
         MATCH (claim)<-[:SUPPORTS|CONTRADICTS]-(:Statement)-[:IN]->(document:Document)
         WITH DISTINCT document LIMIT 20
         // :include storyOfDocument
         RETURN key
       } AS story
