// :many what each of these provisional items of loaded documents became, by their keys (kind|document|id); $keys
UNWIND $keys AS key
MATCH (resolution:Resolution {key: key})
RETURN key, resolution.nodeId AS nodeId, resolution.joined AS joined
