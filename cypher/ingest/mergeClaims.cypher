// :many creates or updates claims and their questions, and says which; $rows [{id, props, questionKey, questionText, supports, contradicts}]
UNWIND $rows AS row
OPTIONAL MATCH (old:Claim {id: row.id})
WITH row,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN any(key IN keys(row.props) WHERE old[key] IS NULL OR old[key] <> row.props[key])
         OR any(other IN row.supports WHERE NOT EXISTS { (old)-[:SUPPORTS]->(:Claim {id: other}) })
         OR any(other IN row.contradicts WHERE NOT EXISTS { (old)-[:CONTRADICTS]->(:Claim {id: other}) })
         THEN 'updated'
       ELSE 'unchanged'
     END AS status
MERGE (claim:Claim {id: row.id})
SET claim += row.props
WITH claim, row, status
CALL (claim, row) {
  OPTIONAL MATCH (claim)-[previous:ANSWERS]->(question:Question)
  WHERE row.questionKey IS NOT NULL AND question.key <> row.questionKey
  DELETE previous
  // A question that no claim answers any more goes too.
  WITH question
  WHERE question IS NOT NULL AND NOT EXISTS { (question)<-[:ANSWERS]-() }
  DELETE question
}
CALL (claim, row) {
  WITH claim, row
  WHERE row.questionKey IS NOT NULL
  MERGE (question:Question {key: row.questionKey})
    ON CREATE SET question.text = row.questionText
  MERGE (claim)-[:ANSWERS]->(question)
}
RETURN row.id AS id, status
