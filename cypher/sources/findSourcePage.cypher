// :one a page of source ids in id order after $after, and how many match in all; $first $after $nameQuery (full-text over names and aliases, or null) $type $affiliation
CALL () {
  WITH $nameQuery AS nameQuery WHERE nameQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes('source_name', nameQuery) YIELD node
  // An alias stands for its source.
  MATCH (source:Source) WHERE source = node OR source.id = node.sourceId
  RETURN DISTINCT source
  UNION
  WITH $nameQuery AS nameQuery WHERE nameQuery IS NULL
  MATCH (source:Source)
  RETURN source
}
WITH source
WHERE ($type IS NULL OR source.type = $type) AND ($affiliation IS NULL OR source.affiliation = $affiliation)
WITH source.id AS id
ORDER BY id
WITH collect(id) AS ids
RETURN size(ids) AS totalCount, [id IN ids WHERE $after IS NULL OR id > $after][..$first + 1] AS ids
