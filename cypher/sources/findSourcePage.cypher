// :one a page of source ids in id order after $after, and how many match in all; $first $after $nameQuery (full-text over names and aliases, or null) $type $affiliation
// The page keeps only the first $first + 1 matches as it goes (a top-k), never every match sorted.
CALL () {
  // :include sourcesMatching
  WITH source.id AS id
  WHERE $after IS NULL OR id > $after
  RETURN id
  ORDER BY id
  LIMIT toInteger($first) + 1
}
WITH collect(id) AS ids
CALL () {
  // :include sourcesMatching
  RETURN count(*) AS totalCount
}
RETURN totalCount, ids
