// :one what merging $merge into $keep (two sources or two claims, as $kind says) will move or drop, for the record that undoes it: the merged item's properties, each of its relationships (type, direction, the node at the other end by label and key, properties, whether it joined the two and whether the merge moved it to keep), the relays of its statements through keep, and the drafts' resolutions and suggestions that name it; $kind $keep $merge
WITH $kind AS kind, $keep AS itemId
// :include itemOfKind
WITH kind, item AS keep, $merge AS itemId
// :include itemOfKind
WITH keep, item AS merged
WHERE keep <> merged
// The record restores the item as it was, every property included: properties() is the point here.
RETURN properties(merged) AS node,
  COLLECT {
    MATCH (merged)-[r]-(other)
    // Figure relations are the analysis's to redo.
    WHERE NOT type(r) IN ['FIGURE_SUPPORTS', 'FIGURE_CONFLICTS']
    WITH r, other, startNode(r) = merged AS outgoing
    RETURN {
      end: 'MERGED',
      type: type(r),
      outgoing: outgoing,
      label: head(labels(other)),
      key: coalesce(other.id, other.key),
      properties: properties(r),
      otherProperties: CASE WHEN other:Alias OR other:Question THEN properties(other) END,
      toKept: other = keep,
      // Moved: the merge gave keep a copy of it, which the undo takes back. Not moved: keep had the same
      // one, or it joined the two (dropped), or the merge dropped it for keep's own (keep's question; a
      // relay of keep's statement).
      moved: other <> keep
        AND NOT (type(r) = 'ANSWERS' AND EXISTS { (keep)-[:ANSWERS]->() })
        AND NOT (type(r) = 'VIA' AND EXISTS { (keep)-[:MADE]->(other) })
        AND NOT CASE WHEN outgoing
          THEN EXISTS { (keep)-[same]->(other) WHERE type(same) = type(r) }
          ELSE EXISTS { (other)-[same]->(keep) WHERE type(same) = type(r) } END
    } AS relation
  } + COLLECT {
    // A statement of the merged source relayed by the kept one: the merge drops the relay (a speaker is
    // never its own relay), the undo brings it back.
    MATCH (merged)-[:MADE]->(statement:Statement)-[relay:VIA]->(keep)
    RETURN {
      end: 'KEPT', type: 'VIA', outgoing: false, label: 'Statement', key: statement.id,
      properties: properties(relay), otherProperties: null, toKept: false, moved: false
    } AS relation
  } AS relations,
  COLLECT {
    MATCH (resolution:Resolution {nodeId: merged.id})
    WHERE resolution.kind = $kind
    RETURN resolution.key
  } AS resolutions,
  COLLECT {
    WITH merged, merged AS item
    // :include suggestionsNaming
    WITH merged, suggestion
    WHERE suggestion.kind = $kind
    RETURN {
      id: suggestion.id,
      item: suggestion.itemId = merged.id,
      candidate: suggestion.candidateId = merged.id
    } AS suggestion
  } AS suggestions
