// :fragment suggestion: each suggested match (of any kind) whose item or candidate has the id of `item`, found by the itemId and candidateId indexes
CALL (item) {
  MATCH (suggestion:MatchSuggestion {itemId: item.id})
  RETURN suggestion
  UNION
  MATCH (suggestion:MatchSuggestion {candidateId: item.id})
  RETURN suggestion
}
