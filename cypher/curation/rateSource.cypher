// :one sets an analyst's rating of a source, which later bundles do not overwrite, returning the rating it replaces; $id $reliability $ratedBy $ratedAt
MATCH (source:Source {id: $id})
WITH source, source.reliability AS previous
SET source.reliability = $reliability,
    source.reliabilityRatedBy = $ratedBy,
    source.reliabilityRatedAt = $ratedAt
RETURN previous
