// :one undoes a merge: makes the merged item again ($label, with its recorded $properties), gives it back each recorded relationship ($relations) that its holder still has (or that the merge dropped), and the drafts' $resolutions and $suggestions, reopens the confirmed suggestion $reopen, drops the aliases the merge made ($dropAliases), sets the holder's $holderProperties, and deletes the merge's record; returns how many relationships came back and were gone, and who speaks on the two claims (none for sources); $kind $label $holderId $mergeId $properties $holderProperties $relations $resolutions $suggestions $reopen $dropAliases
WITH $kind AS kind, $holderId AS itemId
// :include itemOfKind
MATCH (record:Merge {id: $mergeId})
CREATE (merged:$($label))
SET merged = $properties
WITH item AS holder, merged, record
CALL (holder, merged) {
  UNWIND $relations AS relation
  CALL (holder, relation) {
    WITH holder, relation
    WHERE relation.toKept
    RETURN holder AS other
    UNION
    MATCH (other:Statement {id: relation.key})
    WHERE relation.label = 'Statement' AND NOT relation.toKept
    RETURN other
    UNION
    MATCH (other:Source {id: relation.key})
    WHERE relation.label = 'Source' AND NOT relation.toKept
    RETURN other
    UNION
    MATCH (other:Claim {id: relation.key})
    WHERE relation.label = 'Claim' AND NOT relation.toKept
    RETURN other
    UNION
    MATCH (other:Alias {key: relation.key})
    WHERE relation.label = 'Alias'
    RETURN other
    UNION
    MATCH (other:Merge {id: relation.key})
    WHERE relation.label = 'Merge'
    RETURN other
    UNION
    // A question the merge left without claims went; it comes back as it was.
    WITH relation
    WHERE relation.label = 'Question'
    MERGE (other:Question {key: relation.key})
      ON CREATE SET other = relation.otherProperties
    RETURN other
  }
  // What the merge moved to the kept item goes back from its holder (when the holder still has it); what
  // the merge dropped comes back.
  WITH holder, merged, relation, other,
       CASE relation.end WHEN 'KEPT' THEN holder ELSE merged END AS end,
       CASE WHEN NOT relation.moved THEN []
         WHEN relation.outgoing THEN [(holder)-[copy]->(other) WHERE type(copy) = relation.type | copy]
         ELSE [(other)-[copy]->(holder) WHERE type(copy) = relation.type | copy] END AS copies
  WHERE NOT relation.moved OR size(copies) > 0
  FOREACH (copy IN copies | DELETE copy)
  WITH *
  CALL (end, other, relation) {
    WITH end, other, relation
    WHERE relation.outgoing
    CREATE (end)-[restored:$(relation.type)]->(other)
    SET restored = relation.properties
  }
  CALL (end, other, relation) {
    WITH end, other, relation
    WHERE NOT relation.outgoing
    CREATE (other)-[restored:$(relation.type)]->(end)
    SET restored = relation.properties
  }
  FOREACH (alias IN CASE WHEN other:Alias THEN [other] ELSE [] END |
    SET alias.sourceId = merged.id, alias.mergedFrom = relation.otherProperties.mergedFrom)
  RETURN count(*) AS restored
}
CALL (holder, merged) {
  UNWIND $resolutions AS key
  MATCH (resolution:Resolution {key: key})
  WHERE resolution.nodeId = holder.id
  SET resolution.nodeId = merged.id
}
CALL (holder, merged) {
  UNWIND $suggestions AS side
  MATCH (suggestion:MatchSuggestion {id: side.id})
  SET suggestion.itemId = CASE WHEN side.item AND suggestion.itemId = holder.id THEN merged.id ELSE suggestion.itemId END,
      suggestion.candidateId = CASE WHEN side.candidate AND suggestion.candidateId = holder.id THEN merged.id ELSE suggestion.candidateId END
}
CALL () {
  MATCH (suggestion:MatchSuggestion {id: $reopen})
  SET suggestion.status = 'OPEN', suggestion.decidedBy = null, suggestion.decidedAt = null
}
CALL (holder) {
  UNWIND $dropAliases AS key
  MATCH (holder)-[:KNOWN_AS]->(alias:Alias {key: key})
  DETACH DELETE alias
}
// The holder's names without the merged source's ($holderProperties); a claim that took the merged
// claim's question gave it back and answers none again.
SET holder += $holderProperties
SET holder.question = CASE WHEN holder:Claim AND NOT EXISTS { (holder)-[:ANSWERS]->() } THEN null ELSE holder.question END
DETACH DELETE record
RETURN restored, size($relations) - restored AS gone,
       COLLECT { MATCH (speaker:Source)-[:MADE]->(:Statement)-[:SUPPORTS|CONTRADICTS]->(item:Claim) WHERE item IN [holder, merged] RETURN DISTINCT speaker.id } AS speakers
