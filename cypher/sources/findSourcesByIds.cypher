// :many the sources with these ids, with the bodies they belong to (in order) and speak for; $ids
UNWIND $ids AS id
MATCH (source:Source {id: id})
RETURN id,
       source.name AS name,
       source.type AS type,
       source.role AS role,
       source.affiliation AS affiliation,
       source.reliability AS reliability,
       coalesce(source.aliases, []) AS aliases,
       COLLECT { MATCH (source)-[m:MEMBER_OF]->(body:Source) RETURN body.id ORDER BY m.order, body.id } AS memberOfIds,
       COLLECT { MATCH (source)-[:SPEAKS_FOR]->(body:Source) RETURN body.id }[0] AS speaksForId
