// :one sets whom each source speaks for, replacing an earlier SPEAKS_FOR (a source speaks for one body), counting rows written; $rows [{from, to}]
UNWIND $rows AS row
MATCH (speaker:Source {id: row.from}), (principal:Source {id: row.to})
CALL (speaker, principal) {
  OPTIONAL MATCH (speaker)-[previous:SPEAKS_FOR]->(other:Source)
  WHERE other <> principal
  DELETE previous
}
MERGE (speaker)-[:SPEAKS_FOR]->(principal)
RETURN count(*) AS written
