// :one how many provisional items loading resolved, how many of them joined an item already there, and how many suggestions it made; no parameters
CALL () {
  MATCH (resolution:Resolution)
  RETURN count(resolution) AS items, count(CASE WHEN resolution.joined THEN 1 END) AS joined
}
CALL () {
  MATCH (suggestion:MatchSuggestion)
  RETURN count(suggestion) AS suggestions
}
RETURN items, joined, suggestions
