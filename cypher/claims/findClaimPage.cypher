// :one a page of claim ids in the order asked, after the $after position, and how many match in all; $first $after {id, contest, origins} $orderBy (ID|MOST_CONTESTED) $textQuery (full-text) $questionKey $sourceId $status $contested (each null: no filter)
// The page keeps only the best $first + 1 matches as it goes (a top-k), never every match sorted.
CALL () {
  // :include claimsMatching
  WITH {id: claim.id, contest: coalesce(claim.contest, 0.0), origins: coalesce(claim.origins, 0)} AS key
  WHERE $after IS NULL
     OR ($orderBy = 'MOST_CONTESTED' AND (key.contest < $after.contest
           OR (key.contest = $after.contest AND (key.origins < $after.origins
             OR (key.origins = $after.origins AND key.id > $after.id)))))
     OR ($orderBy <> 'MOST_CONTESTED' AND key.id > $after.id)
  RETURN key
  ORDER BY CASE $orderBy WHEN 'MOST_CONTESTED' THEN -key.contest ELSE 0 END,
           CASE $orderBy WHEN 'MOST_CONTESTED' THEN -key.origins ELSE 0 END,
           key.id
  LIMIT toInteger($first) + 1
}
WITH collect(key) AS keys
CALL () {
  // :include claimsMatching
  RETURN count(*) AS totalCount
}
RETURN totalCount, keys
