// :many for each item (a source or claim id), the ids of the open suggestions it is in, either side; $ids
UNWIND $ids AS id
RETURN id, COLLECT {
  MATCH (suggestion:MatchSuggestion {status: 'OPEN'})
  WHERE suggestion.itemId = id OR suggestion.candidateId = id
  RETURN suggestion.id ORDER BY suggestion.id
} AS suggestionIds
