import { startServer, type RunningServer } from './api/server';
import type { Config } from './config';
import { applyMigrations, connectOptions, Database } from './graph';
import type { Logger } from './log';
import { boltUri, browserUrl, localNeo4jFromConfig, startLocalNeo4j, stopLocalNeo4j } from './neo4jLocal';

export interface Service {
  url: string;
  db: Database;
  /** True when the service started the local Neo4j itself (the embedded default). */
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

  const db = Database.create(connectOptions(config, uri), logger);
  const state = { migrationsApplied: false };
  let server: RunningServer;
  try {
    const applied = await applyMigrations(db);
    state.migrationsApplied = true;
    logger.info(`Schema migrations applied (${applied} statements)`);
    server = await startServer({ db, state, logger, host: config.host, port: config.port });
  } catch (error) {
    await db.close();
    await stopNeo4j();
    throw error;
  }

  return {
    url: server.url,
    db,
    embedded: config.neo4jUri === undefined,
    stop: async () => {
      await server.stop();
      await db.close();
      await stopNeo4j();
    },
  };
}
