// :many creates or updates sources (given fields overwrite, aliases add up, an analyst's rating stays), returning what each held before; $rows [{id, props, aliases, memberOf, speaksFor, sounds}]
// What changed is worked out from `before` in one place, src/ingest/writeOutcomes.ts: this query only writes.
UNWIND $rows AS row
OPTIONAL MATCH (old:Source {id: row.id})
WITH row, CASE WHEN old IS NULL THEN null ELSE {
  props: old {.id, .name, .type, .role, .affiliation, .reliability},
  rated: old.reliabilityRatedBy IS NOT NULL,
  aliases: coalesce(old.aliases, []),
  memberOf: [(old)-[:MEMBER_OF]->(body:Source) | body.id],
  speaksFor: [(old)-[:SPEAKS_FOR]->(body:Source) | body.id][0]
} END AS before
MERGE (source:Source {id: row.id})
WITH source, row, before, source.reliabilityRatedBy IS NOT NULL AS rated, source.reliability AS rating
SET source += row.props,
    source.aliases = coalesce(source.aliases, []) + [alias IN row.aliases WHERE NOT alias IN coalesce(source.aliases, [])]
SET source.reliability = CASE WHEN rated THEN rating ELSE source.reliability END
// The sounds of its names, added to those it had.
WITH source, row, before, source AS target, row.sounds AS added
// :include unionOfSounds
SET source.sounds = sounds
RETURN row.id AS id, before
