import { cypher, resetGraph, useTestGraph } from '../../support/neo4j';
import { bundle, load } from './helpers';

// Bundles of one run are written together, in one batch; the result must be what loading them one run
// after another gives.
describe('two bundles written in one batch', () => {
  const graph = useTestGraph();
  beforeEach(() => resetGraph(graph.driver));

  const bodies = [
    { id: 'src-ministry', name: 'Interior Ministry', type: 'GOVERNMENT' as const },
    { id: 'src-government', name: 'The government', type: 'GOVERNMENT' as const },
    { id: 'src-police', name: 'The police', type: 'GOVERNMENT' as const },
  ];
  const first = bundle((b) => {
    b.sources.push(...bodies);
    Object.assign(b.sources[0] ?? {}, {
      speaksFor: 'src-ministry',
      memberOf: ['src-ministry', 'src-government'],
    });
  });
  const second = bundle((b) => {
    b.document.id = 'doc-2';
    b.statements.forEach((st) => (st.id = `${st.id}-2`));
    b.sources.push(...bodies);
    Object.assign(b.sources[0] ?? {}, {
      speaksFor: 'src-government',
      memberOf: ['src-ministry', 'src-police'],
    });
  });

  it('leave a source speaking for one body, the one the later bundle names', async () => {
    const report = await load(graph.db, first, second);
    expect(report.errors).toEqual([]);
    const rows = await cypher(
      graph.driver,
      "MATCH (:Source {id: 'src-minister'})-[:SPEAKS_FOR]->(p) RETURN p.id AS principal",
    );
    expect(rows).toEqual([{ principal: 'src-government' }]);
  });

  it('number the memberships they add without giving two the same order', async () => {
    await load(graph.db, first, second);
    const rows = await cypher<{ body: string; order: number }>(
      graph.driver,
      "MATCH (:Source {id: 'src-minister'})-[m:MEMBER_OF]->(b) RETURN b.id AS body, m.order AS order ORDER BY m.order",
    );
    expect(rows.map((r) => r.body)).toEqual(['src-ministry', 'src-government', 'src-police']);
    expect(new Set(rows.map((r) => r.order)).size).toBe(3);
  });
});
