import fs from 'node:fs';
import { projectPath } from '../runtime';
import { paths, type LocalNeo4j } from './layout';

const TEMPLATE = projectPath('neo4j', 'neo4j.conf.template');

/** Writes the server's neo4j.conf from neo4j/neo4j.conf.template and makes its folders. */
export function writeNeo4jConf(server: LocalNeo4j): void {
  const values: Record<string, string> = {
    HOME: server.home,
    BOLT_PORT: String(server.boltPort),
    HTTP_PORT: String(server.httpPort),
    HEAP: server.heap,
    PAGECACHE: server.pageCache,
  };
  const text = fs.readFileSync(TEMPLATE, 'utf8').replace(/\$\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${TEMPLATE} uses \${${name}}, which has no value`);
    return value;
  });
  for (const dir of ['conf', 'data', 'logs', 'run', 'import']) {
    fs.mkdirSync(`${server.home}/${dir}`, { recursive: true });
  }
  fs.writeFileSync(paths(server).confFile, text);
}
