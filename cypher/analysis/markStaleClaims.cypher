// :one marks stale the stored verdicts of the claims whose sides or origins may change when these claims, or these sources' places, change; $claimIds $sourceIds
CALL () {
  UNWIND $claimIds AS id
  MATCH (claim:Claim {id: id})
  RETURN claim
  UNION
  // A source's statements count for every origin above it: a change to a source reaches the claims that
  // it, and every source speaking for it or belonging to it, take a side on.
  UNWIND $sourceIds AS id
  MATCH (:Source {id: id})<-[:SPEAKS_FOR|MEMBER_OF]-*(:Source)-[:MADE]->(:Statement)-[:SUPPORTS|CONTRADICTS]->(claim:Claim)
  RETURN claim
}
// Derived stances reach one step through claim relations.
CALL (claim) {
  RETURN claim AS affected
  UNION
  MATCH (claim)-[:SUPPORTS|CONTRADICTS|FIGURE_SUPPORTS|FIGURE_CONFLICTS]-(affected:Claim)
  RETURN affected
}
WITH DISTINCT affected
SET affected.stale = true
RETURN count(*) AS marked
