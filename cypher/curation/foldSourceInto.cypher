// :one folds source $merge into $keep (its aliases, statements, relays, memberships and spokesmen move; then it goes), setting keep's alias list to $aliases and adding $nameAlias ({key, name} or null), counting what moved and saying whether a memberOf/speaksFor cycle formed; $keep $merge $aliases $nameAlias
MATCH (keep:Source {id: $keep}), (merged:Source {id: $merge})
// Alias nodes keep their key (the uniqueness constraint stays whole) and remember the source they came
// from, so that an earlier bundle defining that source loads into the kept one.
CALL (keep, merged) {
  MATCH (merged)-[:KNOWN_AS]->(alias:Alias)
  SET alias.sourceId = keep.id,
      alias.mergedFrom = coalesce(alias.mergedFrom, merged.id)
  MERGE (keep)-[:KNOWN_AS]->(alias)
  RETURN count(alias) AS aliases
}
CALL (keep, merged) {
  UNWIND CASE WHEN $nameAlias IS NULL THEN [] ELSE [$nameAlias] END AS row
  MERGE (alias:Alias {key: row.key, sourceId: keep.id})
    ON CREATE SET alias.name = row.name, alias.mergedFrom = merged.id
  MERGE (keep)-[:KNOWN_AS]->(alias)
}
CALL (keep, merged) {
  MATCH (merged)-[:MADE]->(statement:Statement)
  CREATE (keep)-[:MADE]->(statement)
  WITH keep, statement
  // Relays are never speakers: the kept source relaying what it now says itself is no relay.
  OPTIONAL MATCH (statement)-[relay:VIA]->(keep)
  DELETE relay
  RETURN count(DISTINCT statement) AS statements
}
CALL (keep, merged) {
  MATCH (statement:Statement)-[relay:VIA]->(merged)
  WHERE NOT EXISTS { (keep)-[:MADE]->(statement) }
  MERGE (statement)-[moved:VIA]->(keep)
    ON CREATE SET moved.order = relay.order
  RETURN count(DISTINCT statement) AS relayed
}
// The merged source's own memberships are numbered after the kept source's, in their order; a body
// the kept source already belongs to keeps its place.
CALL (keep, merged) {
  MATCH (merged)-[membership:MEMBER_OF]->(body:Source)
  WHERE body <> keep
  WITH keep, body
  ORDER BY membership.order
  WITH keep, collect(body) AS bodies
  WITH keep, bodies, COUNT { (keep)-[:MEMBER_OF]->() } AS existing
  UNWIND range(0, size(bodies) - 1) AS i
  WITH keep, bodies[i] AS body, existing + i AS order
  MERGE (keep)-[membership:MEMBER_OF]->(body)
    ON CREATE SET membership.order = order
  RETURN count(*) AS memberOf
}
CALL (keep, merged) {
  MATCH (member:Source)-[membership:MEMBER_OF]->(merged)
  WHERE member <> keep
  MERGE (member)-[moved:MEMBER_OF]->(keep)
    ON CREATE SET moved.order = membership.order
  RETURN count(*) AS members
}
// A source speaks for one body at most: the caller has made sure the two do not speak for different ones
// (the kept source speaking for the merged one is a loop, which goes with the merged source).
CALL (keep, merged) {
  MATCH (merged)-[:SPEAKS_FOR]->(principal:Source)
  WHERE principal <> keep AND NOT EXISTS { (keep)-[:SPEAKS_FOR]->(other:Source) WHERE other <> merged }
  CREATE (keep)-[:SPEAKS_FOR]->(principal)
  RETURN count(*) AS speaksFor
}
CALL (keep, merged) {
  MATCH (spokesman:Source)-[:SPEAKS_FOR]->(merged)
  WHERE spokesman <> keep
  MERGE (spokesman)-[:SPEAKS_FOR]->(keep)
  RETURN count(*) AS spokesmen
}
// What drafts resolved to the merged source, and the matches suggested for it, now name the one kept, so that
// a draft loaded again joins it.
CALL (keep, merged) {
  MATCH (resolution:Resolution {nodeId: merged.id})
  WHERE resolution.kind = 'SOURCE'
  SET resolution.nodeId = keep.id
  RETURN count(*) AS resolutions
}
CALL (keep, merged) {
  WITH keep, merged, merged AS item
  // :include suggestionsNaming
  WITH keep, merged, suggestion
  WHERE suggestion.kind = 'SOURCE'
  SET suggestion.itemId = CASE suggestion.itemId WHEN merged.id THEN keep.id ELSE suggestion.itemId END,
      suggestion.candidateId = CASE suggestion.candidateId WHEN merged.id THEN keep.id ELSE suggestion.candidateId END
  RETURN count(*) AS suggestions
}
// The merges the merged source absorbed stay undoable, from the source kept.
CALL (keep, merged) {
  MATCH (merged)-[:MERGED]->(earlier:Merge)
  CREATE (keep)-[:MERGED]->(earlier)
}
SET keep.aliases = $aliases
// The sounds of both sources' names find the kept one (src/resolve).
WITH keep, merged, aliases, statements, relayed, memberOf, members, speaksFor, spokesmen,
     keep AS target, merged.sounds AS added
// :include unionOfSounds
SET keep.sounds = sounds
DETACH DELETE merged
RETURN aliases, statements, relayed, memberOf, members, speaksFor, spokesmen,
       EXISTS { (keep)-[:MEMBER_OF|SPEAKS_FOR]->+(keep) } AS cycle
