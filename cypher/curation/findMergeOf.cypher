// :one the merge that folded the item $id (a source or a claim, as $kind says) into another, with the item that holds it now (the one kept, or what that was merged into since) and its record; $kind $id
MATCH (merge:Merge {mergedId: $id})<-[:MERGED]-(holder)
WHERE merge.kind = $kind
RETURN merge.id AS id, merge.keptId AS keptId, holder.id AS holderId, merge.record AS record,
       merge.at AS at
