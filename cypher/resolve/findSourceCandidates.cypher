// :many the sources whose names share a word's sound with each incoming source's, with the story they speak in (the questions and people of their reports); $queries [{ref, query}]
UNWIND $queries AS incoming
CALL db.index.fulltext.queryNodes('source_sounds', incoming.query, {limit: 10}) YIELD node AS source
WITH DISTINCT source
RETURN source.id AS id,
       source.name AS name,
       coalesce(source.aliases, []) AS aliases,
       source.type AS type,
       source.role AS role,
       COLLECT {
         MATCH (source)-[:MADE]->(:Statement)-[:IN]->(document:Document)
         WITH DISTINCT document LIMIT 20
         // :include storyOfDocument
         RETURN key
       } AS story
