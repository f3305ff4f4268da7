// :many each claim's sides, with every source above the sources on them (names, ratings, bodies in order) to find origins by; $ids
UNWIND $ids AS id
MATCH (claim:Claim {id: id})
// :include claimSides
CALL (sides) {
  UNWIND sides AS side
  MATCH (:Source {id: side.sourceId})-[:SPEAKS_FOR|MEMBER_OF]->*(source:Source)
  WITH DISTINCT source
  RETURN collect({
    id: source.id,
    name: source.name,
    reliability: source.reliability,
    speaksFor: COLLECT { MATCH (source)-[:SPEAKS_FOR]->(body:Source) RETURN body.id }[0],
    memberOf: COLLECT { MATCH (source)-[m:MEMBER_OF]->(body:Source) RETURN body.id ORDER BY m.order, body.id }
  }) AS sources
}
RETURN id, sides, sources
