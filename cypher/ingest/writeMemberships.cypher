// :one adds MEMBER_OF edges, numbered after the stored ones in the order given (origins follow the first), counting rows written; $rows [{from, to, order}]
UNWIND $rows AS row
MATCH (member:Source {id: row.from}), (body:Source {id: row.to})
WITH member, body, row, COUNT { (member)-[:MEMBER_OF]->() } AS existing
MERGE (member)-[membership:MEMBER_OF]->(body)
  ON CREATE SET membership.order = existing + row.order
RETURN count(*) AS written
