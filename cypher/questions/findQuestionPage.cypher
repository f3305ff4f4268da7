// :one a page of question keys in key order after $after, and how many there are; $first $after
CALL () {
  MATCH (question:Question)
  WHERE $after IS NULL OR question.key > $after
  RETURN question.key AS key
  ORDER BY key
  LIMIT toInteger($first) + 1
}
WITH collect(key) AS ids
CALL () {
  MATCH (question:Question)
  RETURN count(question) AS totalCount
}
RETURN totalCount, ids
