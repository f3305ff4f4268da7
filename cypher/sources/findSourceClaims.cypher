// :many the claims each source supports and contradicts, explicitly or derived; $ids (source ids)
UNWIND $ids AS id
MATCH (source:Source {id: id})
CALL (source) {
  MATCH (source)-[:MADE]->(statement:Statement)
  // :include claimsReached
  WITH DISTINCT source, claim
  // :include claimSides
  WITH claim, [side IN sides WHERE side.sourceId = source.id | side.stance] AS stances
  ORDER BY claim.id
  RETURN [c IN collect({id: claim.id, stances: stances}) WHERE 'SUPPORTS' IN c.stances | c.id] AS supports,
         [c IN collect({id: claim.id, stances: stances}) WHERE 'CONTRADICTS' IN c.stances | c.id] AS contradicts
}
RETURN id, supports, contradicts
