import type { Database } from '../../src/graph';
import { ingest, listBundleFiles, readBundles, type IngestReport } from '../../src/ingest';
import { projectPath } from '../../src/projectRoot';

export const SAMPLE_FILE = projectPath('data', 'rferl-kyrgyzstan-raids.json');
export const SAMPLE_DOCUMENT = 'rferl-2005-03-20-kyrgyzstan-raids';

/** Loads the hand-annotated seed sample, failing loudly if any of it is refused. */
export async function loadSample(db: Database): Promise<IngestReport> {
  const report = await ingest(db, readBundles(listBundleFiles([SAMPLE_FILE])));
  if (report.errors.length > 0) throw new Error(`The sample was refused: ${JSON.stringify(report.errors)}`);
  return report;
}
