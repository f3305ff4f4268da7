import { reanalyseAll } from '../../../src/analysis/reanalyse';
import type { Bundle, BundleClaim, BundleSource, BundleStatement } from '../../../src/ingest';
import type { Service } from '../../../src/cli/service';
import { graphql } from '../../support/http';
import { cypher, resetGraph, useTestGraph } from '../../support/neo4j';
import { startTestService } from '../../support/service';
import { load } from '../ingest/helpers';

const source = (id: string, more: Partial<BundleSource> = {}): BundleSource => ({
  id,
  name: `Source ${id}`,
  type: 'PERSON',
  ...more,
});
const says = (speaker: string, claim: string, more: Partial<BundleStatement> = {}): BundleStatement => ({
  id: `st-${speaker}-${claim}-${more.stances?.[0]?.stance ?? 'S'}`,
  source: speaker,
  stances: [{ claim, stance: 'SUPPORTS' }],
  ...more,
});
const denies = (speaker: string, claim: string): BundleStatement =>
  says(speaker, claim, { stances: [{ claim, stance: 'CONTRADICTS' }] });
const bundle = (
  id: string,
  sources: BundleSource[],
  claims: BundleClaim[],
  statements: BundleStatement[],
): Bundle => ({ document: { id, text: `Report ${id}.` }, sources, claims, statements });

interface Verdict {
  status: string;
  credibility: number;
  explanation: string;
  supportingOrigins: { key: string }[];
  contradictingOrigins: { key: string }[];
}

describe('the analysis rules, on small synthetic cases', () => {
  const graph = useTestGraph();
  let service: Service;
  const query = async <T>(text: string): Promise<T> => {
    const { body } = await graphql<T>(service.url, text);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };
  const verdict = async (id: string) =>
    (
      await query<{ claim: { verdict: Verdict } }>(
        `{ claim(id: "${id}") { verdict { status credibility explanation supportingOrigins { key } contradictingOrigins { key } } } }`,
      )
    ).claim.verdict;
  const loaded = async (...bundles: Bundle[]) => {
    const report = await load(graph.db, ...bundles);
    expect(report.errors).toEqual([]);
  };

  beforeAll(async () => {
    service = await startTestService();
  });
  beforeEach(() => resetGraph(graph.driver));
  afterAll(() => service?.stop());

  describe('origins', () => {
    it('follow speaksFor, else the first memberOf, through chains three steps long', async () => {
      await loaded(
        bundle(
          'doc-origins',
          [
            source('top', { type: 'GOVERNMENT' }),
            source('other-top', { type: 'GOVERNMENT' }),
            source('ministry', { type: 'GOVERNMENT', memberOf: ['top'] }),
            source('department', { type: 'GOVERNMENT', memberOf: ['ministry', 'other-top'] }),
            source('spokesman', { speaksFor: 'department' }),
            // Speaking for someone comes before belonging to a body.
            source('adviser', { memberOf: ['other-top'], speaksFor: 'ministry' }),
            source('independent'),
          ],
          [{ id: 'clm-a', text: 'A happened.' }],
          [says('spokesman', 'clm-a'), says('adviser', 'clm-a'), says('independent', 'clm-a')],
        ),
      );
      const data = await query<Record<string, { origin: { id: string } }>>(
        `{ s: source(id: "spokesman") { origin { id } } a: source(id: "adviser") { origin { id } }
           d: source(id: "department") { origin { id } } i: source(id: "independent") { origin { id } } }`,
      );
      expect(Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.origin.id]))).toEqual({
        s: 'top',
        a: 'top',
        d: 'top',
        i: 'independent',
      });
      // Three voices, two independent origins.
      const v = await verdict('clm-a');
      expect(v.status).toBe('CORROBORATED');
      expect(v.supportingOrigins.map((o) => o.key)).toEqual(['independent', 'top']);
    });

    it('never come from relays: a statement passed on by others has its speaker’s origin only', async () => {
      await loaded(
        bundle(
          'doc-relays',
          [source('speaker'), source('wire', { type: 'MEDIA' }), source('paper', { type: 'MEDIA' })],
          [{ id: 'clm-b', text: 'B happened.' }],
          [says('speaker', 'clm-b', { via: ['wire', 'paper'], channel: 'press release' })],
        ),
      );
      const v = await verdict('clm-b');
      expect(v.status).toBe('SINGLE_SOURCE');
      expect(v.supportingOrigins.map((o) => o.key)).toEqual(['speaker']);
    });
  });

  it('rates a claim backed by a more reliable origin as more credible', async () => {
    await loaded(
      bundle(
        'doc-ratings',
        [source('reliable', { reliability: 'A' }), source('unreliable', { reliability: 'E' })],
        [
          { id: 'clm-reliable', text: 'Said by a reliable source.' },
          { id: 'clm-unreliable', text: 'Said by an unreliable source.' },
        ],
        [says('reliable', 'clm-reliable'), says('unreliable', 'clm-unreliable')],
      ),
    );
    const [good, bad] = [await verdict('clm-reliable'), await verdict('clm-unreliable')];
    expect([good.status, bad.status]).toEqual(['SINGLE_SOURCE', 'SINGLE_SOURCE']);
    expect(good.credibility).toBeLessThan(bad.credibility);
    expect(good.explanation).toContain('Source reliable (A)');
  });

  it('names a source found on both sides of a claim (a revised figure)', async () => {
    await loaded(
      bundle(
        'doc-revised',
        [source('officer')],
        [{ id: 'clm-c', text: 'C happened.' }],
        [says('officer', 'clm-c'), denies('officer', 'clm-c')],
      ),
    );
    const v = await verdict('clm-c');
    expect(v.status).toBe('CONTESTED');
    expect(v.explanation).toContain('On both sides: Source officer');
  });

  it('never compares figures in different units, and says why', async () => {
    await loaded(
      bundle(
        'doc-units',
        [source('counter')],
        [
          { id: 'clm-people', text: '5 people.', question: 'q', quantity: { value: 5, unit: 'people' } },
          {
            id: 'clm-buildings',
            text: '500 buildings.',
            question: 'q',
            quantity: { value: 500, unit: 'Buildings' },
          },
          { id: 'clm-bare', text: '7.', question: 'q', quantity: { value: 7 } },
        ],
        [says('counter', 'clm-people')],
      ),
    );
    const { question } = await query<{
      question: { relations: { a: { id: string }; b: { id: string }; kind: string; reason: string }[] };
    }>('{ question(key: "q") { relations { a { id } b { id } kind reason } } }');
    expect(question.relations.map((r) => `${r.a.id} ${r.kind} ${r.b.id}: ${r.reason}`)).toEqual([
      "clm-bare INCOMPARABLE clm-buildings: not compared: the units differ (no unit and 'Buildings')",
      "clm-bare INCOMPARABLE clm-people: not compared: the units differ (no unit and 'people')",
      "clm-buildings INCOMPARABLE clm-people: not compared: the units differ ('Buildings' and 'people')",
    ]);
    const [stored] = await cypher<{ n: number }>(
      graph.driver,
      'MATCH ()-[r:FIGURE_CONFLICTS|FIGURE_SUPPORTS]->() RETURN count(r) AS n',
    );
    expect(stored?.n).toBe(0);
  });

  it('recomputes only the question of a changed claim', async () => {
    const version = (a1: number) =>
      bundle(
        'doc-incremental',
        [source('counter')],
        [
          { id: 'a1', text: 'First figure for A.', question: 'A', quantity: { value: a1 } },
          { id: 'a2', text: 'Second figure for A.', question: 'A', quantity: { min: 10 } },
          { id: 'b1', text: 'First figure for B.', question: 'B', quantity: { value: 1 } },
          { id: 'b2', text: 'Second figure for B.', question: 'B', quantity: { value: 100 } },
        ],
        [says('counter', 'a1'), says('counter', 'b1')],
      );
    const relations = () =>
      cypher<{ a: string; type: string; b: string; element: string }>(
        graph.driver,
        `MATCH (a:Claim)-[r:FIGURE_CONFLICTS|FIGURE_SUPPORTS]->(b:Claim)
         RETURN a.id AS a, type(r) AS type, b.id AS b, elementId(r) AS element ORDER BY a, b`,
      );
    await loaded(version(5));
    const before = await relations();
    expect(before.map((r) => `${r.a} ${r.type} ${r.b}`)).toEqual([
      'a1 FIGURE_CONFLICTS a2',
      'b1 FIGURE_CONFLICTS b2',
    ]);

    await loaded(version(12));
    const after = await relations();
    expect(after.map((r) => `${r.a} ${r.type} ${r.b}`)).toEqual([
      'a1 FIGURE_SUPPORTS a2',
      'b1 FIGURE_CONFLICTS b2',
    ]);
    // Question B was not recomputed: its relation is the very same one.
    expect(after[1]?.element).toBe(before[1]?.element);
    // Reloading the same version recomputes nothing.
    await loaded(version(12));
    expect(await relations()).toEqual(after);
  });

  it('widens approximate figures by the configured tolerance, and recomputes everything when it changes', async () => {
    await loaded(
      bundle(
        'doc-tolerance',
        [source('counter')],
        [
          { id: 'about-100', text: 'About 100.', question: 't', quantity: { value: 100, approx: true } },
          { id: 'at-least-140', text: 'At least 140.', question: 't', quantity: { min: 140 } },
        ],
        [says('counter', 'about-100')],
      ),
    );
    const conflicts = async () =>
      (await cypher<{ n: number }>(graph.driver, 'MATCH ()-[r:FIGURE_CONFLICTS]->() RETURN count(r) AS n'))[0]
        ?.n;
    expect(await conflicts()).toBe(1);
    await reanalyseAll(graph.db, { tolerance: 0.5 });
    expect(await conflicts()).toBe(0);
    await reanalyseAll(graph.db, { tolerance: 0.1 });
    expect(await conflicts()).toBe(1);
  });
});
