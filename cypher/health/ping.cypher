// :one whether the database answers a query at all (readiness and start-up probes); no parameters
RETURN 1 AS ok
