import type { Service } from '../../../src/cli/service';
import { resetGraph, useTestGraph } from '../../support/neo4j';
import { loadSample } from '../../support/sample';
import { startTestService } from '../../support/service';
import { bundle } from '../ingest/helpers';
import { API_KEYS, callAs, type KeyRole } from './apiKeys';

interface Entry {
  at: string;
  keyName: string;
  operation: string;
  arguments: string;
  outcome: string;
}
interface Page {
  auditLog: {
    edges: { cursor: string; node: Entry }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const AUDIT_LOG = `query ($first: Int, $after: String) {
  auditLog(first: $first, after: $after) {
    edges { cursor node { at keyName operation arguments outcome } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const INGEST = `mutation ($bundles: [JSON!]!, $dryRun: Boolean) {
  ingest(bundles: $bundles, dryRun: $dryRun) { bundles { loaded } }
}`;
const RATE = `mutation ($id: ID!, $reliability: Reliability!) {
  setSourceReliability(id: $id, reliability: $reliability) { id }
}`;
const MERGE = `mutation ($keep: ID!, $merge: ID!) { mergeSources(keep: $keep, merge: $merge) { id } }`;
const RETRACT = `mutation ($id: ID!) { retractDocument(id: $id) { statementsRemoved } }`;

describe('the audit log over HTTP', () => {
  const graph = useTestGraph();
  let service: Service;
  const call = (role: KeyRole | 'nobody', query: string, variables: Record<string, unknown> = {}) =>
    callAs(service.url, role, query, variables);
  const page = async (first: number, after: string | null = null) => {
    const answer = await callAs<Page>(service.url, 'admin', AUDIT_LOG, { first, after });
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data!.auditLog;
  };

  /** The calls made, oldest first, each with the entry it must leave (none for a call without a key). */
  const calls: [KeyRole | 'nobody', string, Record<string, unknown>, Omit<Entry, 'at'> | null][] = [
    [
      'writer',
      INGEST,
      { bundles: [bundle()], dryRun: true },
      {
        keyName: 'writer1',
        operation: 'ingest',
        arguments: 'bundles: 1 (documents "doc-1"), dryRun: true',
        outcome:
          'OK: dry run, nothing written: 1 of 1 bundles would load, 0 rejected; documents 1 created, 0 updated, ' +
          '0 unchanged; sources 2 created, 0 updated, 0 unchanged; claims 1 created, 1 updated, 0 unchanged; ' +
          'statements 2 created, 0 updated, 0 unchanged, 0 removed',
      },
    ],
    [
      'writer',
      INGEST,
      { bundles: [bundle(), { nonsense: true }] },
      {
        keyName: 'writer1',
        operation: 'ingest',
        arguments: 'bundles: 2 (documents "doc-1", (no id)), dryRun: false',
        outcome: expect.stringMatching(/^OK: 1 of 2 bundles loaded, 1 rejected; documents 1 created/),
      },
    ],
    [
      'reader',
      RATE,
      { id: 'src-eu', reliability: 'B' },
      {
        keyName: 'reader1',
        operation: 'setSourceReliability',
        arguments: 'id: "src-eu", reliability: B',
        outcome: expect.stringMatching(/^FAILED FORBIDDEN: Rating a source needs the admin role/),
      },
    ],
    ['nobody', RATE, { id: 'src-eu', reliability: 'B' }, null],
    [
      'admin',
      RATE,
      { id: 'src-nobody', reliability: 'B' },
      {
        keyName: 'admin1',
        operation: 'setSourceReliability',
        arguments: 'id: "src-nobody", reliability: B',
        outcome: 'FAILED NOT_FOUND: id: no source has the id or alias "src-nobody"',
      },
    ],
    [
      'admin',
      RATE,
      { id: 'EU', reliability: 'B' },
      {
        keyName: 'admin1',
        operation: 'setSourceReliability',
        arguments: 'id: "EU", reliability: B',
        outcome: "OK: 'src-eu' rated B (was unrated)",
      },
    ],
    [
      'admin',
      MERGE,
      { keep: 'src-rferl', merge: 'Kyrgyz Service' },
      {
        keyName: 'admin1',
        operation: 'mergeSources',
        arguments: 'keep: "src-rferl", merge: "Kyrgyz Service"',
        outcome: expect.stringMatching(
          /^OK: 'src-rferl-kyrgyz-service' merged into 'src-rferl': 1 statements/,
        ),
      },
    ],
    [
      'admin',
      RETRACT,
      { id: 'doc-1' },
      {
        keyName: 'admin1',
        operation: 'retractDocument',
        arguments: 'id: "doc-1"',
        outcome: "OK: document 'doc-1' removed with its 2 statements",
      },
    ],
    [
      'writer',
      INGEST,
      { bundles: [] },
      {
        keyName: 'writer1',
        operation: 'ingest',
        arguments: 'bundles: 0, dryRun: false',
        outcome: 'FAILED BAD_USER_INPUT: bundles is empty: give at least one bundle',
      },
    ],
  ];
  const expected = calls.flatMap(([, , , entry]) => (entry === null ? [] : [entry])).reverse();

  beforeAll(async () => {
    await resetGraph(graph.driver);
    await loadSample(graph.db);
    service = await startTestService({ API_KEYS });
    for (const [role, query, variables] of calls) await call(role, query, variables);
  });
  afterAll(() => service?.stop());

  it('records every call made with a key, done or refused, newest first', async () => {
    const { edges, pageInfo } = await page(100);
    expect(edges.map((e) => e.node)).toEqual(expected.map((entry) => ({ ...entry, at: expect.any(String) })));
    expect(pageInfo.hasNextPage).toBe(false);
    const times = edges.map((e) => e.node.at);
    times.forEach((at) => expect(new Date(at).toISOString()).toBe(at));
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('pages through it, skipping and repeating nothing while new calls are recorded', async () => {
    const first = await page(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    await call('admin', RETRACT, { id: 'doc-nowhere' });
    const second = await page(3, first.pageInfo.endCursor);
    const third = await page(3, second.pageInfo.endCursor);

    const seen = [first, second, third].flatMap((p) => p.edges.map((e) => e.node));
    expect(seen.map((e) => e.operation + ' ' + e.arguments)).toEqual(
      expected.map((e) => e.operation + ' ' + e.arguments),
    );
    expect(third.pageInfo).toEqual({ hasNextPage: false, endCursor: third.edges.at(-1)?.cursor });
    const [newest] = (await page(1)).edges;
    expect(newest?.node).toMatchObject({
      operation: 'retractDocument',
      outcome: 'FAILED NOT_FOUND: id: no document has the id "doc-nowhere"',
    });
  });

  it('refuses a cursor of another list, and a page size out of range, with BAD_USER_INPUT', async () => {
    const sources = await callAs<{ sources: { pageInfo: { endCursor: string } } }>(
      service.url,
      'reader',
      '{ sources(first: 1) { pageInfo { endCursor } } }',
    );
    for (const variables of [{ first: 5, after: sources.data!.sources.pageInfo.endCursor }, { first: 0 }]) {
      const answer = await call('admin', AUDIT_LOG, variables);
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('lists the document ids of an ingest without copying the bundles', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ document: { id: `doc-${i}` } }));
    await call('writer', INGEST, { bundles: many, dryRun: true });
    const [newest] = (await page(1)).edges;
    expect(newest?.node.arguments).toBe(
      `bundles: 12 (documents ${many
        .slice(0, 10)
        .map((b) => `"${b.document.id}"`)
        .join(', ')}, and 2 more), dryRun: true`,
    );
  });
});
