// :many the questions that count each of these things; $whats
UNWIND $whats AS what
MATCH (question:Question {what: what})
RETURN question.key AS key, question.text AS text
