// :one replaces the figure relations of the claims of these questions and of these claims; counts the rows written and names the claims whose relations went; $keys $claimIds $rows [{from, to, kind: CONFLICTS|SUPPORTS, reason}]
CALL () {
  UNWIND $keys AS key
  MATCH (:Question {key: key})<-[:ANSWERS]-(claim:Claim)
  RETURN claim
  UNION
  // A claim that moved to another question takes its old relations with it.
  UNWIND $claimIds AS id
  MATCH (claim:Claim {id: id})
  RETURN claim
}
OPTIONAL MATCH (claim)-[relation:FIGURE_CONFLICTS|FIGURE_SUPPORTS]-(other:Claim)
WITH collect(DISTINCT relation) AS relations, collect(DISTINCT other.id) AS endpoints
FOREACH (relation IN relations | DELETE relation)
WITH endpoints
CALL () {
  UNWIND $rows AS row
  MATCH (a:Claim {id: row.from}), (b:Claim {id: row.to})
  FOREACH (_ IN CASE WHEN row.kind = 'CONFLICTS' THEN [1] ELSE [] END |
    CREATE (a)-[:FIGURE_CONFLICTS {reason: row.reason}]->(b))
  FOREACH (_ IN CASE WHEN row.kind = 'SUPPORTS' THEN [1] ELSE [] END |
    CREATE (a)-[:FIGURE_SUPPORTS {reason: row.reason}]->(b))
  RETURN count(*) AS written
}
RETURN written, endpoints
