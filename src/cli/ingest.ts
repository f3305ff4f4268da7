import { parseArgs } from 'node:util';
import { applyMigrations } from '../graph';
import { formatIngestError, formatReport, ingest, listBundleFiles, readBundles } from '../ingest';
import { openCliDatabase } from './openCliDatabase';
import { progressBar } from './progressBar';
import { runCli } from './runCli';

const USAGE = 'usage: npm run ingest -- [--dry-run] <bundle files (.json, .jsonl) or folders...>';

runCli(async () => {
  const { values, positionals } = parseArgs({
    options: { 'dry-run': { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const { db, config } = openCliDatabase();
  try {
    // Idempotent, and makes sure the constraints that keep ids and aliases unique are there.
    await applyMigrations(db);
    const raws = readBundles(listBundleFiles(positionals));
    const bar = progressBar(values['dry-run'] ? 'checking' : 'loading');
    const started = Date.now();
    const report = await ingest(db, raws, {
      dryRun: values['dry-run'] ?? false,
      analysis: { tolerance: config.tolerance },
      onProgress: (p) =>
        raws.length > 1 && bar.update(p.bundlesDone, p.bundlesTotal, `${p.statementsDone} statements`),
    });
    bar.done();
    report.errors.forEach((e) => console.error(formatIngestError(e)));
    console.log(formatReport(report, (Date.now() - started) / 1000));
    return report.bundles.rejected > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
});
