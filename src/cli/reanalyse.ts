import { reanalyseAll } from '../analysis';
import { fillResolutionKeys } from '../resolve';
import { applyMigrations } from '../graph';
import { openCliDatabase } from './openCliDatabase';
import { progressBar } from './progressBar';
import { runCli } from './runCli';

const USAGE =
  'usage: npm run reanalyse (after changing ANALYSIS_TOLERANCE in .env, or after upgrading from a version without resolution)';

/**
 * Recomputes every figure relation and verdict with the configured ANALYSIS_TOLERANCE, and gives sources and
 * questions stored before resolution existed what resolution finds them by: run it after changing the
 * tolerance or upgrading. Loading keeps both up to date otherwise.
 */
void runCli(async () => {
  const { db, config } = openCliDatabase();
  try {
    await applyMigrations(db);
    const keys = await fillResolutionKeys(db);
    if (keys.sources + keys.questions > 0) {
      console.log(
        `Gave ${keys.sources} sources the sounds of their names and ${keys.questions} questions what they count, for resolution`,
      );
    }
    const bar = progressBar('analysing');
    const started = Date.now();
    const { claims } = await reanalyseAll(db, { tolerance: config.tolerance }, (done, total) =>
      bar.update(done, total, 'claims'),
    );
    bar.done();
    console.log(
      `Analysed ${claims} claims (tolerance ${config.tolerance}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return 0;
  } finally {
    await db.close();
  }
}, USAGE);
