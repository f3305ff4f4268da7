// A claim and every source on each side of it, explicit or derived, with their quotes and relays; :param claimId => 'clm-deaths-at-least-four'
// The sides follow the service's rule (cypher/fragments/claimSides.cypher): supporting a claim that supports
// this one supports it; supporting a claim that contradicts or conflicts with it contradicts it; a source's
// explicit stance wins over stances derived for it.
// Table view: a row per statement on a side. The last row carries, in `graph`, what the graph view draws: the
// claim, the stance paths, the relays and the claim's relations to other claims (FIGURE_* ones computed from
// figures). Nodes and paths in the other rows would make every row of the table screens high.
MATCH (claim:Claim {id: $claimId})
OPTIONAL CALL (claim) {
  MATCH stance = (source:Source)-[:MADE]->(statement:Statement)-[s:SUPPORTS|CONTRADICTS]->(claim)
  RETURN type(s) AS side, null AS reason, source, statement, stance
  UNION
  MATCH stance = (source:Source)-[:MADE]->(statement:Statement)-[:SUPPORTS]->(other:Claim)
                 -[relation:SUPPORTS|FIGURE_SUPPORTS]->(claim)
  WHERE other <> claim
  RETURN 'SUPPORTS' AS side,
         'supports "' + other.text + '", which ' +
         CASE type(relation)
           WHEN 'SUPPORTS' THEN 'supports this claim'
           ELSE 'supports it by its figure: ' + relation.reason
         END AS reason,
         source, statement, stance
  UNION
  MATCH stance = (source:Source)-[:MADE]->(statement:Statement)-[:SUPPORTS]->(other:Claim)
                 -[relation:CONTRADICTS|FIGURE_CONFLICTS]-(claim)
  WHERE other <> claim
  RETURN 'CONTRADICTS' AS side,
         'supports "' + other.text + '", which ' +
         CASE
           WHEN type(relation) = 'FIGURE_CONFLICTS' THEN 'conflicts with it by its figure: ' + relation.reason
           WHEN startNode(relation) = other THEN 'contradicts this claim'
           ELSE 'this claim contradicts'
         END AS reason,
         source, statement, stance
}
WITH claim, side, reason, source, statement, stance
WHERE reason IS NULL
   OR NOT EXISTS { (source)-[:MADE]->(:Statement)-[:SUPPORTS|CONTRADICTS]->(claim) }
ORDER BY reason
WITH claim, side, source, statement, collect(reason) AS reasons, collect(stance) AS stances
WITH claim, statement, stances,
     CASE WHEN side IS NOT NULL THEN {
       side: side,
       derived: size(reasons) > 0,
       source: source.name,
       cue: statement.cue,
       quote: statement.quote,
       through: COLLECT {
         MATCH (statement)-[via:VIA]->(relay:Source)
         RETURN relay.name ORDER BY via.order
       },
       reason: CASE WHEN size(reasons) > 0
                 THEN reduce(text = '', reason IN reasons |
                             text + CASE WHEN text = '' THEN '' ELSE '; ' END + reason)
               END
     } END AS row
ORDER BY row.side DESC, row.derived, row.source, statement.spanStart
WITH claim, collect(row) AS rows, collect(statement) AS statements, collect(stances) AS stances
WITH rows,
     [claim] +
     reduce(paths = [], more IN stances | paths + more) +
     COLLECT { UNWIND statements AS statement MATCH via = (statement)-[:VIA]->(:Source) RETURN via } +
     COLLECT {
       MATCH related = (claim)-[:SUPPORTS|CONTRADICTS|FIGURE_SUPPORTS|FIGURE_CONFLICTS]-(:Claim)
       RETURN related
     } AS graph
UNWIND rows + [{graph: graph}] AS row
RETURN row.side AS side,
       row.derived AS derived,
       row.source AS source,
       row.cue AS cue,
       row.quote AS quote,
       row.through AS through,
       row.reason AS reason,
       row.graph AS graph
