import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../../src/config';
import { localNeo4jFromConfig, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4jLocal';
import { freePort } from '../../src/runtime/freePort';

declare global {
  var whosaidTestNeo4j: LocalNeo4j | undefined;
}

/**
 * Starts a throwaway Neo4j for the whole run, on free ports with its own data folder, unless NEO4J_URI names
 * a server to use instead. Test files (and the service they start) find it through NEO4J_URI.
 */
export async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    console.log(`\nTests use the Neo4j at ${process.env.NEO4J_URI} (NEO4J_URI); its data will be replaced.`);
    return;
  }
  const cache = localNeo4jFromConfig(readConfig().local);
  const server: LocalNeo4j = {
    ...cache,
    home: fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-test-neo4j-')),
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: '512m',
    pageCache: '64m',
  };
  globalThis.whosaidTestNeo4j = server;
  const started = await startLocalNeo4j(server, (line) => console.log(line));
  console.log(`\nTest Neo4j started in ${started.seconds.toFixed(1)} s on Bolt port ${server.boltPort}.`);
  process.env.NEO4J_URI = `bolt://127.0.0.1:${server.boltPort}`;
  process.env.NEO4J_HTTP_URL = `http://127.0.0.1:${server.httpPort}`;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = '';
}

export default globalSetup;
