import fs from 'node:fs';
import { stopLocalNeo4j } from '../../src/neo4jLocal';

/** Stops the throwaway Neo4j that globalSetup started, and deletes its folder. */
export async function globalTeardown(): Promise<void> {
  const server = globalThis.whosaidTestNeo4j;
  if (!server) return;
  await stopLocalNeo4j(server);
  fs.rmSync(server.home, { recursive: true, force: true });
}

export default globalTeardown;
