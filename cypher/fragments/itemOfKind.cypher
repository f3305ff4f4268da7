// :fragment item: the source or the claim (as `kind` says: SOURCE or CLAIM) whose id is `itemId`; no row when there is none
CALL (kind, itemId) {
  MATCH (item:Source {id: itemId})
  WHERE kind = 'SOURCE'
  RETURN item
  UNION
  MATCH (item:Claim {id: itemId})
  WHERE kind = 'CLAIM'
  RETURN item
}
