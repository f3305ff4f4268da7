// :many claims, sources (by name or alias) and statements (by quote) matching a full-text query, best first; $query $first
CALL () {
  CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: toInteger($first)}) YIELD node, score
  RETURN 'claim' AS kind, node.id AS id, score
  UNION
  CALL db.index.fulltext.queryNodes('statement_quote', $query, {limit: toInteger($first)}) YIELD node, score
  RETURN 'statement' AS kind, node.id AS id, score
  UNION
  // An alias stands for its source; a source found by several names counts once, at its best score.
  CALL db.index.fulltext.queryNodes('source_name', $query, {limit: toInteger($first)}) YIELD node, score
  WITH coalesce(node.sourceId, node.id) AS id, max(score) AS score
  RETURN 'source' AS kind, id, score
}
RETURN kind, id, score
ORDER BY score DESC, kind, id
LIMIT toInteger($first)
