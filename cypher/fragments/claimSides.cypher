// :fragment sides: every source on each side of `claim`, [{sourceId, stance, derived, reason, statementIds}], sorted by source id
// A statement takes an explicit stance on a claim, or a derived one, one step through claim relations: supporting
// a claim X contradicts every claim related to X by CONTRADICTS or FIGURE_CONFLICTS (either direction), and
// supports every claim X supports (SUPPORTS, FIGURE_SUPPORTS). Per source, an explicit stance on the claim wins
// over derived ones. Relays (VIA) never take a side. A stance that a later statement of the same voice
// superseded (SUPERSEDES, src/analysis/supersession.ts) takes no side: each voice counts where it stands now.
CALL (claim) {
  CALL (claim) {
    MATCH (source:Source)-[:MADE]->(statement:Statement)-[stance:SUPPORTS|CONTRADICTS]->(claim)
    WHERE NOT EXISTS { (statement)<-[superseded:SUPERSEDES]-() WHERE claim.id IN superseded.claims }
    RETURN source, statement, type(stance) AS stance, null AS reason
    UNION
    MATCH (source:Source)-[:MADE]->(statement:Statement)-[:SUPPORTS]->(other:Claim)
          -[relation:CONTRADICTS|FIGURE_CONFLICTS]-(claim)
    WHERE other <> claim
      AND NOT EXISTS { (statement)<-[superseded:SUPERSEDES]-() WHERE other.id IN superseded.claims }
    RETURN source, statement, 'CONTRADICTS' AS stance,
           'supports ' + other.id + ' ("' + other.text + '"), which ' +
           CASE
             WHEN type(relation) = 'FIGURE_CONFLICTS' THEN 'conflicts with this claim: ' + relation.reason
             WHEN startNode(relation) = other THEN 'contradicts this claim'
             ELSE 'this claim contradicts'
           END AS reason
    UNION
    MATCH (source:Source)-[:MADE]->(statement:Statement)-[:SUPPORTS]->(other:Claim)
          -[relation:SUPPORTS|FIGURE_SUPPORTS]->(claim)
    WHERE other <> claim
      AND NOT EXISTS { (statement)<-[superseded:SUPERSEDES]-() WHERE other.id IN superseded.claims }
    RETURN source, statement, 'SUPPORTS' AS stance,
           'supports ' + other.id + ' ("' + other.text + '"), which supports this claim' +
           CASE WHEN type(relation) = 'FIGURE_SUPPORTS' THEN ': ' + relation.reason ELSE '' END AS reason
  }
  WITH source, stance, reason IS NOT NULL AS derived, statement, reason
  ORDER BY source.id, statement.id, reason
  WITH source, stance, derived, collect(DISTINCT statement.id) AS statementIds, collect(DISTINCT reason) AS reasons
  WITH source, collect({stance: stance, derived: derived, statementIds: statementIds, reasons: reasons}) AS entries
  UNWIND [entry IN entries WHERE NOT entry.derived OR all(e IN entries WHERE e.derived)] AS entry
  WITH source, entry
  ORDER BY source.id, entry.stance
  RETURN collect({
    sourceId: source.id,
    stance: entry.stance,
    derived: entry.derived,
    reason: CASE WHEN entry.derived
              THEN reduce(text = '', r IN entry.reasons | text + CASE WHEN text = '' THEN '' ELSE '; ' END + r)
            END,
    statementIds: entry.statementIds
  }) AS sides
}
