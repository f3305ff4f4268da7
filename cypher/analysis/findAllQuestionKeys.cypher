// :many every question's key, for a full re-analysis; no parameters
MATCH (question:Question)
RETURN question.key AS key
ORDER BY key
