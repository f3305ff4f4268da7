import type { Service } from '../../../src/cli/service';
import { graphql } from '../../support/http';
import { resetGraph, useTestGraph } from '../../support/neo4j';
import { loadSample } from '../../support/sample';
import { startTestService } from '../../support/service';
import { load } from '../ingest/helpers';

type Page = {
  claims: {
    totalCount: number;
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const PAGE = `query ($first: Int, $after: String) {
  claims(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
}`;

describe('paginating over claims', () => {
  const graph = useTestGraph();
  let service: Service;
  const page = async (first: number, after: string | null = null) => {
    const { body } = await graphql<Page>(service.url, PAGE, { first, after });
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data.claims;
  };

  beforeAll(async () => {
    service = await startTestService();
  });
  beforeEach(async () => {
    await resetGraph(graph.driver);
    await loadSample(graph.db);
  });
  afterAll(() => service?.stop());

  it('walks every claim once, in id order, with the total on every page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const current = await page(10, after);
      expect(current.totalCount).toBe(38);
      seen.push(...current.edges.map((e) => e.node.id));
      pages += 1;
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(seen).toHaveLength(38);
    expect(seen).toEqual([...new Set(seen)].sort());
  });

  it('keeps a cursor valid when claims are added before and after it', async () => {
    const first = await page(5);
    const cursor = first.pageInfo.endCursor;
    const expectedNext = (await page(5, cursor)).edges.map((e) => e.node.id);
    // One claim sorts before every seed claim, one after the cursor's claim.
    await load(graph.db, {
      document: { id: 'doc-later', text: 'Later.' },
      claims: [
        { id: 'aaa-first', text: 'Sorts before every seed claim.' },
        { id: 'zzz-last', text: 'Sorts after every seed claim.' },
      ],
    });
    const next = await page(5, cursor);
    expect(next.totalCount).toBe(40);
    expect(next.edges.map((e) => e.node.id)).toEqual(expectedNext);
    expect(next.edges.map((e) => e.node.id)).not.toContain('aaa-first');
  });

  it('gives an edge cursor that resumes right after its item', async () => {
    const first = await page(5);
    const third = first.edges[2] as { cursor: string };
    const resumed = await page(2, third.cursor);
    expect(resumed.edges.map((e) => e.node.id)).toEqual(first.edges.slice(3, 5).map((e) => e.node.id));
  });

  it.each([
    [0, null, 'first must be from 1 to 100; it was 0'],
    [101, null, 'first must be from 1 to 100; it was 101'],
    [
      5,
      'not-a-cursor',
      "after: 'not-a-cursor' is not a cursor of this claim list; pass an endCursor it returned",
    ],
  ])('refuses first=%p after=%p with BAD_USER_INPUT', async (first, after, message) => {
    const { body } = await graphql(service.url, PAGE, { first, after });
    expect(body.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
  });

  it("refuses another list's cursor", async () => {
    const { body } = await graphql<{ sources: { pageInfo: { endCursor: string } } }>(
      service.url,
      '{ sources(first: 1) { pageInfo { endCursor } } }',
    );
    const sourceCursor = body.data?.sources.pageInfo.endCursor;
    const answer = await graphql(service.url, PAGE, { first: 5, after: sourceCursor });
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
