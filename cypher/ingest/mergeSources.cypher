// :many creates or updates sources (given fields overwrite, aliases add up) and says which; $rows [{id, props, aliases, memberOf, speaksFor}]
UNWIND $rows AS row
OPTIONAL MATCH (old:Source {id: row.id})
WITH row,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN any(key IN keys(row.props) WHERE old[key] IS NULL OR old[key] <> row.props[key])
         OR any(alias IN row.aliases WHERE NOT alias IN coalesce(old.aliases, []))
         OR any(parent IN row.memberOf WHERE NOT EXISTS { (old)-[:MEMBER_OF]->(:Source {id: parent}) })
         OR (row.speaksFor IS NOT NULL AND NOT EXISTS { (old)-[:SPEAKS_FOR]->(:Source {id: row.speaksFor}) })
         THEN 'updated'
       ELSE 'unchanged'
     END AS status
MERGE (source:Source {id: row.id})
SET source += row.props,
    source.aliases = coalesce(source.aliases, []) + [alias IN row.aliases WHERE NOT alias IN coalesce(source.aliases, [])]
RETURN row.id AS id, status
