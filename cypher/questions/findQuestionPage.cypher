// :one a page of question keys in key order after $after, and how many there are; $first $after
MATCH (question:Question)
WITH question.key AS key
ORDER BY key
WITH collect(key) AS keys
RETURN size(keys) AS totalCount, [key IN keys WHERE $after IS NULL OR key > $after][..$first + 1] AS ids
