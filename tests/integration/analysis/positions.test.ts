import { reanalyseAll } from '../../../src/analysis';
import { exportDocuments, type Bundle, type BundleClaim } from '../../../src/ingest';
import type { Service } from '../../../src/cli/service';
import { cypher, resetGraph, useTestGraph } from '../../support/neo4j';
import { startTestService } from '../../support/service';
import { API_KEYS, apiCalls } from '../api/apiKeys';

// Accounts move (docs/analysis.md, "Current positions"): Velsk police say two people died on 1 March and
// three on 5 March; the Interior Ministry's spokesman says on 20 March that nobody died, and the ministry
// confirms four deaths on 22 March. Each voice counts where it stands now.

const QUESTION = 'deaths in the Velsk flood of 28 February 2026';
const deaths = (n: number): BundleClaim => ({
  id: `clm-velsk-deaths-${n}`,
  text: n === 0 ? 'Nobody died in the Velsk flood.' : `${n} people died in the Velsk flood.`,
  question: QUESTION,
  quantity: { value: n, unit: 'people' },
});
const SOURCES = [
  { id: 'src-velsk-police', name: 'Velsk police', type: 'GOVERNMENT' as const },
  { id: 'src-interior-ministry', name: 'Interior Ministry', type: 'GOVERNMENT' as const },
  {
    id: 'src-ministry-spokesman',
    name: 'Oleg Bure',
    type: 'PERSON' as const,
    speaksFor: 'src-interior-ministry',
  },
];
/** A report of one day in which one source gives one figure. */
const report = (day: string, speaker: string, n: number): Bundle => ({
  document: { id: `doc-velsk-${day}`, title: `Velsk, ${day}`, publishedAt: day },
  sources: SOURCES,
  claims: [deaths(n)],
  statements: [
    {
      id: `st-velsk-${day}`,
      source: speaker,
      cue: 'said',
      stances: [{ claim: `clm-velsk-deaths-${n}`, stance: 'SUPPORTS' }],
    },
  ],
});
const REPORTS = [
  report('2026-03-01', 'src-velsk-police', 2),
  report('2026-03-05', 'src-velsk-police', 3),
  report('2026-03-20', 'src-ministry-spokesman', 0),
  report('2026-03-22', 'src-interior-ministry', 4),
];

interface Side {
  source: { id: string };
  derived: boolean;
}
interface ClaimView {
  id: string;
  supporters: Side[];
  contradictors: Side[];
  verdict: { status: string };
}

describe('current positions, over HTTP', () => {
  const graph = useTestGraph();
  let service: Service;
  beforeAll(async () => {
    await resetGraph(graph.driver);
    service = await startTestService({ API_KEYS });
  });
  afterAll(() => service?.stop());
  const { data } = apiCalls(() => service.url);

  const claims = async () =>
    (
      await data<{ claims: { edges: { node: ClaimView }[] } }>(
        'reader',
        `{ claims(first: 10) { edges { node {
            id verdict { status }
            supporters { source { id } derived }
            contradictors { source { id } derived }
        } } } }`,
      )
    ).claims.edges.map((e) => e.node);
  const sides = (claim: ClaimView | undefined) => ({
    for: claim?.supporters.map((s) => s.source.id).sort(),
    against: claim?.contradictors.map((s) => s.source.id).sort(),
  });

  it('loaded in any order, count each voice at its latest figure, and no source on both sides of a claim', async () => {
    // The later reports first: supersession goes by the time a statement was made, not the order of loading.
    for (const bundles of [
      [REPORTS[3], REPORTS[1]],
      [REPORTS[0], REPORTS[2]],
    ]) {
      const { ingest } = await data<{ ingest: { errors: unknown[] } }>(
        'writer',
        'mutation ($b: [JSON!]!) { ingest(bundles: $b) { errors { path message } } }',
        { b: bundles },
      );
      expect(ingest.errors).toEqual([]);
    }

    const byId = new Map((await claims()).map((c) => [c.id, c]));
    const police = 'src-velsk-police';
    const ministry = 'src-interior-ministry';
    // Two deaths and "nobody died" were their sources' earlier accounts: nobody stands by them now.
    expect(sides(byId.get('clm-velsk-deaths-2'))).toEqual({ for: [], against: [ministry, police] });
    expect(sides(byId.get('clm-velsk-deaths-0'))).toEqual({ for: [], against: [ministry, police] });
    // Three and four: each its source's current figure, against the other's.
    expect(sides(byId.get('clm-velsk-deaths-3'))).toEqual({ for: [police], against: [ministry] });
    expect(sides(byId.get('clm-velsk-deaths-4'))).toEqual({ for: [ministry], against: [police] });
    for (const claim of byId.values()) {
      const both = sides(claim).for?.filter((id) => sides(claim).against?.includes(id));
      expect({ claim: claim.id, both }).toEqual({ claim: claim.id, both: [] });
    }
    expect(byId.get('clm-velsk-deaths-3')?.verdict.status).toBe('CONTESTED');
  });

  it('says when each statement counts as said, what superseded it and why', async () => {
    const { first, fourth } = await data<{
      first: Record<string, unknown>;
      fourth: Record<string, unknown>;
    }>(
      'reader',
      `{
        first: statement(id: "st-velsk-2026-03-01") { at supersededBy { id } supersession supersedes { id } }
        fourth: statement(id: "st-velsk-2026-03-22") { at supersededBy { id } supersession supersedes { id } }
      }`,
    );
    expect(first).toEqual({
      at: '2026-03-01',
      supersededBy: { id: 'st-velsk-2026-03-05' },
      supersession: `revised the figure for "${QUESTION.toLowerCase()}" from 2 to 3 on 2026-03-05`,
      supersedes: [],
    });
    // The ministry's confirmation supersedes its spokesman's denial: one voice.
    expect(fourth).toEqual({
      at: '2026-03-22',
      supersededBy: null,
      supersession: null,
      supersedes: [{ id: 'st-velsk-2026-03-20' }],
    });
  });

  it('are worked out again by npm run reanalyse, for a graph loaded before they existed', async () => {
    const supersessions = () =>
      cypher(
        graph.driver,
        'MATCH (a)-[s:SUPERSEDES]->(b) RETURN a.id AS later, b.id AS earlier, s.claims AS claims ORDER BY earlier',
      );
    const loaded = await supersessions();
    expect(loaded).toHaveLength(2);
    await cypher(graph.driver, 'MATCH ()-[s:SUPERSEDES]->() DELETE s');

    await reanalyseAll(graph.db, { tolerance: 0.1 });

    expect(await supersessions()).toEqual(loaded);
  });

  it("a retraction withdraws the voice's stance without taking a new one, and exports as it was loaded", async () => {
    const retraction: Bundle = {
      document: { id: 'doc-velsk-2026-03-10', title: 'Velsk, 2026-03-10', publishedAt: '2026-03-10' },
      statements: [
        {
          id: 'st-velsk-2026-03-10',
          source: 'src-velsk-police',
          cue: 'withdrew',
          stances: [],
          retracts: ['clm-velsk-deaths-3'],
        },
      ],
    };
    const { ingest } = await data<{ ingest: { errors: unknown[] } }>(
      'writer',
      'mutation ($b: [JSON!]!) { ingest(bundles: $b) { errors { path message } } }',
      { b: [retraction] },
    );
    expect(ingest.errors).toEqual([]);

    const byId = new Map((await claims()).map((c) => [c.id, c]));
    expect(sides(byId.get('clm-velsk-deaths-3'))).toEqual({ for: [], against: ['src-interior-ministry'] });
    const { statement } = await data<{ statement: Record<string, unknown> }>(
      'reader',
      '{ statement(id: "st-velsk-2026-03-05") { supersededBy { id retracts { id } } supersession } }',
    );
    expect(statement).toEqual({
      supersededBy: { id: 'st-velsk-2026-03-10', retracts: [{ id: 'clm-velsk-deaths-3' }] },
      supersession: 'retracted its stance on clm-velsk-deaths-3 (it had supported it) on 2026-03-10',
    });
    const { bundles } = await exportDocuments(graph.db, ['doc-velsk-2026-03-10']);
    expect(bundles[0]?.statements).toEqual(retraction.statements);
  });

  it("a question's timeline gives every figure of each voice in time order, revisions and retractions marked", async () => {
    const POSITION = '{ voice { id } statement { id } claim { id } at change superseded }';
    const { question, ministry } = await data<{
      question: { timeline: unknown[] };
      ministry: { positions: unknown[] };
    }>(
      'reader',
      `query ($q: String!) {
        question(key: $q) { timeline ${POSITION} }
        ministry: source(id: "src-interior-ministry") { positions(question: $q) ${POSITION} }
      }`,
      { q: QUESTION },
    );
    const position = (day: string, voice: string, n: number, change: string, superseded: boolean) => ({
      voice: { id: voice },
      statement: { id: `st-velsk-${day}` },
      claim: { id: `clm-velsk-deaths-${n}` },
      at: day,
      change,
      superseded,
    });
    const police = 'src-velsk-police';
    const ministryId = 'src-interior-ministry';
    expect(question.timeline).toEqual([
      position('2026-03-01', police, 2, 'FIRST', true),
      position('2026-03-05', police, 3, 'REVISED', true),
      position('2026-03-10', police, 3, 'RETRACTED', false),
      // The spokesman's denial is the ministry's position: one voice.
      position('2026-03-20', ministryId, 0, 'FIRST', true),
      position('2026-03-22', ministryId, 4, 'REVISED', false),
    ]);
    expect(ministry.positions).toEqual(question.timeline.slice(3));
  });

  it('keeps superseded statements in Claim.statements, marked, while the sides leave them out', async () => {
    const { claim } = await data<{ claim: Record<string, unknown> }>(
      'reader',
      '{ claim(id: "clm-velsk-deaths-2") { supporters { source { id } } statements { id supersededBy { id } } } }',
    );
    expect(claim).toEqual({
      supporters: [],
      statements: [{ id: 'st-velsk-2026-03-01', supersededBy: { id: 'st-velsk-2026-03-05' } }],
    });
  });
});
