// :exec gives sources their alias nodes; an alias key that names another source breaks the alias_key constraint, as it should; $rows [{key, name, sourceId}]
UNWIND $rows AS row
MATCH (source:Source {id: row.sourceId})
MERGE (alias:Alias {key: row.key, sourceId: row.sourceId})
  ON CREATE SET alias.name = row.name
MERGE (source)-[:KNOWN_AS]->(alias)
