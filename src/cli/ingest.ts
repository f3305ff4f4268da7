import { parseArgs } from 'node:util';
import { loadDotEnv, readConfig } from '../config';
import { applyMigrations, connectOptions, Database } from '../graph';
import { formatIngestError, ingest, listBundleFiles, readBundles, type IngestReport } from '../ingest';
import { createLogger } from '../log';
import { boltUri, localNeo4jFromConfig, runningPid } from '../neo4jLocal';
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
  loadDotEnv();
  const config = readConfig();
  const db = Database.create(connectOptions(config, neo4jUri(config)), createLogger(config.logLevel));
  try {
    // Idempotent, and makes sure the constraints that keep ids and aliases unique are there.
    await applyMigrations(db);
    const raws = readBundles(listBundleFiles(positionals));
    const bar = progressBar(values['dry-run'] ? 'checking' : 'loading');
    const started = Date.now();
    const report = await ingest(db, raws, {
      dryRun: values['dry-run'] ?? false,
      onProgress: (p) =>
        raws.length > 1 && bar.update(p.bundlesDone, p.bundlesTotal, `${p.statementsDone} statements`),
    });
    bar.done();
    report.errors.forEach((e) => console.error(formatIngestError(e)));
    console.log(summary(report, (Date.now() - started) / 1000));
    return report.bundles.rejected > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
});

/** NEO4J_URI, else the local Neo4j, which must be running (`npm start` or `npm run neo4j:start`). */
function neo4jUri(config: ReturnType<typeof readConfig>): string {
  if (config.neo4jUri) return config.neo4jUri;
  const local = localNeo4jFromConfig(config.local);
  if (runningPid(local) === undefined) {
    throw new Error(
      'NEO4J_URI is not set and the local Neo4j is not running: start it with `npm run neo4j:start`',
    );
  }
  return boltUri(local);
}

export function summary(report: IngestReport, seconds: number): string {
  const row = (name: string, t: { created: number; updated: number; unchanged: number; rejected: number }) =>
    `  ${name.padEnd(11)} ${[t.created, t.updated, t.unchanged, t.rejected].map((n) => String(n).padStart(10)).join('')}`;
  return [
    `${report.dryRun ? 'Dry run (nothing written): ' : ''}${report.bundles.loaded} of ${report.bundles.read} bundles ${report.dryRun ? 'would load' : 'loaded'}, ${report.bundles.rejected} rejected, in ${seconds.toFixed(1)} s`,
    `  ${''.padEnd(11)} ${['created', 'updated', 'unchanged', 'rejected'].map((h) => h.padStart(10)).join('')}`,
    row('documents', report.documents),
    row('sources', report.sources),
    row('claims', report.claims),
    `${row('statements', report.statements)}   (${report.statements.removed} removed)`,
  ].join('\n');
}
