// :fragment claim: each claim `statement` may take a side on, explicitly or derived (one step through a claim relation); a claim may come more than once
CALL (statement) {
  MATCH (statement)-[:SUPPORTS|CONTRADICTS]->(claim:Claim)
  RETURN claim
  UNION
  MATCH (statement)-[:SUPPORTS]->(:Claim)-[:SUPPORTS|CONTRADICTS|FIGURE_SUPPORTS|FIGURE_CONFLICTS]-(claim:Claim)
  RETURN claim
}
