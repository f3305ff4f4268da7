import type { Database } from '../graph';
import { analysedWrite, refreshStaleVerdicts, type AnalysisOptions } from './refresh';

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
  // Positions first: which statements count decides the sides that the verdicts below are worked from.
  const sourceIds = (await db.read('findAllSourceIds', {})).map((row) => row.id);
  for (let i = 0; i < sourceIds.length; i += BATCH) {
    const sources = sourceIds.slice(i, i + BATCH);
    await analysedWrite(
      db,
      'analysis: recompute positions',
      options,
      async () => ({ result: undefined, changes: { claims: [], stanceClaims: [], sources } }),
      { settle: false },
    );
  }
  const ids = (await db.read('findAllClaimIds', {})).map((row) => row.id);
  for (let i = 0; i < ids.length; i += BATCH) {
    const claims = ids.slice(i, i + BATCH);
    // Nothing is written but the analysis itself, of these claims as if they had just changed.
    await analysedWrite(
      db,
      'analysis: recompute',
      options,
      async () => ({ result: undefined, changes: { claims, stanceClaims: [], sources: [] } }),
      { settle: false },
    );
    onProgress(Math.min(i + BATCH, ids.length), ids.length);
  }
  await refreshStaleVerdicts(db);
  return { claims: ids.length };
}
