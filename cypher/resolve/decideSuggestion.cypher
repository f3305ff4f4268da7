// :one records an analyst's decision on an open suggested match, returning its id (none when it is not open); $id $status (CONFIRMED|REJECTED) $decidedBy $decidedAt
MATCH (suggestion:MatchSuggestion {id: $id})
WHERE suggestion.status = 'OPEN'
SET suggestion.status = $status, suggestion.decidedBy = $decidedBy, suggestion.decidedAt = $decidedAt
RETURN suggestion.id AS id
