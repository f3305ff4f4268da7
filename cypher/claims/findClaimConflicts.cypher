// :many the claims each claim cannot be true together with, and why: bundles' contradictions and figures that do not overlap; $ids
UNWIND $ids AS id
MATCH (claim:Claim {id: id})
RETURN id, COLLECT {
  MATCH (claim)-[relation:CONTRADICTS|FIGURE_CONFLICTS]-(other:Claim)
  WHERE other <> claim
  WITH other, relation
  ORDER BY other.id, type(relation)
  RETURN {
    claimId: other.id,
    reason: CASE type(relation)
      WHEN 'FIGURE_CONFLICTS' THEN 'the figures conflict: ' + relation.reason
      ELSE 'a bundle says ' + CASE WHEN startNode(relation) = claim THEN 'this claim contradicts it' ELSE 'it contradicts this claim' END
    END
  }
} AS conflicts
