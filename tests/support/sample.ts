import type { Database } from '../../src/graph';
import { ingest, listBundleFiles, readBundles, type IngestReport } from '../../src/ingest';
import { projectPath } from '../../src/runtime/projectRoot';
import type { Service } from '../../src/cli/service';
import { resetGraph, useTestGraph } from './neo4j';
import { startTestService } from './service';

export const SAMPLE_FILE = projectPath('data', 'rferl-kyrgyzstan-raids.json');
export const SAMPLE_DOCUMENT = 'rferl-2005-03-20-kyrgyzstan-raids';

/** Loads the hand-annotated seed sample, failing loudly if any of it is refused. */
export async function loadSample(db: Database): Promise<IngestReport> {
  const report = await ingest(db, readBundles(listBundleFiles([SAMPLE_FILE])));
  if (report.errors.length > 0) throw new Error(`The sample was refused: ${JSON.stringify(report.errors)}`);
  return report;
}

/**
 * For the tests of one describe block: the test database emptied and loaded with the seed sample, and the
 * whole service started on it, before them; the service stopped after.
 */
export function useSampleService(env: Record<string, string> = {}): { service: Service } {
  const graph = useTestGraph();
  const running = {} as { service: Service };
  beforeAll(async () => {
    await resetGraph(graph.driver);
    await loadSample(graph.db);
    running.service = await startTestService(env);
  });
  afterAll(() => running.service?.stop());
  return running;
}
