import { fillResolutionKeys } from '../../../src/resolve';
import { cypher, resetGraph, useTestGraph } from '../../support/neo4j';
import { loadSample } from '../../support/sample';

// A graph loaded before resolution existed has sources without the sounds of their names and questions
// without what they count: resolution cannot find them as candidates. `npm run reanalyse` fills both in.
describe('filling in what resolution finds old items by', () => {
  const graph = useTestGraph();
  const keys = () =>
    cypher<{ ref: string; key: string | null }>(
      graph.driver,
      `MATCH (s:Source) RETURN s.id AS ref, s.sounds AS key
       UNION ALL MATCH (q:Question) RETURN q.key AS ref, q.what AS key`,
    ).then((rows) => rows.sort((a, b) => a.ref.localeCompare(b.ref)));

  it('sets what loading would have set, and nothing when run again', async () => {
    await resetGraph(graph.driver);
    await loadSample(graph.db);
    const loaded = await keys();
    expect(loaded.filter((k) => k.key !== null).length).toBeGreaterThan(20);
    // As a graph from before resolution holds them.
    await cypher(graph.driver, 'MATCH (s:Source) REMOVE s.sounds');
    await cypher(graph.driver, 'MATCH (q:Question) REMOVE q.what');

    const filled = await fillResolutionKeys(graph.db);

    expect(await keys()).toEqual(loaded);
    expect(filled.sources).toBe(loaded.filter((k) => k.ref.startsWith('src-')).length);
    expect(await fillResolutionKeys(graph.db)).toEqual({ sources: 0, questions: 0 });
  });
});
