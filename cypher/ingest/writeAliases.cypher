// :one gives sources their alias nodes, counting rows written (an alias key naming another source breaks the alias_key constraint, as it should); $rows [{key, name, sourceId}]
UNWIND $rows AS row
MATCH (source:Source {id: row.sourceId})
MERGE (alias:Alias {key: row.key, sourceId: row.sourceId})
  ON CREATE SET alias.name = row.name
MERGE (source)-[:KNOWN_AS]->(alias)
RETURN count(*) AS written
