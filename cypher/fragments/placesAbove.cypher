// :fragment places: each source of `sourceIds` and every source above it, [{id, name, reliability, speaksFor, memberOf (in order)}], for finding origins
CALL (sourceIds) {
  UNWIND sourceIds AS sourceId
  MATCH (:Source {id: sourceId})-[:SPEAKS_FOR|MEMBER_OF]->*(source:Source)
  WITH DISTINCT source
  RETURN collect({
    id: source.id,
    name: source.name,
    reliability: source.reliability,
    speaksFor: COLLECT { MATCH (source)-[:SPEAKS_FOR]->(body:Source) RETURN body.id }[0],
    memberOf: COLLECT { MATCH (source)-[m:MEMBER_OF]->(body:Source) RETURN body.id ORDER BY m.order, body.id }
  }) AS places
}
