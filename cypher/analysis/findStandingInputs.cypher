// :many each claim's sides, with the places of the sources on them and of every source above those, to find origins by; $ids
UNWIND $ids AS id
MATCH (claim:Claim {id: id})
// :include claimSides
WITH id, sides, [side IN sides | side.sourceId] AS sourceIds
// :include placesAbove
RETURN id, sides, places
