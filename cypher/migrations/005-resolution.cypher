// Resolution across documents (docs/resolution.md): what each provisional item of a loaded document became,
// the matches suggested to analysts, how sources are found by the sound of their names (Akaev, Akayev), and
// which questions count the same thing.
CREATE CONSTRAINT resolution_key IF NOT EXISTS FOR (r:Resolution) REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT match_suggestion_id IF NOT EXISTS FOR (m:MatchSuggestion) REQUIRE m.id IS UNIQUE;
CREATE FULLTEXT INDEX source_sounds IF NOT EXISTS FOR (s:Source) ON EACH [s.sounds]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
CREATE INDEX question_what IF NOT EXISTS FOR (q:Question) ON (q.what);
CREATE INDEX match_suggestion_status IF NOT EXISTS FOR (m:MatchSuggestion) ON (m.status, m.kind);
CREATE INDEX match_suggestion_item IF NOT EXISTS FOR (m:MatchSuggestion) ON (m.itemId);
CREATE INDEX match_suggestion_candidate IF NOT EXISTS FOR (m:MatchSuggestion) ON (m.candidateId);
CREATE INDEX resolution_node IF NOT EXISTS FOR (r:Resolution) ON (r.nodeId);
CREATE INDEX resolution_provisional IF NOT EXISTS FOR (r:Resolution) ON (r.provisionalId);
CREATE CONSTRAINT resolution_lock_id IF NOT EXISTS FOR (l:ResolutionLock) REQUIRE l.id IS UNIQUE;
