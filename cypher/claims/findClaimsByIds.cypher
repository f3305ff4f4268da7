// :many the claims with these ids, with their question; $ids
UNWIND $ids AS id
MATCH (claim:Claim {id: id})
OPTIONAL MATCH (claim)-[:ANSWERS]->(question:Question)
RETURN id, properties(claim) AS claim, question {.key, .text} AS question
