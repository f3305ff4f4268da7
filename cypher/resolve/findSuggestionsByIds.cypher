// :many the suggested matches with these ids; $ids
UNWIND $ids AS id
MATCH (suggestion:MatchSuggestion {id: id})
RETURN id,
       suggestion.kind AS kind,
       suggestion.status AS status,
       suggestion.score AS score,
       suggestion.reasons AS reasons,
       suggestion.aliases AS aliases,
       suggestion.itemId AS itemId,
       suggestion.candidateId AS candidateId,
       suggestion.createdAt AS createdAt
