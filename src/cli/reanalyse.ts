import { reanalyseAll } from '../analysis';
import { applyMigrations } from '../graph';
import { openCliDatabase } from './openCliDatabase';
import { progressBar } from './progressBar';
import { runCli } from './runCli';

const USAGE = 'usage: npm run reanalyse (after changing ANALYSIS_TOLERANCE in .env)';

/**
 * Recomputes every figure relation and verdict with the configured ANALYSIS_TOLERANCE: run it after
 * changing the tolerance. Loading keeps the analysis up to date otherwise.
 */
void runCli(async () => {
  const { db, config } = openCliDatabase();
  try {
    await applyMigrations(db);
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
