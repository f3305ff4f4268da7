// @ts-check
// Writes dashboard/src/generated/operations.ts: the TypeScript types of what each of the dashboard's GraphQL
// documents (dashboard/src/operations/*.graphql) answers and takes, read from the schema (schema/*.graphql).
// `npm run generate:dashboard-types` runs it. `--check` writes nothing and fails when the file is not what
// it would write; tests/unit/dashboard/operations.test.ts runs that, so that a schema change that breaks the
// dashboard's documents or changes what they answer fails `npm test`. `--schema <dir>` reads the schema from
// another folder (the test's altered copies).
//
// graphql-js alone rather than graphql-codegen: the documents use a small part of GraphQL, and a page of code
// that refuses the rest out loud (interfaces, fragment spreads on unions, @skip/@include) is easier to trust
// than a tool and its plugins. A union field is typed from its inline fragments on members (see `union`).
// Scalars: ID and String are string, Int and Float number, Boolean boolean, JSON unknown (a bundle is
// whatever the bundle format allows; the service checks it). A scalar not in SCALARS stops the generator
// when a document uses it, so that nothing is typed by accident.
import fs from 'node:fs';
import path from 'node:path';
import {
  GraphQLError,
  Kind,
  NoUnusedFragmentsRule,
  Source,
  buildASTSchema,
  concatAST,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  parse,
  print,
  specifiedRules,
  typeFromAST,
  validate,
} from 'graphql';
import * as prettier from 'prettier';

/** @typedef {import('graphql').DocumentNode} DocumentNode */
/** @typedef {import('graphql').GraphQLSchema} Schema */
/** @typedef {import('graphql').GraphQLNamedType} NamedType */
/** @typedef {import('graphql').GraphQLObjectType} ObjectType */
/** @typedef {import('graphql').GraphQLOutputType} OutputType */
/** @typedef {import('graphql').GraphQLInputType} InputType */
/** @typedef {import('graphql').FieldNode} FieldNode */
/** @typedef {import('graphql').SelectionNode} SelectionNode */
/** @typedef {import('graphql').FragmentDefinitionNode} FragmentNode */
/** @typedef {{ file: string, document: DocumentNode }} NamedDocument */

const here = import.meta.dirname;
const root = path.dirname(here);
const OPERATIONS_DIR = path.join(here, 'src', 'operations');
const OUTPUT = path.join(here, 'src', 'generated', 'operations.ts');
const COMMAND = 'npm run generate:dashboard-types';

/** @type {Record<string, string>} */
const SCALARS = {
  ID: 'string',
  String: 'string',
  Int: 'number',
  Float: 'number',
  Boolean: 'boolean',
  JSON: 'unknown',
};

/** Every .graphql file in `dir`, parsed, sorted by name so that the output does not depend on the disk. */
function readDocuments(/** @type {string} */ dir) {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({
      file,
      // Named after the file, so that a syntax error says where it is.
      document: parse(new Source(fs.readFileSync(path.join(dir, file), 'utf8'), file)),
    }));
}

/**
 * What is wrong with the documents, a line a problem. Each file is validated as the dashboard sends it; a
 * file of fragments only (agreementQuery's) without the unused-fragment rule, since the query spreading them
 * is built at run time (the test validates that one).
 */
function problems(/** @type {Schema} */ schema, /** @type {NamedDocument[]} */ documents) {
  /** @type {string[]} */
  const found = [];
  /** @type {Map<string, { file: string, text: string }>} */
  const fragments = new Map();
  for (const { file, document } of documents) {
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const what = operations[0]?.name?.value ?? 'fragments';
    const rules =
      operations.length > 0 ? specifiedRules : specifiedRules.filter((r) => r !== NoUnusedFragmentsRule);
    for (const error of validate(schema, document, rules)) {
      const at = (error.locations ?? []).map((l) => `${l.line}:${l.column}`).join(', ');
      found.push(`${file} (${what}): ${error.message}${at ? ` (line:column ${at})` : ''}`);
    }
    // The dashboard sends a file whole, without an operation name: one operation a file, and named, since
    // its types are named after it.
    if (operations.length > 1) found.push(`${file}: ${operations.length} operations; keep one a file`);
    if (operations.length === 1 && !operations[0]?.name) found.push(`${file}: the operation has no name`);
    // A fragment each file must carry (Quantity) gets one type, which fits only if the copies agree.
    for (const d of document.definitions) {
      if (d.kind !== Kind.FRAGMENT_DEFINITION) continue;
      const seen = fragments.get(d.name.value);
      if (!seen) fragments.set(d.name.value, { file, text: print(d) });
      else if (seen.text !== print(d))
        found.push(`${file}: fragment ${d.name.value} is not as in ${seen.file}`);
    }
  }
  return found;
}

/** The TypeScript source of the types, before prettier lays it out. */
function typesSource(/** @type {Schema} */ schema, /** @type {NamedDocument[]} */ documents) {
  /** @type {Map<string, FragmentNode>} */
  const fragments = new Map();
  for (const { document } of documents)
    for (const d of document.definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  /** Enums and input types the documents use, declared once each at the top. @type {Set<string>} */
  const named = new Set();

  const leaf = (/** @type {NamedType} */ type, /** @type {string} */ where) => {
    if (isEnumType(type) || isInputObjectType(type)) {
      named.add(type.name);
      return type.name;
    }
    const ts = SCALARS[type.name];
    if (!ts) throw new Error(`${where}: scalar ${type.name} has no TypeScript type; give it one in SCALARS`);
    return ts;
  };

  /** The fields an object type's selections ask for, by response key, spreads and inline fragments merged. */
  const collect = (
    /** @type {readonly SelectionNode[]} */ selections,
    /** @type {Map<string, FieldNode[]>} */ into,
    /** @type {string} */ where,
  ) => {
    for (const s of selections) {
      if (s.directives?.some((d) => d.name.value === 'skip' || d.name.value === 'include'))
        throw new Error(`${where}: @skip and @include are not supported (the field might be missing)`);
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        into.set(key, [...(into.get(key) ?? []), s]);
      } else {
        // Within an object type, a fragment that validates always applies: its condition is that type or an
        // interface or union holding it. So its fields are simply this type's fields.
        const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : fragments.get(s.name.value);
        if (fragment) collect(fragment.selectionSet.selections, into, where);
      }
    }
    return into;
  };

  /**
   * `{ key: type; ... }` for selections on an object type; `__typename` only when asked, as its name.
   * @param {ObjectType} type @param {readonly SelectionNode[]} selections @param {string} where
   * @returns {string}
   */
  function object(type, selections, where) {
    const members = [...collect(selections, new Map(), where)].map(([key, nodes]) => {
      const name = nodes[0]?.name.value ?? key;
      if (name === '__typename') return `${key}: '${type.name}'`;
      const field = type.getFields()[name];
      if (!field) throw new Error(`${where}: no field ${name}`); // validation has already said so
      return `${key}: ${output(field.type, nodes, `${where}.${key}`)}`;
    });
    return `{ ${members.join('; ')} }`;
  }

  /**
   * A field's type in the answer: non-null as is, nullable `| null`, lists as arrays.
   * @param {OutputType} type @param {FieldNode[]} nodes @param {string} where @returns {string}
   */
  function output(type, nodes, where) {
    const inner = isNonNullType(type) ? type.ofType : type;
    let ts;
    if (isListType(inner)) {
      const element = output(inner.ofType, nodes, where);
      ts = isNonNullType(inner.ofType) ? `${element}[]` : `(${element})[]`;
    } else if (isObjectType(inner)) {
      const selections = nodes.flatMap((n) => n.selectionSet?.selections ?? []);
      // A field that only spreads a fragment is typed by the fragment's name, which the pages use too.
      const only = selections.length === 1 ? selections[0] : undefined;
      ts =
        only?.kind === Kind.FRAGMENT_SPREAD && !only.directives?.length
          ? `${only.name.value}Fragment`
          : object(inner, selections, where);
    } else if (isUnionType(inner)) {
      ts = union(inner, nodes, where);
    } else if (isAbstractType(inner)) {
      throw new Error(`${where}: ${inner.name} is an interface, which the generator does not handle yet`);
    } else {
      ts = leaf(inner, where);
    }
    return isNonNullType(type) ? ts : `${ts} | null`;
  }

  /**
   * A union field's type in the answer: one object type a member, from `__typename` (when asked, it is in
   * each) and the inline fragments on that member (`... on Source { id name }`). A member no fragment
   * selects answers `{}`, which says nothing: it is typed `{ __typename: 'Claim' }` when `__typename` is
   * asked, and refused otherwise. Fragment spreads and inline fragments on anything but a member (the union
   * itself, an interface) are refused too.
   * @param {import('graphql').GraphQLUnionType} type @param {FieldNode[]} nodes @param {string} where
   * @returns {string}
   */
  function union(type, nodes, where) {
    /** @type {SelectionNode[]} */
    const shared = [];
    /** @type {Map<string, SelectionNode[]>} */
    const byMember = new Map(type.getTypes().map((member) => [member.name, []]));
    for (const s of nodes.flatMap((n) => n.selectionSet?.selections ?? [])) {
      if (s.directives?.some((d) => d.name.value === 'skip' || d.name.value === 'include'))
        throw new Error(`${where}: @skip and @include are not supported (the field might be missing)`);
      if (s.kind === Kind.FIELD) {
        shared.push(s); // only __typename validates here
      } else if (
        s.kind === Kind.INLINE_FRAGMENT &&
        s.typeCondition &&
        byMember.has(s.typeCondition.name.value)
      ) {
        byMember.get(s.typeCondition.name.value)?.push(...s.selectionSet.selections);
      } else {
        throw new Error(
          `${where}: on the union ${type.name}, only __typename and inline fragments on its members (\`... on ` +
            `${type.getTypes()[0]?.name ?? 'Member'} { ... }\`) are supported`,
        );
      }
    }
    const typename = shared.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename');
    // In parentheses, so that `[]` and `| null` apply to the whole union.
    const members = type.getTypes().map((member) => {
      const own = byMember.get(member.name) ?? [];
      if (own.length === 0 && !typename)
        throw new Error(
          `${where}: ${member.name} of the union ${type.name} is selected by no fragment; select it or ask for __typename`,
        );
      return object(member, [...shared, ...own], `${where}<${member.name}>`);
    });
    return `(${members.join(' | ')})`;
  }

  /**
   * A variable's or input field's type, as `output` does it for answers.
   * @param {InputType} type @param {string} where @returns {string}
   */
  function input(type, where) {
    const inner = isNonNullType(type) ? type.ofType : type;
    let ts;
    if (isListType(inner)) {
      const element = input(inner.ofType, where);
      ts = isNonNullType(inner.ofType) ? `${element}[]` : `(${element})[]`;
    } else {
      ts = leaf(inner, where);
    }
    return isNonNullType(type) ? ts : `${ts} | null`;
  }
  /** A variable or input field: optional when it may be left out (nullable, or with a default). */
  const member = (
    /** @type {string} */ name,
    /** @type {InputType} */ type,
    /** @type {unknown} */ fallback,
    /** @type {string} */ where,
  ) => `${name}${isNonNullType(type) && fallback === undefined ? '' : '?'}: ${input(type, where)}`;

  const body = [];
  const emitted = new Set();
  for (const { file, document } of documents) {
    body.push(`\n// ${file}`);
    for (const d of document.definitions) {
      if (d.kind === Kind.OPERATION_DEFINITION && d.name) {
        const name = `${d.name.value}${d.operation[0]?.toUpperCase()}${d.operation.slice(1)}`;
        const rootType = schema.getRootType(d.operation);
        if (!rootType) throw new Error(`${file}: the schema has no ${d.operation} type`);
        body.push(`export type ${name} = ${object(rootType, d.selectionSet.selections, name)};`);
        const variables = (d.variableDefinitions ?? []).map((v) => {
          const type = /** @type {InputType} */ (typeFromAST(schema, v.type));
          return member(v.variable.name.value, type, v.defaultValue ?? undefined, `${name}Variables`);
        });
        body.push(
          `export type ${name}Variables = ${variables.length ? `{ ${variables.join('; ')} }` : 'Record<string, never>'};`,
        );
      } else if (d.kind === Kind.FRAGMENT_DEFINITION && !emitted.has(d.name.value)) {
        emitted.add(d.name.value);
        const name = `${d.name.value}Fragment`;
        const type = schema.getType(d.typeCondition.name.value);
        if (!isObjectType(type))
          throw new Error(
            `${file}: fragment ${d.name.value} is not on an object type, which the generator does not handle yet`,
          );
        body.push(`export type ${name} = ${object(type, d.selectionSet.selections, name)};`);
      }
    }
  }

  // Input types can name further input types and enums: declare until none is left undeclared.
  /** @type {Map<string, string>} */
  const declared = new Map();
  for (let next = [...named]; next.length > 0; next = [...named].filter((n) => !declared.has(n))) {
    for (const name of next) {
      const type = schema.getType(name);
      if (isEnumType(type)) {
        declared.set(
          name,
          `export type ${name} = ${type
            .getValues()
            .map((v) => `'${v.name}'`)
            .join(' | ')};`,
        );
      } else if (isInputObjectType(type)) {
        const fields = Object.values(type.getFields()).map((f) =>
          member(f.name, f.type, f.defaultValue, name),
        );
        declared.set(name, `export type ${name} = { ${fields.join('; ')} };`);
      }
    }
  }
  const declarations = [...declared.keys()].sort().map((name) => declared.get(name));

  return [
    `// Generated by \`${COMMAND}\` (dashboard/generateTypes.mjs) from schema/*.graphql and`,
    '// dashboard/src/operations/*.graphql: do not edit it, change those and run the command again.',
    '',
    '// Enums and input types the operations use',
    ...declarations,
    ...body,
    '',
  ].join('\n');
}

/** The file as `npm run generate:dashboard-types` writes it, laid out by prettier so that lint passes. */
async function generate(/** @type {string} */ schemaDir) {
  const schema = buildASTSchema(concatAST(readDocuments(schemaDir).map((d) => d.document)));
  const documents = readDocuments(OPERATIONS_DIR);
  const found = problems(schema, documents);
  if (found.length > 0) {
    throw new Error(
      `The dashboard's GraphQL does not fit the schema:\n${found.map((line) => `  ${line}`).join('\n')}`,
    );
  }
  const options = await prettier.resolveConfig(OUTPUT);
  return prettier.format(typesSource(schema, documents), { ...options, filepath: OUTPUT });
}

const args = process.argv.slice(2);
const schemaArg = args.indexOf('--schema');
const schemaDir = schemaArg >= 0 ? path.resolve(args[schemaArg + 1] ?? '') : path.join(root, 'schema');
const shown = path.relative(root, OUTPUT);
try {
  const source = await generate(schemaDir);
  if (args.includes('--check')) {
    const current = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : '';
    if (current !== source)
      throw new Error(`${shown} is not what the schema and the operations give: run ${COMMAND}`);
    console.log(`${shown} is up to date.`);
  } else {
    fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
    fs.writeFileSync(OUTPUT, source);
    console.log(`Wrote ${shown}.`);
  }
} catch (error) {
  // A GraphQLError (a syntax error) prints with its file, line and column.
  console.error(
    error instanceof GraphQLError ? error.toString() : error instanceof Error ? error.message : error,
  );
  process.exitCode = 1;
}
