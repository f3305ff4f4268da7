// :one a page of claim ids in the order asked, after the $after position, and how many match in all; $first $after {id, contest, origins} $orderBy (ID|MOST_CONTESTED) $textQuery (full-text) $questionKey $sourceId $status $contested (each null: no filter)
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
WITH {id: claim.id, contest: coalesce(claim.contest, 0.0), origins: coalesce(claim.origins, 0)} AS key
ORDER BY CASE $orderBy WHEN 'MOST_CONTESTED' THEN -key.contest ELSE 0 END,
         CASE $orderBy WHEN 'MOST_CONTESTED' THEN -key.origins ELSE 0 END,
         key.id
WITH collect(key) AS keys
RETURN size(keys) AS totalCount,
       [key IN keys WHERE $after IS NULL
          OR ($orderBy = 'MOST_CONTESTED' AND (key.contest < $after.contest
                OR (key.contest = $after.contest AND (key.origins < $after.origins
                  OR (key.origins = $after.origins AND key.id > $after.id)))))
          OR ($orderBy <> 'MOST_CONTESTED' AND key.id > $after.id)][..$first + 1] AS keys
