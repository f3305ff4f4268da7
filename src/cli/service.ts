import { refreshStaleVerdicts, type AnalysisOptions } from '../analysis';
import { startServer, type RunningServer } from '../api';
import type { Config } from '../config';
import { applyMigrations, connectOptions, Database } from '../graph';
import { formatIngestError, ingest, listBundleFiles, readBundles } from '../ingest';
import { boltUri, browserUrl, localNeo4jFromConfig, startLocalNeo4j, stopLocalNeo4j } from '../neo4jLocal';
import { projectPath, type Logger } from '../runtime';

export const SAMPLE_DATA_DIR = projectPath('data');

export interface Service {
  url: string;
  db: Database;
  /** True on the embedded default: NEO4J_URI unset, the local Neo4j used (and started, unless it ran). */
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * Starts everything `npm start` runs: Neo4j (the local one when NEO4J_URI is unset), the migrations, then
 * the HTTP server. Stopping reverses it, and stops the local Neo4j only if this service started it.
 */
export async function startService(config: Config, logger: Logger): Promise<Service> {
  let uri = config.neo4jUri;
  let stopNeo4j = async () => {};
  if (uri === undefined) {
    const local = localNeo4jFromConfig(config.local);
    logger.info('NEO4J_URI is not set: using the local Neo4j', { folder: local.home });
    const started = await startLocalNeo4j(local, (line) => logger.info(line));
    uri = boltUri(local);
    logger.info(
      started.alreadyRunning
        ? `Local Neo4j was already running (pid ${started.pid}); it stays up after the service stops`
        : `Local Neo4j started in ${started.seconds.toFixed(1)} s (pid ${started.pid})`,
      { bolt: uri, browser: browserUrl(local) },
    );
    if (!started.alreadyRunning) stopNeo4j = async () => void (await stopLocalNeo4j(local));
  }

  let db: Database | undefined;
  const state = { migrationsApplied: false };
  let server: RunningServer;
  try {
    db = Database.create(connectOptions(config, uri), logger);
    const applied = await applyMigrations(db);
    state.migrationsApplied = true;
    logger.info(`Schema migrations applied (${applied} statements)`);
    // Only on the embedded default: a server named by NEO4J_URI is never written to unless asked.
    const analysis = { tolerance: config.tolerance };
    if (config.neo4jUri === undefined) await loadSampleIfEmpty(db, logger, analysis);
    await analyseIfNeeded(db, logger);
    server = await startServer({
      db,
      state,
      logger,
      host: config.host,
      port: config.port,
      api: config.api,
      analysis,
    });
  } catch (error) {
    await db?.close();
    await stopNeo4j();
    throw error;
  }

  // A second signal while stopping, or a second call, waits for the same shutdown.
  let stopping: Promise<void> | undefined;
  return {
    url: server.url,
    db,
    embedded: config.neo4jUri === undefined,
    stop: () => (stopping ??= runAll([() => server.stop(), () => db.close(), stopNeo4j])),
  };
}

/** Loads the sample bundles in data/ into an empty database, so that a new user has something to query. */
async function loadSampleIfEmpty(db: Database, logger: Logger, analysis: AnalysisOptions): Promise<void> {
  const documents = await db.read('countDocuments', {});
  if ((documents?.count ?? 0) > 0) return;
  const report = await ingest(db, readBundles(listBundleFiles([SAMPLE_DATA_DIR])), { analysis });
  report.errors.forEach((error) => logger.error(`Sample data: ${formatIngestError(error)}`));
  logger.info(`The database was empty: loaded the sample data from ${SAMPLE_DATA_DIR}`, {
    documents: report.documents.created,
    statements: report.statements.created,
  });
}

/**
 * Claims loaded before the analysis existed have no stored verdict, and a service stopped halfway may leave
 * stale ones: they are worked out at start-up, so that filters and the contest order see every claim.
 */
async function analyseIfNeeded(db: Database, logger: Logger): Promise<void> {
  await db.writeTransaction('analysis: mark unanalysed claims', (tx) => tx.run('markUnanalysedClaims', {}));
  const started = Date.now();
  const refreshed = await refreshStaleVerdicts(db);
  if (refreshed > 0) {
    logger.info(
      `Worked out ${refreshed} claims' verdicts in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
}

/** Runs every step in order even when one fails (a failed HTTP stop must not leave Neo4j running). */
async function runAll(steps: (() => Promise<void>)[]): Promise<void> {
  const errors: unknown[] = [];
  for (const step of steps) await step().catch((error: unknown) => errors.push(error));
  if (errors.length > 0) throw errors[0];
}
