// :many a page of the sources stored before resolution existed (no sounds yet, or none found), after the id $after in id order, with their names; $after $limit
MATCH (source:Source)
WHERE coalesce(source.sounds, '') = '' AND source.id > $after
RETURN source.id AS id, source.name AS name, coalesce(source.aliases, []) AS aliases
ORDER BY id
LIMIT toInteger($limit)
