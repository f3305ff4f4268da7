// :one sets the sounds of sources ($sources [{id, sounds}]) and what questions count ($questions [{key, what}]) for resolution to find them by, leaving any set since alone; returns how many it set; $sources $questions
CALL () {
  UNWIND $sources AS row
  MATCH (source:Source {id: row.id})
  WHERE coalesce(source.sounds, '') = ''
  SET source.sounds = row.sounds
  RETURN count(*) AS sources
}
CALL () {
  UNWIND $questions AS row
  MATCH (question:Question {key: row.key})
  WHERE question.what IS NULL
  SET question.what = row.what
  RETURN count(*) AS questions
}
RETURN sources + questions AS written
