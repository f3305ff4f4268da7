import { loadDotEnv, readConfig, type Config } from '../config';
import { connectOptions, Database } from '../graph';
import { createLogger } from '../runtime';
import { boltUri, localNeo4jFromConfig, LocalNeo4jError, runningPid } from '../neo4jLocal';

/** The database a command-line tool works on (NEO4J_URI, else the running local Neo4j), and the configuration. */
export function openCliDatabase(): { db: Database; config: Config } {
  loadDotEnv();
  const config = readConfig();
  return {
    db: Database.create(connectOptions(config, neo4jUri(config)), createLogger(config.logLevel)),
    config,
  };
}

function neo4jUri(config: Config): string {
  if (config.neo4jUri) return config.neo4jUri;
  const local = localNeo4jFromConfig(config.local);
  if (runningPid(local) === undefined) {
    throw new LocalNeo4jError(
      'NEO4J_URI is not set and the local Neo4j is not running: start it with `npm run neo4j:start` (or `npm start`)',
    );
  }
  return boltUri(local);
}
