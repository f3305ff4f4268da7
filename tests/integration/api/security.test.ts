import { getIntrospectionQuery } from 'graphql';
import { startServer } from '../../../src/api/server';
import { MAX_ALIASES, MAX_BODY_BYTES, MAX_DEPTH, MAX_DIRECTIVES, MAX_TOKENS } from '../../../src/api/limits';
import { readConfig } from '../../../src/config';
import { connectOptions, Database } from '../../../src/graph';
import type { Logger } from '../../../src/runtime/log';
import { freePort } from '../../../src/runtime/freePort';
import type { Service } from '../../../src/cli/service';
import { graphql } from '../../support/http';
import { resetGraph, useTestGraph } from '../../support/neo4j';
import { loadSample } from '../../support/sample';
import { startTestService } from '../../support/service';
import { load } from '../ingest/helpers';

const READER_KEY = 'reader-key-0123456789';
const WRITER_KEY = 'writer-key-0123456789';
const API_KEYS = `dashboard:reader:${READER_KEY},loader:writer:${WRITER_KEY}`;
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

const HEALTH = '{ health { status } }';
const CLAIM = '{ claim(id: "clm-deaths-at-least-four") { id } }';
/** What an analyst asks of one page: both sides, their sources, statements, relays and documents. */
const ANALYST = `{
  claims(first: 20) {
    edges { node {
      id text
      supporters { source { id name memberOf { id } } statements { id quote via { id } document { id } } }
      contradictors { source { id } statements { id } }
    } }
  }
}`;

/** The first error's code and message, with the HTTP status. */
async function refusal(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const { status, body } = await graphql(url, query, variables, headers);
  const [error] = body.errors ?? [];
  return { status, code: error?.extensions?.code, message: error?.message, data: body.data };
}

/** `{ source(id: "x") { memberOf { memberOf { ... id } } } }`, `levels` fields deep in all. */
const nestedMemberships = (levels: number) =>
  `{ source(id: "src-jangaraev") { ${'memberOf { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;

describe('API keys', () => {
  const graph = useTestGraph();
  let service: Service;
  beforeAll(async () => {
    await resetGraph(graph.driver);
    await loadSample(graph.db);
    service = await startTestService({ API_KEYS });
  });
  afterAll(() => service?.stop());

  it('leaves reads open by default, with or without a known key', async () => {
    expect((await graphql(service.url, CLAIM)).body.data).toEqual({
      claim: { id: 'clm-deaths-at-least-four' },
    });
    expect((await graphql(service.url, CLAIM, {}, bearer(READER_KEY))).body.data).toEqual({
      claim: { id: 'clm-deaths-at-least-four' },
    });
  });

  it('refuses an unknown key with UNAUTHENTICATED, HTTP 401 and the scheme to use', async () => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer('not-a-key-of-this-service') },
      body: JSON.stringify({ query: CLAIM }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await response.json()).toMatchObject({
      errors: [{ message: 'the API key is not known', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });

  it.each([['Basic cmVhZGVyOnNlY3JldA=='], ['Bearer'], [`Bearer ${READER_KEY} extra`], [READER_KEY]])(
    'refuses the malformed Authorization header %p with UNAUTHENTICATED',
    async (authorization) => {
      expect(await refusal(service.url, CLAIM, {}, { authorization })).toMatchObject({
        status: 401,
        code: 'UNAUTHENTICATED',
        message: 'the Authorization header must be "Bearer <API key>"',
      });
    },
  );
});

describe('READS_NEED_KEY=true', () => {
  let service: Service;
  beforeAll(async () => {
    service = await startTestService({ API_KEYS, READS_NEED_KEY: 'true' });
  });
  afterAll(() => service?.stop());

  it('refuses a read without a key with UNAUTHENTICATED', async () => {
    expect(await refusal(service.url, HEALTH)).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
      message: 'Reading needs an API key with the reader role',
    });
  });

  it('refuses a read with an unknown key with UNAUTHENTICATED', async () => {
    expect(await refusal(service.url, HEALTH, {}, bearer('not-a-key-of-this-service'))).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });

  it('answers a reader key, and a higher role too', async () => {
    for (const key of [READER_KEY, WRITER_KEY]) {
      const { status, body } = await graphql(service.url, HEALTH, {}, bearer(key));
      expect({ status, body }).toEqual({ status: 200, body: { data: { health: { status: 'OK' } } } });
    }
  });
});

describe('limits on what one request may ask', () => {
  const graph = useTestGraph();
  let service: Service;
  beforeAll(async () => {
    await resetGraph(graph.driver);
    await loadSample(graph.db);
    service = await startTestService();
  });
  afterAll(() => service?.stop());

  it("answers an analyst's page of claims with both sides in full", async () => {
    const { status, body } = await graphql<{ claims: { edges: unknown[] } }>(service.url, ANALYST);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data?.claims.edges).toHaveLength(20);
    // A full page of 100 of them is within the limits too.
    const full = await graphql(service.url, ANALYST.replace('first: 20', 'first: 100'));
    expect(full.body.errors).toBeUndefined();
  });

  it('answers the introspection query that GraphQL tools send', async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const { status, body } = await graphql<{ __schema: { queryType: { name: string } } }>(service.url, query);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data?.__schema.queryType).toMatchObject({ name: 'Query' });
  });

  it(`answers a query ${MAX_DEPTH} fields deep and refuses one deeper`, async () => {
    expect((await graphql(service.url, nestedMemberships(MAX_DEPTH))).body.errors).toBeUndefined();
    expect(await refusal(service.url, nestedMemberships(MAX_DEPTH + 1))).toEqual({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: `Query depth limit of ${MAX_DEPTH} exceeded, found ${MAX_DEPTH + 1}.`,
      data: undefined,
    });
  });

  it(`refuses more than ${MAX_ALIASES} aliases`, async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `c${i}: claim(id: "clm-${i}") { id }`).join(' ')} }`;
    expect((await graphql(service.url, aliases(MAX_ALIASES))).body.errors).toBeUndefined();
    expect(await refusal(service.url, aliases(MAX_ALIASES + 1))).toMatchObject({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: `Aliases limit of ${MAX_ALIASES} exceeded, found ${MAX_ALIASES + 1}.`,
    });
  });

  it(`refuses more than ${MAX_DIRECTIVES} directives`, async () => {
    const query = `{ health { ${'status @include(if: true) '.repeat(MAX_DIRECTIVES + 1)} } }`;
    expect(await refusal(service.url, query)).toMatchObject({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: `Directives limit of ${MAX_DIRECTIVES} exceeded, found ${MAX_DIRECTIVES + 1}.`,
    });
  });

  it(`refuses a document of more than ${MAX_TOKENS} tokens while parsing it`, async () => {
    // `{ health { status status ... } }`: five tokens around the repeated field.
    const query = `{ health { ${'status '.repeat(MAX_TOKENS - 4)} } }`;
    expect(await refusal(service.url, query)).toMatchObject({
      status: 400,
      code: 'GRAPHQL_PARSE_FAILED',
      message: `Syntax Error: Document contains more that ${MAX_TOKENS} tokens. Parsing aborted.`,
    });
  });

  it('refuses pages nested in pages by their cost', async () => {
    const query = `{ sources(first: 100) { edges { node { id
      statements(first: 100) { edges { node { id quote } } } } } } }`;
    expect(await refusal(service.url, query)).toMatchObject({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: expect.stringMatching(/^Query Cost limit of 50000 exceeded, found \d+\.$/),
    });
  });

  it('refuses a page of 101 with BAD_USER_INPUT', async () => {
    expect(await refusal(service.url, '{ claims(first: 101) { totalCount } }')).toMatchObject({
      status: 200,
      code: 'BAD_USER_INPUT',
      message: 'first must be from 1 to 100; it was 101',
    });
  });
});

describe('the request body', () => {
  let service: Service;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(() => service?.stop());

  const post = async (body: string) => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: (await response.json()) as unknown,
    };
  };

  it(`refuses a body over ${MAX_BODY_BYTES / 1024 / 1024} MB with 413 and a JSON error`, async () => {
    const body = JSON.stringify({ query: HEALTH, variables: { padding: 'x'.repeat(MAX_BODY_BYTES) } });
    expect(await post(body)).toEqual({
      status: 413,
      type: 'application/json; charset=utf-8',
      body: {
        errors: [
          {
            message: 'The request body is larger than the limit of 16 MB',
            extensions: { code: 'PAYLOAD_TOO_LARGE' },
          },
        ],
      },
    });
  });

  it('refuses a batch of several operations with 400', async () => {
    const { status, body } = await post(JSON.stringify([{ query: HEALTH }, { query: HEALTH }]));
    expect(status).toBe(400);
    expect(body).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('refuses malformed JSON with 400 and a JSON error', async () => {
    expect(await post('{"query": "{ health { status } }"')).toEqual({
      status: 400,
      type: 'application/json; charset=utf-8',
      body: {
        errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
      },
    });
  });
});

describe('production mode (NODE_ENV=production)', () => {
  const graph = useTestGraph();
  let service: Service;
  beforeAll(async () => {
    await resetGraph(graph.driver);
    await loadSample(graph.db);
    service = await startTestService({ NODE_ENV: 'production' });
  });
  afterAll(() => service?.stop());

  it('refuses introspection', async () => {
    expect(await refusal(service.url, getIntrospectionQuery())).toMatchObject({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: expect.stringMatching(/introspection is not allowed/),
    });
  });

  it('hides field suggestions, which would reveal the schema', async () => {
    const { code, message } = await refusal(service.url, '{ claim(id: "x") { txt } }');
    expect(code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(message).toMatch(/^Cannot query field "txt" on type "Claim"\./);
    expect(message).not.toMatch(/text/);
  });

  it('keeps the message of an error raised with a code', async () => {
    expect(await refusal(service.url, '{ claims(first: 0) { totalCount } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'first must be from 1 to 100; it was 0',
    });
  });

  it('introspection is back with GRAPHQL_INTROSPECTION=true', async () => {
    const open = await startTestService({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' });
    try {
      const { body } = await graphql<{ __schema: unknown }>(open.url, getIntrospectionQuery());
      expect(body.errors).toBeUndefined();
      expect(body.data?.__schema).toBeDefined();
    } finally {
      await open.stop();
    }
  });
});

describe('an unexpected failure in production', () => {
  it('answers "Internal server error" without internals and logs the full error with the operation', async () => {
    const logged: { message: string; fields?: Record<string, unknown> }[] = [];
    const record = (message: string, fields?: Record<string, unknown>) => logged.push({ message, fields });
    const logger: Logger = { error: record, warn: record, info: () => {}, debug: () => {} };
    const config = readConfig({ ...process.env, NODE_ENV: 'production' });
    // A database that does not exist: Neo4j answers every query with DatabaseNotFound.
    const db = Database.create(
      { ...connectOptions(config, process.env.NEO4J_URI as string), database: 'nosuchdatabase' },
      logger,
    );
    const server = await startServer({
      db,
      state: { migrationsApplied: true },
      logger,
      host: '127.0.0.1',
      port: await freePort(),
      api: config.api,
      analysis: { tolerance: config.tolerance },
    });
    try {
      const { status, body } = await graphql(server.url, 'query ClaimPage { claims { totalCount } }');
      expect(status).toBe(200);
      expect(body).toEqual({
        data: null,
        errors: [
          {
            message: 'Internal server error',
            locations: [{ line: 1, column: 19 }],
            path: ['claims'],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      });
      expect(logged).toContainEqual({
        message: 'GraphQL operation failed',
        fields: expect.objectContaining({
          operation: 'ClaimPage',
          path: 'claims',
          neo4jCode: 'Neo.ClientError.Database.DatabaseNotFound',
          error: expect.stringMatching(/nosuchdatabase/),
        }),
      });
    } finally {
      await server.stop();
      await db.close();
    }
  });
});

describe('a query that Neo4j stops at the transaction timeout', () => {
  const graph = useTestGraph();
  const services: Record<string, Service> = {};
  beforeAll(async () => {
    await resetGraph(graph.driver);
    // Started on the empty graph, so that nothing they do at start-up meets the 100 ms timeout.
    services.development = await startTestService({ NEO4J_TX_TIMEOUT_MS: '100' });
    services.production = await startTestService({ NEO4J_TX_TIMEOUT_MS: '100', NODE_ENV: 'production' });
    // One source supporting 200 claims through 50 statements each (the 10,000 a bundle may hold), the first
    // 100 claims contradicting the other 100: the sides of every claim it reaches hold 5,000 derived
    // stances, 1,000,000 in all, which take Neo4j about 8 s here. Neo4j ends a transaction past its timeout
    // only when its monitor looks, every 2 s: the work must outlast that on a faster machine too, and is
    // never done to the end.
    const ids = Array.from({ length: 200 }, (_, i) => `clm-${i + 1}`);
    const report = await load(graph.db, {
      document: { id: 'doc-loud', title: 'Loud', text: 'The loud source said many things.' },
      sources: [{ id: 'src-loud', name: 'Loud', type: 'PERSON' }],
      claims: ids.map((id, i) => ({
        id,
        text: `Claim ${i + 1} about the raids.`,
        ...(i < 100 ? { contradicts: ids.slice(100) } : {}),
      })),
      statements: ids.flatMap((id) =>
        Array.from({ length: 50 }, (_, j) => ({
          id: `stm-${id}-${j}`,
          source: 'src-loud',
          stances: [{ claim: id, stance: 'SUPPORTS' }],
        })),
      ),
    });
    expect(report.errors).toEqual([]);
  });
  afterAll(async () => {
    await services.development?.stop();
    await services.production?.stop();
  });

  it.each(['development', 'production'])('answers with the code TIMEOUT in %s mode', async (mode) => {
    const query = '{ claims(filter: { sourceId: "src-loud" }, first: 1) { totalCount } }';
    expect(await refusal((services[mode] as Service).url, query)).toEqual({
      status: 200,
      code: 'TIMEOUT',
      message: expect.stringMatching(/^Neo4j stopped the query at the time limit/),
      data: null,
    });
  });
});
