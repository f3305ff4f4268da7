// :many a page of the questions stored before resolution existed (no `what` yet), after the key $after in key order, with their text; $after $limit
MATCH (question:Question)
WHERE question.what IS NULL AND question.key > $after
RETURN question.key AS key, question.text AS text
ORDER BY key
LIMIT toInteger($limit)
