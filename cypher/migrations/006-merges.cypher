// Merges that can be undone (docs/model.md, "Curating"): one Merge node per merge, held by the node that
// absorbed the other, found by the merged item's id.
CREATE CONSTRAINT merge_id IF NOT EXISTS FOR (m:Merge) REQUIRE m.id IS UNIQUE;
CREATE INDEX merge_merged_id IF NOT EXISTS FOR (m:Merge) ON (m.mergedId);
