// :many for each source, its place and that of every source above it, to find its origin by; $ids
UNWIND $ids AS id
WITH id, [id] AS sourceIds
// :include placesAbove
RETURN id, places
