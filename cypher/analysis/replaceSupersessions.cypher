// :one replaces the supersessions among these statements (all of some voices' statements) with $rows, returning how many it wrote; $statementIds $rows [{later, earlier, claims, reason}]
CALL () {
  UNWIND $statementIds AS id
  MATCH (:Statement {id: id})-[old:SUPERSEDES]-(:Statement)
  WITH DISTINCT old
  DELETE old
}
CALL () {
  UNWIND $rows AS row
  MATCH (later:Statement {id: row.later}), (earlier:Statement {id: row.earlier})
  CREATE (later)-[:SUPERSEDES {claims: row.claims, reason: row.reason}]->(earlier)
  RETURN count(*) AS written
}
RETURN written
