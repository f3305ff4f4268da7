import fs from 'node:fs';
import path from 'node:path';
import type { Service } from '../../../src/cli/service';
import { extractBundle } from '../../../src/extract';
import { ingest, type RawBundle } from '../../../src/ingest';
import type { Bundle } from '../../../src/model';
import { graphql } from '../../support/http';
import { cypher, resetGraph, useTestGraph } from '../../support/neo4j';
import { startTestService } from '../../support/service';
import { API_KEYS, KEYS } from '../api/apiKeys';

// Three outlets report one gas explosion in their own words, extracted from raw text and loaded one after
// another as drafts. They must make one connected graph: one deaths question with every outlet's figure,
// the governor named in full once and by title and surname once as one source, the sentence both wires
// carry as one claim, and the near misses (a fire the same day in another town, a fire chief who shares the
// governor's surname) kept apart.
const STORY = path.join(__dirname, '../../fixtures/resolve/story');
const REPORTS = [
  { id: 'a-wire', publisher: 'Baltic Wire', publishedAt: '2026-03-03' },
  { id: 'b-daily', publisher: 'The Northern Daily', publishedAt: '2026-03-04' },
  { id: 'c-radio', publisher: 'Radio Sever', publishedAt: '2026-03-04' },
];
const draft = (r: (typeof REPORTS)[number]): Bundle =>
  extractBundle({ ...r, text: fs.readFileSync(path.join(STORY, `${r.id}.txt`), 'utf8') });
const raws = (bundles: Bundle[]): RawBundle[] =>
  bundles.map((value, i) => ({ location: { file: `draft-${i}.json` }, value }));

interface StatementRead {
  document: { id: string };
  source: { id: string; name: string };
  stances: { claim: { id: string; text: string; question: { key: string } | null } }[];
}

describe('three outlets reporting one event, loaded as drafts', () => {
  const graph = useTestGraph();
  let service: Service;
  let statements: StatementRead[];
  const query = async <T>(text: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const { body } = await graphql<T>(service.url, text, variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };

  beforeAll(async () => {
    await resetGraph(graph.driver);
    // One load per report, as a newsroom's feed brings them.
    for (const report of REPORTS) {
      const loaded = await ingest(graph.db, raws([draft(report)]));
      expect(loaded.errors).toEqual([]);
    }
    service = await startTestService();
    const read = await Promise.all(
      REPORTS.map(({ id }) =>
        query<{ document: { statements: Omit<StatementRead, 'document'>[] } }>(
          `query($id: ID!) { document(id: $id) { statements {
             source { id name } stances { claim { id text question { key } } } } } }`,
          { id },
        ).then((d) => d.document.statements.map((s) => ({ ...s, document: { id } }))),
      ),
    );
    statements = read.flat();
  });
  afterAll(() => service?.stop());

  const claimsSaying = (words: string) =>
    statements.flatMap((s) =>
      s.stances.filter((st) => st.claim.text.includes(words)).map((st) => ({ ...st.claim, by: s })),
    );

  it('gathers every outlet’s death toll under one question, and finds the figures in conflict', async () => {
    const deaths = [
      ...claimsSaying('Two people were killed'),
      ...claimsSaying('risen to three'),
      ...claimsSaying('At least five'),
    ];
    expect(new Set(deaths.map((c) => c.by.document.id))).toEqual(new Set(['a-wire', 'b-daily', 'c-radio']));
    const keys = new Set(deaths.map((c) => c.question?.key));
    expect(keys.size).toBe(1);
    const { question } = await query<{
      question: { claims: { id: string }[]; relations: { kind: string; reason: string }[] };
    }>(`query($key: String!) { question(key: $key) { claims { id } relations { kind reason } } }`, {
      key: [...keys][0],
    });
    expect(question.claims.map((c) => c.id).sort()).toEqual([...new Set(deaths.map((c) => c.id))].sort());
    expect(question.relations.filter((r) => r.kind === 'CONFLICTS')).toHaveLength(3);
  });

  it('makes the governor one source, named in full by one outlet and by title and surname by another', () => {
    const governor = statements.filter(
      (s) => s.source.name.includes('Petrenko') && s.document.id !== 'c-radio',
    );
    expect(governor.map((s) => s.document.id)).toEqual(expect.arrayContaining(['a-wire', 'b-daily']));
    expect(new Set(governor.map((s) => s.source.id)).size).toBe(1);
  });

  it('keeps the fire chief who shares the governor’s surname apart', () => {
    const [chief] = statements.filter(
      (s) => s.document.id === 'c-radio' && s.source.name.includes('Petrenko'),
    );
    const [governor] = statements.filter(
      (s) => s.document.id === 'a-wire' && s.source.name.includes('Petrenko'),
    );
    expect(chief?.source.id).toBeDefined();
    expect(chief?.source.id).not.toBe(governor?.source.id);
  });

  it('makes the sentence both outlets carry one claim, with a statement from each, found by either draft’s id', async () => {
    const rubble = claimsSaying('searching the rubble');
    expect(rubble.map((c) => c.by.document.id).sort()).toEqual(['a-wire', 'b-daily']);
    expect(new Set(rubble.map((c) => c.id)).size).toBe(1);
    const later = draft(REPORTS[1] as (typeof REPORTS)[number]).claims?.find((c) =>
      c.text.includes('rubble'),
    );
    expect(later?.id).not.toBe(rubble[0]?.id);
    const { claim } = await query<{ claim: { id: string } | null }>(
      `query($id: ID!) { claim(id: $id) { id } }`,
      {
        id: later?.id,
      },
    );
    expect(claim?.id).toBe(rubble[0]?.id);
  });

  it('keeps the deaths of the same day in another town in a question of their own', () => {
    const [belozersk] = claimsSaying('house fire');
    const [mirnogorsk] = claimsSaying('Two people were killed');
    expect(belozersk?.question?.key).toBeDefined();
    expect(belozersk?.question?.key).not.toBe(mirnogorsk?.question?.key);
    expect(belozersk?.id).not.toBe(mirnogorsk?.id);
  });

  it('records what each provisional item became, so that loading the drafts again changes nothing', async () => {
    const before = await cypher<{ n: number }>(graph.driver, 'MATCH (n) RETURN count(n) AS n');
    const again = await ingest(graph.db, raws(REPORTS.map(draft)));
    expect(again.errors).toEqual([]);
    expect(again.documents).toMatchObject({ unchanged: 3, created: 0, updated: 0 });
    expect(await cypher(graph.driver, 'MATCH (n) RETURN count(n) AS n')).toEqual(before);
    const joined = await cypher<{ kind: string }>(
      graph.driver,
      'MATCH (r:Resolution {joined: true}) RETURN r.kind AS kind ORDER BY kind',
    );
    expect(joined.map((r) => r.kind)).toEqual(expect.arrayContaining(['CLAIM', 'QUESTION', 'SOURCE']));
  });
});

// Two reports of two events that both quote "the regional police": a body's name made of common words
// names different bodies in different stories, so the second is suggested as a match, not joined.
describe('a match resolution is not sure of', () => {
  const graph = useTestGraph();
  let service: Service;
  const report = (id: string, place: string, day: string): Bundle => ({
    provisional: true,
    document: { id, publishedAt: day, text: `Regional police said a bridge collapsed in ${place}.` },
    sources: [{ id: 'src-regional-police', name: 'Regional police', type: 'GOVERNMENT' }],
    claims: [{ id: `clm-${id}`, text: `A bridge collapsed in ${place}.` }],
    statements: [
      {
        id: `st-${id}`,
        source: 'src-regional-police',
        cue: 'said',
        span: { start: 21, end: 43 + place.length },
        stances: [{ claim: `clm-${id}`, stance: 'SUPPORTS' }],
      },
    ],
  });

  beforeAll(async () => {
    await resetGraph(graph.driver);
    const loaded = await ingest(
      graph.db,
      raws([report('x', 'Tarsk', '2026-01-05'), report('y', 'Ulmen', '2026-02-09')]),
    );
    expect(loaded.errors).toEqual([]);
    service = await startTestService({ API_KEYS });
  });
  afterAll(() => service?.stop());

  it('is listed with both items, its score and its reasons, and on each source', async () => {
    const { body } = await graphql<{
      matchSuggestions: {
        totalCount: number;
        edges: {
          node: {
            kind: string;
            status: string;
            score: number;
            reasons: string[];
            item: { id: string };
            candidate: { id: string };
          };
        }[];
      };
      source: { matchSuggestions: { id: string }[] };
    }>(
      service.url,
      `
        {
          matchSuggestions(kind: SOURCE) {
            totalCount
            edges {
              node {
                kind
                status
                score
                reasons
                item {
                  ... on Source {
                    id
                  }
                }
                candidate {
                  ... on Source {
                    id
                  }
                }
              }
            }
          }
          source(id: "src-regional-police") {
            matchSuggestions {
              id
            }
          }
        }
      `,
    );
    expect(body.errors).toBeUndefined();
    const [edge] = body.data?.matchSuggestions.edges ?? [];
    expect(body.data?.matchSuggestions.totalCount).toBe(1);
    expect(edge?.node).toMatchObject({
      kind: 'SOURCE',
      status: 'OPEN',
      candidate: { id: 'src-regional-police' },
    });
    expect(edge?.node.item.id).not.toBe('src-regional-police');
    expect(edge?.node.score).toBeGreaterThanOrEqual(0.5);
    expect(edge?.node.score).toBeLessThan(0.85);
    expect(edge?.node.reasons.join(' ')).toContain('Regional police');
    expect(body.data?.source.matchSuggestions).toHaveLength(1);
  });

  const decide = (mutation: 'confirmMatch' | 'rejectMatch', id: string, key: string = KEYS.writer) =>
    graphql<Record<string, { status: string; candidate: { id: string } }>>(
      service.url,
      `mutation($id: ID!) { ${mutation}(id: $id) { status candidate { ... on Source { id } } } }`,
      { id },
      { authorization: `Bearer ${key}` },
    );
  const openSuggestion = async () => {
    const [row] = await cypher<{ id: string; itemId: string }>(
      graph.driver,
      "MATCH (m:MatchSuggestion {status: 'OPEN', kind: 'SOURCE'}) RETURN m.id AS id, m.itemId AS itemId",
    );
    return row as { id: string; itemId: string };
  };

  it('needs a writer key to be decided', async () => {
    const { id } = await openSuggestion();
    const { body } = await decide('rejectMatch', id, KEYS.reader);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('once confirmed, folds the incoming source into the one already there, and cannot be decided again', async () => {
    const { id, itemId } = await openSuggestion();
    const { body } = await decide('confirmMatch', id);
    expect(body.errors).toBeUndefined();
    expect(body.data?.confirmMatch).toEqual({
      status: 'CONFIRMED',
      candidate: { id: 'src-regional-police' },
    });
    const speakers = await cypher<{ id: string }>(
      graph.driver,
      'MATCH (s:Source)-[:MADE]->(:Statement) RETURN DISTINCT s.id AS id',
    );
    expect(speakers).toEqual([{ id: 'src-regional-police' }]);
    // The merged source's id now names the source kept.
    const { body: read } = await graphql<{ source: { id: string } }>(
      service.url,
      `{ source(id: "${itemId}") { id } }`,
    );
    expect(read.data?.source.id).toBe('src-regional-police');
    // The drafts loaded again join the source kept: nothing is refused, nothing comes back, nothing is bare.
    const reload = await ingest(
      graph.db,
      raws([report('x', 'Tarsk', '2026-01-05'), report('y', 'Ulmen', '2026-02-09')]),
    );
    expect(reload.errors).toEqual([]);
    expect(await cypher(graph.driver, 'MATCH (s:Source) RETURN s.id AS id, s.name AS name')).toEqual([
      { id: 'src-regional-police', name: 'Regional police' },
    ]);
    const again = await decide('rejectMatch', id);
    expect(again.body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('confirmed already'),
    });
  });

  it('is NOT_FOUND for an id no suggestion has, and a rejected pair is not suggested again on a reload', async () => {
    const missing = await decide('rejectMatch', 'SOURCE:nothing');
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    await resetGraph(graph.driver);
    const drafts = raws([report('x', 'Tarsk', '2026-01-05'), report('y', 'Ulmen', '2026-02-09')]);
    await ingest(graph.db, drafts);
    const { id } = await openSuggestion();
    expect((await decide('rejectMatch', id)).body.data?.rejectMatch?.status).toBe('REJECTED');
    const suggestions = () =>
      cypher<{ id: string; status: string }>(
        graph.driver,
        'MATCH (m:MatchSuggestion) RETURN m.id AS id, m.status AS status ORDER BY id',
      );
    const decided = await suggestions();
    await ingest(graph.db, drafts);
    expect(await suggestions()).toEqual(decided);
    expect(decided).toContainEqual({ id, status: 'REJECTED' });
  });
});

// Two newsrooms' feeds load drafts of one event at the same moment: resolution takes a lock in the
// transaction that reads and writes, so the second load sees what the first made and joins it.
describe('two loads of drafts at once', () => {
  const graph = useTestGraph();
  beforeAll(() => resetGraph(graph.driver));

  it('make each source and claim once', async () => {
    const [first, second] = await Promise.all([
      ingest(graph.db, raws([draft(REPORTS[0] as (typeof REPORTS)[number])])),
      ingest(graph.db, raws([draft(REPORTS[1] as (typeof REPORTS)[number])])),
    ]);
    expect([first.errors, second.errors]).toEqual([[], []]);
    const governors = await cypher<{ id: string }>(
      graph.driver,
      "MATCH (s:Source) WHERE s.name CONTAINS 'Petrenko' RETURN s.id AS id",
    );
    expect(governors).toHaveLength(1);
    const rubble = await cypher<{ id: string }>(
      graph.driver,
      "MATCH (c:Claim) WHERE c.text CONTAINS 'rubble' RETURN c.id AS id",
    );
    expect(rubble).toHaveLength(1);
  });
});
