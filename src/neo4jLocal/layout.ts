import path from 'node:path';
import type { LocalNeo4jConfig } from '../config';

/** Where one local Neo4j server keeps its files. The jars (libDir) can be shared between servers. */
export interface LocalNeo4j {
  home: string;
  libDir: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  startTimeoutSeconds: number;
}

export function localNeo4jFromConfig(config: LocalNeo4jConfig): LocalNeo4j {
  return { ...config, home: config.dir, libDir: path.join(config.dir, 'lib') };
}

export const paths = (server: LocalNeo4j) => ({
  confDir: path.join(server.home, 'conf'),
  confFile: path.join(server.home, 'conf', 'neo4j.conf'),
  pidFile: path.join(server.home, 'run', 'whosaid-neo4j.pid'),
  consoleLog: path.join(server.home, 'logs', 'console.log'),
  neo4jLog: path.join(server.home, 'logs', 'neo4j.log'),
});

export const boltUri = (server: LocalNeo4j): string => `bolt://127.0.0.1:${server.boltPort}`;
export const browserUrl = (server: LocalNeo4j): string => `http://127.0.0.1:${server.httpPort}/browser/`;
