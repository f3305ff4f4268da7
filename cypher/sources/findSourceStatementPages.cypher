// :many for each source, a page of its statement ids in id order after $after, and how many it made; $ids $first $after
UNWIND $ids AS id
MATCH (source:Source {id: id})
WITH id, COLLECT { MATCH (source)-[:MADE]->(statement:Statement) RETURN statement.id ORDER BY statement.id } AS statementIds
RETURN id, size(statementIds) AS totalCount,
       [s IN statementIds WHERE $after IS NULL OR s > $after][..$first + 1] AS ids
