// :one removes every statement of the given documents, before their new version is written, naming the claims they took a stance on and their speakers; $documentIds
UNWIND $documentIds AS documentId
MATCH (:Document {id: documentId})<-[:IN]-(statement:Statement)
OPTIONAL MATCH (statement)-[:SUPPORTS|CONTRADICTS]->(claim:Claim)
OPTIONAL MATCH (speaker:Source)-[:MADE]->(statement)
WITH collect(DISTINCT statement) AS statements, collect(DISTINCT claim.id) AS claimIds,
     collect(DISTINCT speaker.id) AS sourceIds
FOREACH (statement IN statements | DETACH DELETE statement)
RETURN claimIds, sourceIds
