// :many each statement's stances, explicit and derived, as the sides of the claims it reaches say; $ids
UNWIND $ids AS id
MATCH (statement:Statement {id: id})
CALL (statement) {
  // :include claimsReached
  WITH DISTINCT statement, claim
  // :include claimSides
  UNWIND [side IN sides WHERE statement.id IN side.statementIds] AS side
  WITH claim, side
  ORDER BY claim.id, side.stance
  RETURN collect({claimId: claim.id, stance: side.stance, derived: side.derived, reason: side.reason}) AS stances
}
RETURN id, stances
