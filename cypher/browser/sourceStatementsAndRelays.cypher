// A source's statements (on which claims, in which document) and the statements it relayed for others; :param sourceId => 'src-rferl'
// Table view: a row per statement, the ones it made first, in the order of the text, then the ones it
// relayed. The last row carries, in `graph`, what the graph view draws: the source, each statement with its
// speaker, relays, stances on claims and document. Nodes and paths in the other rows would make every row of
// the table screens high.
MATCH (source:Source {id: $sourceId})
OPTIONAL CALL (source) {
  MATCH (source)-[:MADE]->(statement:Statement)
  RETURN 'made' AS role, statement
  UNION
  MATCH (statement:Statement)-[:VIA]->(source)
  RETURN 'relayed' AS role, statement
}
OPTIONAL MATCH (speaker:Source)-[:MADE]->(statement)
OPTIONAL MATCH (statement)-[:IN]->(document:Document)
WITH source, statement,
     CASE WHEN statement IS NOT NULL THEN {
       role: role,
       speaker: speaker.name,
       cue: statement.cue,
       quote: statement.quote,
       through: COLLECT {
         MATCH (statement)-[via:VIA]->(relay:Source)
         RETURN relay.name ORDER BY via.order
       },
       stances: COLLECT {
         MATCH (statement)-[stance:SUPPORTS|CONTRADICTS]->(claim:Claim)
         RETURN type(stance) + ' ' + claim.text ORDER BY claim.id
       },
       document: document.title
     } END AS row
ORDER BY row.role, row.document, statement.spanStart
WITH source, collect(row) AS rows, collect(statement) AS statements
WITH rows,
     [source] +
     COLLECT {
       UNWIND statements AS statement
       MATCH path = (:Source)-[:MADE]->(statement)
       RETURN path
       UNION ALL
       UNWIND statements AS statement
       MATCH path = (statement)-[:VIA|IN]->()
       RETURN path
       UNION ALL
       UNWIND statements AS statement
       MATCH path = (statement)-[:SUPPORTS|CONTRADICTS]->(:Claim)
       RETURN path
     } AS graph
UNWIND rows + [{graph: graph}] AS row
RETURN row.role AS role,
       row.speaker AS speaker,
       row.cue AS cue,
       row.quote AS quote,
       row.through AS through,
       row.stances AS stances,
       row.document AS document,
       row.graph AS graph
