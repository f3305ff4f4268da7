// :one folds claim $merge into $keep: its stances, its relations with other claims, its question (when keep answers none), the merges it absorbed and what drafts resolved to it move to keep, then it goes; returns what moved, the statements and claims that would stand on both sides of keep (the caller refuses those), and the claims and speakers whose analysis changes; $keep $merge
MATCH (keep:Claim {id: $keep}), (merged:Claim {id: $merge})
// Read before anything moves.
WITH keep, merged,
  COLLECT {
    MATCH (statement:Statement)-[a:SUPPORTS|CONTRADICTS]->(merged),
          (statement)-[b:SUPPORTS|CONTRADICTS]->(keep)
    WHERE type(a) <> type(b)
    RETURN DISTINCT statement.id
  } AS bothSidesStatements,
  COLLECT {
    MATCH (merged)-[a:SUPPORTS|CONTRADICTS]-(other:Claim)-[b:SUPPORTS|CONTRADICTS]-(keep)
    WHERE type(a) <> type(b) AND (startNode(a) = merged) = (startNode(b) = keep)
    RETURN DISTINCT other.id
  } AS bothSidesClaims,
  COLLECT {
    MATCH (merged)-[:SUPPORTS|CONTRADICTS|FIGURE_SUPPORTS|FIGURE_CONFLICTS]-(other:Claim)
    WHERE other <> keep
    RETURN DISTINCT other.id
  } AS related,
  COLLECT {
    MATCH (merged)-[:ANSWERS]->(:Question)<-[:ANSWERS]-(other:Claim)
    WHERE other <> merged
    RETURN DISTINCT other.id
  } AS questionClaims,
  [(merged)-[:ANSWERS]->(question:Question) | question] AS questions
CALL (keep, merged) {
  MATCH (statement:Statement)-[stance:SUPPORTS|CONTRADICTS]->(merged)
  WITH keep, statement, type(stance) AS stance
  MERGE (statement)-[:$(stance)]->(keep)
  RETURN count(*) AS stances
}
// Relations between the two would be a claim supporting or contradicting itself: they go with it.
CALL (keep, merged) {
  MATCH (merged)-[relation:SUPPORTS|CONTRADICTS]->(other:Claim)
  WHERE other <> keep
  WITH keep, other, type(relation) AS kind
  MERGE (keep)-[:$(kind)]->(other)
  RETURN count(*) AS relatesTo
}
CALL (keep, merged) {
  MATCH (other:Claim)-[relation:SUPPORTS|CONTRADICTS]->(merged)
  WHERE other <> keep
  WITH keep, other, type(relation) AS kind
  MERGE (other)-[:$(kind)]->(keep)
  RETURN count(*) AS relatedBy
}
CALL (keep, merged) {
  MATCH (merged)-[:ANSWERS]->(question:Question)
  WHERE NOT EXISTS { (keep)-[:ANSWERS]->(:Question) }
  CREATE (keep)-[:ANSWERS]->(question)
  SET keep.question = merged.question
  RETURN count(*) AS questionTaken
}
CALL (keep, merged) {
  MATCH (merged)-[:MERGED]->(earlier:Merge)
  CREATE (keep)-[:MERGED]->(earlier)
  RETURN count(*) AS merges
}
// A draft loaded again joins the claim kept; suggestions name it.
CALL (keep, merged) {
  MATCH (resolution:Resolution {nodeId: merged.id})
  WHERE resolution.kind = 'CLAIM'
  SET resolution.nodeId = keep.id
  RETURN count(*) AS resolutions
}
CALL (keep, merged) {
  WITH keep, merged, merged AS item
  // :include suggestionsNaming
  WITH keep, merged, suggestion
  WHERE suggestion.kind = 'CLAIM'
  SET suggestion.itemId = CASE suggestion.itemId WHEN merged.id THEN keep.id ELSE suggestion.itemId END,
      suggestion.candidateId = CASE suggestion.candidateId WHEN merged.id THEN keep.id ELSE suggestion.candidateId END
  RETURN count(*) AS suggestions
}
DETACH DELETE merged
// A question that no claim answers any more goes too, as a reload leaving it would take it.
WITH *
CALL (questions) {
  UNWIND questions AS question
  WITH question
  WHERE NOT EXISTS { (question)<-[:ANSWERS]-() }
  DETACH DELETE question
  RETURN count(*) AS questionsRemoved
}
RETURN stances, relatesTo + relatedBy AS relations, questionTaken > 0 AS questionTaken, resolutions,
       suggestions, bothSidesStatements, bothSidesClaims, related, questionClaims,
       COLLECT { MATCH (speaker:Source)-[:MADE]->(:Statement)-[:SUPPORTS|CONTRADICTS]->(keep) RETURN DISTINCT speaker.id } AS speakers
