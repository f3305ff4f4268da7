// :many the figures of every claim answering the questions these claims answer; $claimIds
UNWIND $claimIds AS id
MATCH (:Claim {id: id})-[:ANSWERS]->(question:Question)
WITH DISTINCT question
MATCH (question)<-[:ANSWERS]-(claim:Claim)
WHERE claim.quantityValue IS NOT NULL OR claim.quantityMin IS NOT NULL OR claim.quantityMax IS NOT NULL
WITH question, claim
ORDER BY claim.id
RETURN question.key AS key, collect({
  claimId: claim.id,
  quantity: claim {.quantityValue, .quantityMin, .quantityMax, .quantityApprox, .quantityUnit}
}) AS figures
