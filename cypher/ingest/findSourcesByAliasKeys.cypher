// :many the source that each normalised alias key (or source id key) names, and the source the key belonged to before a merge folded it into this one (else null); $keys
UNWIND $keys AS key
MATCH (alias:Alias {key: key})
RETURN key, alias.sourceId AS sourceId, alias.mergedFrom AS mergedFrom
