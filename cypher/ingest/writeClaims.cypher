// :many creates or updates claims and their questions, returning what each held before (src/ingest/writeOutcomes.ts tells what changed); $rows [{id, props, questionKey, questionText, questionWhat, supports, contradicts}]
UNWIND $rows AS row
OPTIONAL MATCH (old:Claim {id: row.id})
WITH row, CASE WHEN old IS NULL THEN null ELSE {
  props: old {.id, .text, .question, .quantityValue, .quantityMin, .quantityMax, .quantityApprox, .quantityUnit, .about, .occurredAt},
  supports: [(old)-[:SUPPORTS]->(other:Claim) | other.id],
  contradicts: [(old)-[:CONTRADICTS]->(other:Claim) | other.id]
} END AS before
MERGE (claim:Claim {id: row.id})
SET claim += row.props
WITH claim, row, before
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
  // Questions stored before resolution existed learn what they count when a claim names them again.
  SET question.what = coalesce(question.what, row.questionWhat)
  MERGE (claim)-[:ANSWERS]->(question)
}
RETURN row.id AS id, before
