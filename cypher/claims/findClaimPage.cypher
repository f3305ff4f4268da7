// :one a page of claim ids in id order after $after, and how many match in all; $first $after $textQuery (full-text, or null) $questionKey $sourceId $contested (null: either)
CALL () {
  WITH $textQuery AS textQuery WHERE textQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes('claim_text', textQuery) YIELD node
  RETURN node AS claim
  UNION
  WITH $textQuery AS textQuery WHERE textQuery IS NULL
  MATCH (claim:Claim)
  RETURN claim
}
WITH claim
WHERE $questionKey IS NULL OR EXISTS { (claim)-[:ANSWERS]->(:Question {key: $questionKey}) }
// Sides are worked out only when a filter needs them: they cost a walk around every candidate claim.
CALL (claim) {
  WITH claim WHERE $sourceId IS NOT NULL OR $contested IS NOT NULL
  // :include claimSides
  RETURN sides
  UNION
  WITH claim WHERE $sourceId IS NULL AND $contested IS NULL
  RETURN [] AS sides
}
WITH claim, sides
WHERE ($sourceId IS NULL OR any(side IN sides WHERE side.sourceId = $sourceId))
  AND ($contested IS NULL OR $contested = (
         any(side IN sides WHERE side.stance = 'SUPPORTS') AND any(side IN sides WHERE side.stance = 'CONTRADICTS')))
WITH claim.id AS id
ORDER BY id
WITH collect(id) AS ids
RETURN size(ids) AS totalCount, [id IN ids WHERE $after IS NULL OR id > $after][..$first + 1] AS ids
