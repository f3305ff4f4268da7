// :many the claim each of these provisional claim ids of loaded drafts joined (a draft's claim ids name one claim only), when it joined one; $ids
UNWIND $ids AS id
MATCH (resolution:Resolution {provisionalId: id, kind: 'CLAIM', joined: true})
WITH id, resolution ORDER BY resolution.documentId
RETURN id, collect(resolution.nodeId)[0] AS claimId
