// Every contested claim, most contested first, with the sources on each side, explicit or derived; no parameters
// A claim is contested when sources stand on both sides of it: its stored verdict says CONTESTED or, for a
// claim not analysed yet (no status), its sides say so. The sides follow the service's rule
// (cypher/fragments/claimSides.cypher): supporting a claim that supports this one supports it; supporting a
// claim that contradicts or conflicts with it contradicts it; a source's explicit stance wins over derived
// ones. Table view: a row per claim (its id is what claimAndSides takes). The last row carries, in `graph`,
// what the graph view draws: each claim with the paths of its explicit and derived stances, so the claim
// relations (FIGURE_* ones computed from figures) that derived stances run through show too. Nodes and paths
// in the other rows would make every row of the table screens high.
MATCH (claim:Claim)
WITH claim,
     COLLECT {
       MATCH stance = (:Source)-[:MADE]->(:Statement)-[:SUPPORTS|CONTRADICTS]->(claim)
       RETURN stance
     } AS stances,
     COLLECT {
       MATCH stance = (:Source)-[:MADE]->(:Statement)-[:SUPPORTS]->(other:Claim)
                      -[:SUPPORTS|FIGURE_SUPPORTS]->(claim)
       WHERE other <> claim
       RETURN stance
       UNION
       MATCH stance = (:Source)-[:MADE]->(:Statement)-[:SUPPORTS]->(other:Claim)
                      -[:CONTRADICTS|FIGURE_CONFLICTS]-(claim)
       WHERE other <> claim
       RETURN stance
     } AS derivedStances
WITH claim, stances, derivedStances,
     [stance IN stances | {source: nodes(stance)[0], side: type(relationships(stance)[1])}] AS explicit
WITH claim, stances, derivedStances,
     explicit + [stance IN derivedStances
       WHERE NOT any(e IN explicit WHERE e.source = nodes(stance)[0])
       | {
         source: nodes(stance)[0],
         side: CASE WHEN type(relationships(stance)[2]) IN ['SUPPORTS', 'FIGURE_SUPPORTS']
                 THEN 'SUPPORTS' ELSE 'CONTRADICTS' END,
         derived: true
       }] AS sides
WITH claim, stances, derivedStances,
     COLLECT {
       UNWIND sides AS side
       WITH side WHERE side.side = 'SUPPORTS'
       RETURN DISTINCT side.source.name + CASE WHEN side.derived THEN ' (derived)' ELSE '' END AS name
       ORDER BY name
     } AS supporters,
     COLLECT {
       UNWIND sides AS side
       WITH side WHERE side.side = 'CONTRADICTS'
       RETURN DISTINCT side.source.name + CASE WHEN side.derived THEN ' (derived)' ELSE '' END AS name
       ORDER BY name
     } AS contradictors
WHERE claim.status = 'CONTESTED'
   OR (claim.status IS NULL AND size(supporters) > 0 AND size(contradictors) > 0)
WITH claim, stances, derivedStances,
     {
       id: claim.id,
       text: claim.text,
       status: claim.status,
       credibility: claim.credibility,
       contest: claim.contest,
       supporters: supporters,
       contradictors: contradictors
     } AS row
ORDER BY row.contest DESC, claim.origins DESC, row.id
WITH collect(row) AS rows, collect(claim) AS claims, collect(stances + derivedStances) AS paths
UNWIND rows + [{graph: claims + reduce(all = [], more IN paths | all + more)}] AS row
RETURN row.id AS id,
       row.text AS text,
       row.status AS status,
       row.credibility AS credibility,
       row.contest AS contest,
       row.supporters AS supporters,
       row.contradictors AS contradictors,
       row.graph AS graph
