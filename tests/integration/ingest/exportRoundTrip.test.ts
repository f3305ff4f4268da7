import { exportDocuments, ingest, listBundleFiles, readBundles } from '../../../src/ingest';
import { projectPath } from '../../../src/runtime/projectRoot';
import { resetGraph, useTestGraph } from '../../support/neo4j';
import { bundle, graphSnapshot, load, without } from './helpers';

const SAMPLE_ID = 'rferl-2005-03-20-kyrgyzstan-raids';

describe('export', () => {
  const graph = useTestGraph();
  beforeEach(async () => {
    await resetGraph(graph.driver);
    await ingest(graph.db, readBundles(listBundleFiles([projectPath('data')])));
  });

  it('loaded back into the database it came from changes nothing', async () => {
    await load(graph.db, bundle());
    const before = await graphSnapshot(graph.driver);
    const { bundles } = await exportDocuments(graph.db, [SAMPLE_ID, 'doc-1']);

    const report = await load(graph.db, ...bundles);

    expect(report.errors).toEqual([]);
    expect(report.documents).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect(report.statements).toEqual({ created: 0, updated: 0, unchanged: 27, rejected: 0, removed: 0 });
    expect(await graphSnapshot(graph.driver)).toEqual(before);
  });

  it('loaded into an empty database gives the same graph', async () => {
    const before = await graphSnapshot(graph.driver);
    const { bundles } = await exportDocuments(graph.db, [SAMPLE_ID]);
    await resetGraph(graph.driver);

    await load(graph.db, ...bundles);

    // Akaev is defined by the sample bundle but neither speaks, relays nor is anyone's body: he is not
    // part of the document's graph, so the export leaves him out.
    const unconnected = before.nodes.map((n) => n.ref).filter((ref) => /src-akaev$/.test(ref));
    expect(unconnected.length).toBeGreaterThan(0);
    expect(await graphSnapshot(graph.driver)).toEqual(without(before, unconnected));
  });

  it('names the ids it does not know', async () => {
    const { bundles, missing } = await exportDocuments(graph.db, [SAMPLE_ID, 'no-such-document']);
    expect(bundles.map((b) => b.document.id)).toEqual([SAMPLE_ID]);
    expect(missing).toEqual(['no-such-document']);
  });
});
