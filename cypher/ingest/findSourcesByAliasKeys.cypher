// :many the source that each normalised alias key (or source id key) names; $keys
UNWIND $keys AS key
MATCH (alias:Alias {key: key})
RETURN key, alias.sourceId AS sourceId
