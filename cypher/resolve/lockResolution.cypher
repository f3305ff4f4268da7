// :one takes the resolution lock for the rest of the transaction (a write to one node that every load of provisional drafts writes), so that two such loads resolve one after the other; no parameters
MERGE (lock:ResolutionLock {id: 'resolution'})
SET lock.takenAt = datetime()
RETURN lock.id AS id
