import fs from 'node:fs';
import path from 'node:path';
import { projectPath } from '../runtime';

export const CYPHER_DIR = projectPath('cypher');
// Schema migrations are not run through the query registry; fragments are spliced into queries; browser/
// holds the saved queries an analyst pastes into Neo4j Browser, which the service never runs.
const NOT_QUERIES = new Set(['migrations', 'fragments', 'browser']);
const FRAGMENTS_DIR = 'fragments';

export interface QueryFile {
  name: string;
  file: string;
  /** The first line's `:one`, `:many` or `:exec`: how many rows the query returns. */
  arity: 'one' | 'many' | 'exec';
  summary: string;
  text: string;
  /** The `$parameters` the statement uses, sorted. */
  parameters: string[];
}

/** Reads every named query under cypher/, failing fast on a missing header or a name used twice. */
export function loadQueryFiles(dir = CYPHER_DIR): Map<string, QueryFile> {
  const queries = new Map<string, QueryFile>();
  const fragments = loadFragments(path.join(dir, FRAGMENTS_DIR));
  for (const file of listCypherFiles(dir)) {
    const query = parseQueryFile(file, fragments);
    const other = queries.get(query.name);
    if (other) throw new Error(`Query name ${query.name} is used by both ${other.file} and ${file}`);
    queries.set(query.name, query);
  }
  return queries;
}

function listCypherFiles(dir: string, all = false): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return NOT_QUERIES.has(entry.name) && !all ? [] : listCypherFiles(full, all);
    return entry.name.endsWith('.cypher') ? [full] : [];
  });
}

export function parseQueryFile(file: string, fragments = new Map<string, string>()): QueryFile {
  const text = spliceFragments(fs.readFileSync(file, 'utf8'), file, fragments);
  const header = /^\/\/ :(one|many|exec) (.+)$/.exec(text.split('\n', 1)[0] ?? '');
  if (!header) {
    throw new Error(`${file} must start with a line '// :one|:many|:exec <what it answers; its parameters>'`);
  }
  return {
    name: path.basename(file, '.cypher'),
    file,
    arity: header[1] as QueryFile['arity'],
    summary: header[2] ?? '',
    text,
    parameters: cypherParameters(text),
  };
}

/**
 * Fragments (cypher/fragments/NAME.cypher, first line `// :fragment <what it binds>`) hold a rule that
 * several queries share, such as who stands on each side of a claim, so that it is written once. A query
 * takes one in with a line `// :include NAME`.
 */
function loadFragments(dir: string): Map<string, string> {
  if (!fs.existsSync(dir)) return new Map();
  return new Map(
    listCypherFiles(dir, true).map((file) => {
      const [header = '', ...body] = fs.readFileSync(file, 'utf8').split('\n');
      if (!/^\/\/ :fragment .+$/.test(header)) {
        throw new Error(`${file} must start with a line '// :fragment <what it binds, from what>'`);
      }
      return [path.basename(file, '.cypher'), body.join('\n').trimEnd()];
    }),
  );
}

/** Splices in every included fragment, and the fragments those include; a fragment may not include itself. */
function spliceFragments(
  text: string,
  file: string,
  fragments: Map<string, string>,
  including: string[] = [],
): string {
  return text.replace(/^([ \t]*)\/\/ :include (\S+)[ \t]*$/gm, (_, indent: string, name: string) => {
    const fragment = fragments.get(name);
    if (fragment === undefined)
      throw new Error(`${file} includes ${name}, but cypher/fragments/${name}.cypher does not exist`);
    if (including.includes(name))
      throw new Error(`${file}: fragment ${name} includes itself (${[...including, name].join(' > ')})`);
    return spliceFragments(fragment, file, fragments, [...including, name]).replace(/^/gm, indent);
  });
}

/** The `$name` parameters of a statement, ignoring comments and string literals. */
export function cypherParameters(text: string): string[] {
  const code = text
    .replace(/\/\/[^\n]*/g, '')
    .replace(/'(?:[^'\\]|\\.)*'/g, "''")
    .replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] as string))].sort();
}
