import type { Database } from '../graph';
import { analysedWrite, refreshStaleVerdicts, type AnalysisChanges, type AnalysisOptions } from './refresh';

// Claims per transaction: each batch brings its questions' relations and its claims' verdicts up to date.
const BATCH = 1000;

/**
 * Recomputes the whole analysis, batch by batch: every voice's positions over time, every question's
 * figure relations and every claim's verdict. Needed when the tolerance changes, and for what was loaded
 * before the analysis (or supersession) existed; ingest keeps it up to date otherwise.
 */
export async function reanalyseAll(
  db: Database,
  options: AnalysisOptions,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ claims: number }> {
  // Nothing is written but the analysis itself, of each batch as if it had just changed. Positions first:
  // which statements count decides the sides that the verdicts are worked from.
  const sourceIds = (await db.read('findAllSourceIds', {})).map((row) => row.id);
  await inBatches(db, options, sourceIds, (sources) => ({ claims: [], stanceClaims: [], sources }));
  const ids = (await db.read('findAllClaimIds', {})).map((row) => row.id);
  await inBatches(db, options, ids, (claims) => ({ claims, stanceClaims: [], sources: [] }), onProgress);
  await refreshStaleVerdicts(db);
  return { claims: ids.length };
}

/** Brings the analysis up to date for `ids`, BATCH at a time, each batch saying what changed by `changes`. */
async function inBatches(
  db: Database,
  options: AnalysisOptions,
  ids: string[],
  changes: (batch: string[]) => AnalysisChanges,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<void> {
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    await analysedWrite(
      db,
      'analysis: recompute',
      options,
      async () => ({ result: undefined, changes: changes(batch) }),
      { settle: false },
    );
    onProgress(Math.min(i + BATCH, ids.length), ids.length);
  }
}
