// :fragment claim: each claim matching the claim list's filters ($textQuery $sourceId $questionKey $status $contested, each null for none)
CALL () {
  WITH $textQuery AS textQuery WHERE textQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes('claim_text', textQuery) YIELD node
  RETURN node AS claim
  UNION
  // Only the claims a source's statements reach can have it on a side.
  WITH $sourceId AS sourceId WHERE $textQuery IS NULL AND sourceId IS NOT NULL
  MATCH (:Source {id: sourceId})-[:MADE]->(statement:Statement)
  // :include claimsReached
  RETURN DISTINCT claim
  UNION
  WITH $textQuery AS textQuery WHERE textQuery IS NULL AND $sourceId IS NULL
  MATCH (claim:Claim)
  RETURN claim
}
WITH claim
WHERE ($questionKey IS NULL OR EXISTS { (claim)-[:ANSWERS]->(:Question {key: $questionKey}) })
  AND ($status IS NULL OR claim.status = $status)
  // The stored verdict says CONTESTED exactly when a source, so an origin, stands on each side.
  AND ($contested IS NULL OR $contested = (claim.status = 'CONTESTED'))
// Sides are worked out only for the source filter: they cost a walk around each candidate claim.
CALL (claim) {
  WITH claim WHERE $sourceId IS NOT NULL
  // :include claimSides
  RETURN any(side IN sides WHERE side.sourceId = $sourceId) AS sourceTakesSide
  UNION
  WITH claim WHERE $sourceId IS NULL
  RETURN true AS sourceTakesSide
}
WITH claim WHERE sourceTakesSide
