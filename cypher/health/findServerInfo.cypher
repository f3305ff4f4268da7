// :one the Neo4j server's version and edition, for the health query; no parameters
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
