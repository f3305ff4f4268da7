// :one a page of suggested matches of a kind and status, in id order after $after, and how many there are; $first $after $kind (null: every kind) $status
CALL () {
  MATCH (suggestion:MatchSuggestion {status: $status})
  WHERE ($kind IS NULL OR suggestion.kind = $kind) AND ($after IS NULL OR suggestion.id > $after)
  RETURN suggestion.id AS id
  ORDER BY id
  LIMIT toInteger($first) + 1
}
WITH collect(id) AS ids
CALL () {
  MATCH (suggestion:MatchSuggestion {status: $status})
  WHERE $kind IS NULL OR suggestion.kind = $kind
  RETURN count(suggestion) AS totalCount
}
RETURN totalCount, ids
