// The chain from a statement back to its speaker: its document, its relays, its speaker, and whom the speaker speaks for up to its origin; :param statementId => 'st-jangaraev-nobody-died'
// The relays come the one nearest the reader first. The origin follows the service's rule
// (src/analysis/origins.ts): from the speaker, take whom it speaks for, else the first body it is a member of
// (lowest `order`), until a source with neither.
// Table view: a row per link, in reading order. The last row carries, in `graph`, what the graph view draws:
// the whole chain and the claims the statement takes a side on. Nodes and paths in the other rows would make
// every row of the table screens high.
MATCH (statement:Statement {id: $statementId})<-[:MADE]-(speaker:Source)
MATCH up = (speaker)
           ((member:Source)-[step:SPEAKS_FOR|MEMBER_OF]->(body:Source)
             WHERE type(step) = 'SPEAKS_FOR'
                OR (NOT EXISTS { (member)-[:SPEAKS_FOR]->(:Source) }
                    AND NOT EXISTS {
                      (member)-[earlier:MEMBER_OF]->(other:Source)
                      WHERE earlier.order < step.order OR (earlier.order = step.order AND other.id < body.id)
                    }))*
           (origin:Source)
WHERE NOT EXISTS { (origin)-[:SPEAKS_FOR|MEMBER_OF]->(:Source) }
CALL (statement, speaker, up) {
  MATCH link = (statement)-[:IN]->(document:Document)
  RETURN 1 AS part, 0 AS rank, 'in document' AS role,
         document.title + ' (' + document.publisher + ', ' + document.publishedAt + ')' AS name, link
  UNION ALL
  MATCH link = (statement)-[via:VIA]->(relay:Source)
  RETURN 2 AS part, -via.order AS rank, 'relayed by (order ' + toInteger(via.order) + ')' AS role,
         relay.name AS name, link
  UNION ALL
  MATCH link = (speaker)-[:MADE]->(statement)
  RETURN 3 AS part, 0 AS rank,
         'said by' + CASE WHEN length(up) = 0 THEN ', its own origin' ELSE '' END AS role,
         speaker.name + coalesce(' (' + speaker.role + ')', '') AS name, link
  UNION ALL
  UNWIND range(0, length(up) - 1) AS hop
  WITH up, hop, relationships(up)[hop] AS rung
  MATCH link = (:Source)-[rung]->(above:Source)
  RETURN 4 AS part, hop AS rank,
         CASE type(rung) WHEN 'SPEAKS_FOR' THEN 'speaks for' ELSE 'member of' END +
         CASE WHEN hop = length(up) - 1 THEN ', the origin' ELSE '' END AS role,
         above.name AS name, link
}
WITH statement, part, rank, role, name, link
ORDER BY part, rank
WITH statement,
     collect({
       role: role,
       name: name,
       said: CASE WHEN part = 3 THEN coalesce(statement.cue + ': ', '') + '"' + statement.quote + '"' END
     }) AS rows,
     collect(link) AS links
UNWIND rows + [{
  graph: links + COLLECT { MATCH stance = (statement)-[:SUPPORTS|CONTRADICTS]->(:Claim) RETURN stance }
}] AS row
RETURN row.role AS role, row.name AS name, row.said AS said, row.graph AS graph
