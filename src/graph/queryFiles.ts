import fs from 'node:fs';
import path from 'node:path';
import { projectPath } from '../projectRoot';

export const CYPHER_DIR = projectPath('cypher');
// Schema migrations are not run through the query registry.
const NOT_QUERIES = new Set(['migrations']);

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
  for (const file of listCypherFiles(dir)) {
    const query = parseQueryFile(file);
    const other = queries.get(query.name);
    if (other) throw new Error(`Query name ${query.name} is used by both ${other.file} and ${file}`);
    queries.set(query.name, query);
  }
  return queries;
}

function listCypherFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return NOT_QUERIES.has(entry.name) ? [] : listCypherFiles(full);
    return entry.name.endsWith('.cypher') ? [full] : [];
  });
}

export function parseQueryFile(file: string): QueryFile {
  const text = fs.readFileSync(file, 'utf8');
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

/** The `$name` parameters of a statement, ignoring comments and string literals. */
export function cypherParameters(text: string): string[] {
  const code = text
    .replace(/\/\/[^\n]*/g, '')
    .replace(/'(?:[^'\\]|\\.)*'/g, "''")
    .replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] as string))].sort();
}
