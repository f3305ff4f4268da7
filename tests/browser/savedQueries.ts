import fs from 'node:fs';
import path from 'node:path';

import { cypherParameters } from '../../src/graph';
import { projectPath } from '../../src/runtime/projectRoot';

export const SAVED_QUERIES_DIR = projectPath('cypher', 'browser');
export const STYLE_FILE = projectPath('neo4j', 'whosaid.grass');

export interface SavedQuery {
  name: string;
  file: string;
  text: string;
  /** What the query answers: its first line, before the parameter hints. */
  summary: string;
  /** The `:param name => 'value'` commands of the first line, to run in Browser before the query. */
  paramCommands: string[];
  /** The same parameters, to pass to a driver. */
  params: Record<string, string>;
}

// `// what it answers; :param a => 'x', :param b => 'y'` or `// what it answers; no parameters`.
const HEADER = /^\/\/ (.+); (no parameters|:param .+)$/;
const PARAM_HINT = /^:param ([A-Za-z_][A-Za-z0-9_]*) => '([^'\\]*)'$/;

/** Every saved query of cypher/browser/, sorted by name, failing on a header that does not say its parameters. */
export function readSavedQueries(dir = SAVED_QUERIES_DIR): SavedQuery[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => parseSavedQuery(path.join(dir, file)));
}

export function parseSavedQuery(file: string): SavedQuery {
  const text = fs.readFileSync(file, 'utf8');
  const header = HEADER.exec(text.split('\n', 1)[0] ?? '');
  if (!header) {
    throw new Error(
      `${file} must start with '// <what it answers>; :param name => '<value for the sample>'' (or '; no parameters')`,
    );
  }
  const [, summary = '', hints = ''] = header;
  const paramCommands = hints === 'no parameters' ? [] : hints.split(', ');
  const params: Record<string, string> = {};
  for (const command of paramCommands) {
    const hint = PARAM_HINT.exec(command);
    if (!hint) throw new Error(`${file}: ${command} is not ':param name => '<value>''`);
    params[hint[1] as string] = hint[2] as string;
  }
  const used = cypherParameters(text);
  const hinted = Object.keys(params).sort();
  if (used.join() !== hinted.join()) {
    throw new Error(
      `${file} uses the parameters [${used.join(', ')}] but its header gives [${hinted.join(', ')}]`,
    );
  }
  return { name: path.basename(file, '.cypher'), file, text, summary, paramCommands, params };
}
