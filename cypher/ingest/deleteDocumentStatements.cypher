// :exec removes every statement of the given documents, before their new version is written; $documentIds
UNWIND $documentIds AS documentId
MATCH (:Document {id: documentId})<-[:IN]-(statement:Statement)
DETACH DELETE statement
