import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  Kind,
  NoUnusedFragmentsRule,
  Source,
  buildASTSchema,
  concatAST,
  parse,
  print,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type FieldDefinitionNode,
  type GraphQLSchema,
} from 'graphql';
import { agreementQuery } from '../../../dashboard/src/agreementQuery';

// The dashboard's GraphQL (dashboard/src/operations/*.graphql, and the query agreementQuery builds) against
// the schema (schema/*.graphql), so that a schema change that breaks the dashboard fails `npm test`: each
// document is validated here with graphql-js, and dashboard/generateTypes.mjs --check fails when the types
// the pages are compiled with (dashboard/src/generated/operations.ts) are not what the schema now gives.

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SCHEMA_DIR = path.join(ROOT, 'schema');
const OPERATIONS_DIR = path.join(ROOT, 'dashboard', 'src', 'operations');
const GENERATOR = path.join(ROOT, 'dashboard', 'generateTypes.mjs');

const graphqlFiles = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort();

function schemaDocument(): DocumentNode {
  return concatAST(
    graphqlFiles(SCHEMA_DIR).map((f) => parse(fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8'))),
  );
}

/**
 * graphql-js's complaints about one document, each naming the document's file and operation. A file of
 * fragments only (what agreementQuery asks of each pair) is checked without the unused-fragment rule: the
 * query that spreads them is checked whole below.
 */
function problems(schema: GraphQLSchema, file: string, text: string): string[] {
  const document = parse(new Source(text, file));
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const rules =
    operations.length > 0 ? specifiedRules : specifiedRules.filter((r) => r !== NoUnusedFragmentsRule);
  const name = operations[0]?.name?.value ?? 'fragments';
  return validate(schema, document, rules).map((error) => `${file} (${name}): ${error.message}`);
}

function allProblems(schema: GraphQLSchema): string[] {
  return graphqlFiles(OPERATIONS_DIR).flatMap((file) =>
    problems(schema, file, fs.readFileSync(path.join(OPERATIONS_DIR, file), 'utf8')),
  );
}

/** dashboard/generateTypes.mjs --check, against the schema in `schemaDir`. */
function checkTypes(schemaDir = SCHEMA_DIR): { ok: boolean; output: string } {
  const run = spawnSync(process.execPath, [GENERATOR, '--check', '--schema', schemaDir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

/** The schema with one field of one object type changed, written to a folder of its own. */
function alteredSchema(type: string, field: string, change: (f: FieldDefinitionNode) => FieldDefinitionNode) {
  let found = false;
  const altered = visit(schemaDocument(), {
    ObjectTypeDefinition(node) {
      if (node.name.value !== type) return undefined;
      const fields = node.fields?.map((f) => {
        if (f.name.value !== field) return f;
        found = true;
        return change(f);
      });
      return { ...node, fields };
    },
  });
  // Else the checks below would pass for want of the field, not because they catch the change.
  if (!found) throw new Error(`The schema has no ${type}.${field} to change: pick another field`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-schema-'));
  fs.writeFileSync(path.join(dir, 'schema.graphql'), print(altered));
  return { dir, schema: buildASTSchema(altered) };
}

const schema = buildASTSchema(schemaDocument());

describe("the dashboard's GraphQL fits the schema", () => {
  test.each(graphqlFiles(OPERATIONS_DIR))('%s', (file) => {
    const found = problems(schema, file, fs.readFileSync(path.join(OPERATIONS_DIR, file), 'utf8'));
    if (found.length > 0) throw new Error(found.join('\n'));
  });

  test.each([1, 2, 15])('the agreement query for %i pairs', (count) => {
    // Ids as the page writes them in (GraphQL string literals), quotes and accents among them.
    const ids = ['src-akaev', 'src-res-publica', 'o\'brien "the elder"', 'src-\u00e9', 'src-x', 'src-y'];
    const pairs = ids
      .flatMap((a, i) => ids.slice(i + 1).map((b): [string, string] => [a, b]))
      .slice(0, count);
    const fragments = fs.readFileSync(path.join(OPERATIONS_DIR, 'AgreementPair.graphql'), 'utf8');
    const text = agreementQuery(pairs, JSON.stringify, fragments);
    const found = problems(schema, 'agreementQuery', text);
    if (found.length > 0) throw new Error(`${found.join('\n')}\n\nin:\n${text}`);
    expect(text.match(/\bp\d+: agreement\(/g)).toHaveLength(count);
  });

  test('no dashboard source writes GraphQL of its own outside operations/', () => {
    const sources = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return sources(full);
        return /\.tsx?$/.test(entry.name) ? [full] : [];
      });
    const writers = sources(path.join(ROOT, 'dashboard', 'src'))
      .filter((file) => !file.endsWith(path.join('src', 'agreementQuery.ts')))
      .filter((file) =>
        /[`'"]\s*(query|mutation|subscription|fragment)\s+\w+/.test(fs.readFileSync(file, 'utf8')),
      )
      .map((file) => path.relative(ROOT, file));
    expect(writers).toEqual([]);
  });

  test('dashboard/src/generated/operations.ts is up to date', () => {
    const { ok, output } = checkTypes();
    if (!ok) throw new Error(output);
  });
});

// The two checks above catch what they are for: a document the schema no longer answers, and an answer of
// another type.
describe('the checks catch a schema change', () => {
  test('a renamed field fails validation, naming the operation', () => {
    const { dir, schema: renamed } = alteredSchema('Claim', 'text', (f) => ({
      ...f,
      name: { ...f.name, value: 'wording' },
    }));
    try {
      expect(allProblems(renamed)).toContain(
        'Claims.graphql (Claims): Cannot query field "text" on type "Claim".',
      );
      const { ok, output } = checkTypes(dir);
      expect(ok).toBe(false);
      expect(output).toContain('Claims.graphql (Claims): Cannot query field "text" on type "Claim".');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a field that becomes nullable leaves the documents valid but the types stale', () => {
    const { dir, schema: loosened } = alteredSchema('Claim', 'text', (f) => ({
      ...f,
      type: f.type.kind === Kind.NON_NULL_TYPE ? f.type.type : f.type,
    }));
    try {
      expect(allProblems(loosened)).toEqual([]);
      const { ok, output } = checkTypes(dir);
      expect(ok).toBe(false);
      expect(output).toContain('run npm run generate:dashboard-types');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
