// :fragment source: each source matching the source list's filters ($nameQuery full-text over names and aliases, $type, $affiliation; each null for none)
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
