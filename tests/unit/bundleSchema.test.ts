import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

// The JSON Schema of bundle format v1, compiled with Ajv's draft 2020-12 validator in strict mode (the schema
// must use no unknown keywords), reporting every error, with the formats from ajv-formats.

type Json = Record<string, unknown>;

const repoRoot = join(__dirname, '..', '..');
const readJson = (...segments: string[]): unknown =>
  JSON.parse(readFileSync(join(repoRoot, ...segments), 'utf8')) as unknown;

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(readJson('schema', 'bundle.v1.schema.json') as Json);

/** Every validation error as `instancePath message`; empty when the bundle is valid. */
function errorsFor(bundle: unknown): string[] {
  if (validate(bundle)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

function omit(object: Json, key: string): Json {
  return Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));
}

const baseSource: Json = {
  id: 'src-interior-ministry',
  name: 'Kyrgyz Interior Ministry',
  type: 'GOVERNMENT',
};
const baseClaim: Json = { id: 'clm-deaths-none', text: 'Nobody died as a result of the raids.' };
const baseStatement: Json = {
  source: 'src-interior-ministry',
  stances: [{ claim: 'clm-deaths-none', stance: 'SUPPORTS' }],
};

/** A small valid bundle with one source, claim and statement; each part can be amended. */
function bundleWith(
  parts: { document?: Json; source?: Json; claim?: Json; statement?: Json } = {},
): Json & { sources: Json[]; claims: Json[]; statements: Json[] } {
  return {
    document: { id: 'doc-1', text: 'The ministry said nobody died.', ...parts.document },
    sources: [{ ...baseSource, ...parts.source }],
    claims: [{ ...baseClaim, ...parts.claim }],
    statements: [{ ...baseStatement, ...parts.statement }],
  };
}

describe('bundle format v1 schema', () => {
  it('accepts the hand-annotated RFE/RL sample bundle', () => {
    expect(errorsFor(readJson('data', 'rferl-kyrgyzstan-raids.json'))).toEqual([]);
  });

  it('accepts a minimal bundle with an empty document and no lists', () => {
    expect(errorsFor({ document: {} })).toEqual([]);
  });

  it('accepts the small test bundle, so the rejections below are caused by the amended field alone', () => {
    expect(errorsFor(bundleWith())).toEqual([]);
  });

  it('accepts the optional self-identification fields', () => {
    expect(
      errorsFor({
        $schema: 'https://whosaid.dev/schema/bundle.v1.schema.json',
        format: 'whosaid.bundle/v1',
        document: {},
      }),
    ).toEqual([]);
  });

  it('rejects a bundle that announces another format', () => {
    expect(errorsFor({ format: 'whosaid.bundle/v2', document: {} })).toEqual([
      '/format must be equal to constant',
    ]);
  });

  it('rejects a misspelled field at its path', () => {
    const bundle = bundleWith();
    bundle.statements = [{ ...omit(baseStatement, 'source'), speaker: 'src-interior-ministry' }];

    expect(errorsFor(bundle)).toEqual([
      "/statements/0 must have required property 'source'",
      '/statements/0 must NOT have additional properties',
    ]);
    expect(validate.errors?.[1]?.params).toEqual({ additionalProperty: 'speaker' });
  });

  it('rejects unknown enum values for type, affiliation, reliability and stance at their paths', () => {
    const bundle = bundleWith({
      source: { type: 'PEOPLE', affiliation: 'REBELS', reliability: 'G' },
      statement: { stances: [{ claim: 'clm-deaths-none', stance: 'DENIES' }] },
    });

    expect(errorsFor(bundle)).toEqual([
      '/sources/0/type must be equal to one of the allowed values',
      '/sources/0/affiliation must be equal to one of the allowed values',
      '/sources/0/reliability must be equal to one of the allowed values',
      '/statements/0/stances/0/stance must be equal to one of the allowed values',
    ]);
  });

  it('rejects missing required fields: source name, claim text, statement stances', () => {
    const bundle = bundleWith();
    bundle.sources = [omit(baseSource, 'name')];
    bundle.claims = [omit(baseClaim, 'text')];
    bundle.statements = [omit(baseStatement, 'stances')];

    expect(errorsFor(bundle)).toEqual([
      "/sources/0 must have required property 'name'",
      "/claims/0 must have required property 'text'",
      "/statements/0 must have required property 'stances'",
    ]);
  });

  it('rejects a statement with no stances, unless it retracts', () => {
    expect(errorsFor(bundleWith({ statement: { stances: [] } }))).toEqual([
      '/statements/0/stances must NOT have fewer than 1 items',
      '/statements/0 must match "else" schema',
    ]);
    expect(errorsFor(bundleWith({ statement: { stances: [], retracts: ['clm-deaths-none'] } }))).toEqual([]);
    expect(errorsFor(bundleWith({ statement: { revises: true } }))).toEqual([]);
    expect(errorsFor(bundleWith({ statement: { retracts: [] } }))).toEqual([
      '/statements/0/retracts must NOT have fewer than 1 items',
    ]);
  });

  it('rejects a negative span start', () => {
    expect(errorsFor(bundleWith({ statement: { span: { start: -1, end: 4 } } }))).toEqual([
      '/statements/0/span/start must be >= 0',
    ]);
  });

  it('rejects a non-integer span offset', () => {
    expect(errorsFor(bundleWith({ statement: { span: { start: 0, end: 4.5 } } }))).toEqual([
      '/statements/0/span/end must be integer',
    ]);
  });

  it('rejects a quantity that combines an exact value with a bound', () => {
    expect(errorsFor(bundleWith({ claim: { quantity: { value: 4, min: 1 } } }))).toEqual([
      '/claims/0/quantity/min boolean schema is false',
    ]);
  });

  it('rejects an empty quantity', () => {
    expect(errorsFor(bundleWith({ claim: { quantity: {} } }))).toEqual([
      "/claims/0/quantity must have required property 'value'",
      "/claims/0/quantity must have required property 'min'",
      "/claims/0/quantity must have required property 'max'",
      '/claims/0/quantity must match a schema in anyOf',
    ]);
  });

  it('accepts an approximate lower bound as a quantity', () => {
    expect(errorsFor(bundleWith({ claim: { quantity: { approx: true, min: 3 } } }))).toEqual([]);
  });

  it('rejects a 10 MB document text with a maxLength error on the text', () => {
    const bundle = bundleWith({ document: { text: 'x'.repeat(10 * 1024 * 1024) } });

    expect(errorsFor(bundle)).toEqual(['/document/text must NOT have more than 1000000 characters']);
  });

  it.each(['2005-13-45', 'yesterday'])('rejects the date %p', (date) => {
    const errors = errorsFor(bundleWith({ claim: { occurredAt: date } }));

    expect(errors).toContain('/claims/0/occurredAt must match a schema in anyOf');
    expect(errors.filter((error) => !error.startsWith('/claims/0/occurredAt '))).toEqual([]);
  });

  it.each(['2005-03-20', '2005-03-20T04:00:00Z'])('accepts the date %p', (date) => {
    expect(errorsFor(bundleWith({ claim: { occurredAt: date } }))).toEqual([]);
  });

  it('rejects an id with a leading space', () => {
    const errors = errorsFor(bundleWith({ source: { id: ' src-interior-ministry' } }));

    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\/sources\/0\/id must match pattern /);
  });

  it('leaves content alone: Cypher-looking claim text is valid', () => {
    expect(errorsFor(bundleWith({ claim: { text: '}) MATCH (n) DETACH DELETE n //' } }))).toEqual([]);
  });
});
