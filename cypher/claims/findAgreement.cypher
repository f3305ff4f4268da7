// :one the claims two sources both support, both contradict, or take opposite sides on; $a $b (source ids)
MATCH (a:Source {id: $a})
// Only claims within reach of a's statements can have a on a side.
MATCH (a)-[:MADE]->(statement:Statement)
// :include claimsReached
WITH DISTINCT claim
// :include claimSides
WITH claim.id AS id,
     [side IN sides WHERE side.sourceId = $a | side.stance] AS stancesOfA,
     [side IN sides WHERE side.sourceId = $b | side.stance] AS stancesOfB
ORDER BY id
RETURN
  [x IN collect({id: id, a: stancesOfA, b: stancesOfB}) WHERE 'SUPPORTS' IN x.a AND 'SUPPORTS' IN x.b | x.id] AS bothSupport,
  [x IN collect({id: id, a: stancesOfA, b: stancesOfB}) WHERE 'CONTRADICTS' IN x.a AND 'CONTRADICTS' IN x.b | x.id] AS bothContradict,
  [x IN collect({id: id, a: stancesOfA, b: stancesOfB})
     WHERE ('SUPPORTS' IN x.a AND 'CONTRADICTS' IN x.b) OR ('CONTRADICTS' IN x.a AND 'SUPPORTS' IN x.b) | x.id] AS opposed
