// :many the claims with these ids, with their question and figure; $ids
UNWIND $ids AS id
MATCH (claim:Claim {id: id})
OPTIONAL MATCH (claim)-[:ANSWERS]->(question:Question)
RETURN id,
       claim.text AS text,
       claim.status AS status,
       question {.key, .text} AS question,
       claim {.quantityValue, .quantityMin, .quantityMax, .quantityApprox, .quantityUnit} AS quantity
