// :many each existing document's content hash and its statements' ids and hashes; $ids
UNWIND $ids AS id
MATCH (document:Document {id: id})
RETURN id, document.contentHash AS hash,
       [(document)<-[:IN]-(statement:Statement) | {id: statement.id, hash: statement.contentHash}] AS statements
