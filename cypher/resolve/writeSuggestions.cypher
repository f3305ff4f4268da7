// :one records suggested matches, one per pair of items (a suggestion already there, decided or not, stays as it is), counting rows; $rows [{id, kind, itemId, candidateId, score, reasons, aliases, at}]
UNWIND $rows AS row
MERGE (suggestion:MatchSuggestion {id: row.id})
  ON CREATE SET suggestion += row {.kind, .itemId, .candidateId, .score, .reasons, .aliases},
                suggestion.status = 'OPEN',
                suggestion.createdAt = row.at
RETURN count(*) AS written
