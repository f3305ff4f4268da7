import path from 'node:path';
import type { Config } from '../config';
import { freePort } from '../runtime';
import { boltUri, localNeo4jFromConfig } from './layout';
import { startLocalNeo4j, stopLocalNeo4j } from './server';

export const secondsSince = (t: number) => ((Date.now() - t) / 1000).toFixed(1);

/**
 * The Neo4j a benchmark or an evaluation runs against: the one NEO4J_URI names, or a throwaway local one in
 * `work` (heap 1 GB or BENCH_HEAP, page cache 512 MB) that is stopped after `run`, whatever happens.
 */
export async function withThrowawayNeo4j<T>(
  config: Config,
  work: string,
  run: (uri: string) => Promise<T>,
): Promise<T> {
  if (config.neo4jUri !== undefined) return run(config.neo4jUri);
  const server = {
    ...localNeo4jFromConfig(config.local),
    home: path.join(work, 'neo4j'),
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: process.env.BENCH_HEAP ?? '1g',
    pageCache: '512m',
  };
  const t = Date.now();
  await startLocalNeo4j(server, console.log);
  console.log(
    `Started a throwaway Neo4j (heap ${server.heap}, page cache ${server.pageCache}) in ${secondsSince(t)} s`,
  );
  try {
    return await run(boltUri(server));
  } finally {
    await stopLocalNeo4j(server);
  }
}
