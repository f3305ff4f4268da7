import { parseArgs } from 'node:util';
import { applyMigrations } from '../graph';
import { formatIngestError, formatReport, ingest, listBundleFiles, readBundles } from '../ingest';
import { openCliDatabase } from './openCliDatabase';
import { progressBar } from './progressBar';
import { CliInputError, runCli } from './runCli';

const USAGE = 'usage: npm run ingest -- [--dry-run] <bundle files (.json, .jsonl) or folders...>';

void runCli(async () => {
  const { values, positionals } = parseArgs({
    options: { 'dry-run': { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const raws = readBundles(listInputs(positionals));
  const { db, config } = openCliDatabase();
  try {
    // Idempotent, and makes sure the constraints that keep ids and aliases unique are there.
    await applyMigrations(db);
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
    report.warnings.forEach((w) => console.error(`warning: ${formatIngestError(w)}`));
    console.log(formatReport(report, (Date.now() - started) / 1000));
    return report.bundles.rejected > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}, USAGE);

/** The bundle files named, read before Neo4j is reached, so that a mistyped path is told at once. */
function listInputs(paths: string[]): string[] {
  try {
    return listBundleFiles(paths);
  } catch (error) {
    throw new CliInputError((error as Error).message, { cause: error });
  }
}
