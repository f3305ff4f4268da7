// :many the id of every source, in id order, for reanalysing everyone's positions over time; no parameters
MATCH (source:Source)
RETURN source.id AS id
ORDER BY id
