// :many creates or updates sources (given fields overwrite, aliases add up, an analyst's rating stays) and says which; $rows [{id, props, aliases, memberOf, speaksFor}]
UNWIND $rows AS row
OPTIONAL MATCH (old:Source {id: row.id})
// An analyst's rating (setSourceReliability) outranks the bundles': a bundle's differs without changing it.
WITH row, old, [key IN keys(row.props) WHERE NOT (key = 'reliability' AND old.reliabilityRatedBy IS NOT NULL)] AS given
WITH row,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN any(key IN given WHERE old[key] IS NULL OR old[key] <> row.props[key])
         OR any(alias IN row.aliases WHERE NOT alias IN coalesce(old.aliases, []))
         OR any(parent IN row.memberOf WHERE NOT EXISTS { (old)-[:MEMBER_OF]->(:Source {id: parent}) })
         OR (row.speaksFor IS NOT NULL AND NOT EXISTS { (old)-[:SPEAKS_FOR]->(:Source {id: row.speaksFor}) })
         THEN 'updated'
       ELSE 'unchanged'
     END AS status
MERGE (source:Source {id: row.id})
WITH source, row, status, source.reliabilityRatedBy IS NOT NULL AS rated, source.reliability AS rating
SET source += row.props,
    source.aliases = coalesce(source.aliases, []) + [alias IN row.aliases WHERE NOT alias IN coalesce(source.aliases, [])]
SET source.reliability = CASE WHEN rated THEN rating ELSE source.reliability END
RETURN row.id AS id, status
