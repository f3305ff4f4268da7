import { graphql } from '../../support/http';
import { useSampleService } from '../../support/sample';

interface Verdict {
  status: string;
  credibility: number;
  explanation: string;
  supportingOrigins: { key: string; sources: { id: string }[] }[];
  contradictingOrigins: { key: string; sources: { id: string }[] }[];
}

const VERDICT = `verdict { status credibility explanation
  supportingOrigins { key sources { id } } contradictingOrigins { key sources { id } } }`;

describe('the analysis of the seed sample, over HTTP', () => {
  const running = useSampleService();
  const query = async <T>(text: string): Promise<T> => {
    const { body } = await graphql<T>(running.service.url, text);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };
  const verdictOf = async (id: string) =>
    (await query<{ claim: { verdict: Verdict } }>(`{ claim(id: "${id}") { ${VERDICT} } }`)).claim.verdict;
  const originKeys = (origins: Verdict['supportingOrigins']) => origins.map((o) => o.key);

  it('finds "at least four killed" CONTESTED: Res Publica against Jangaraev, whose origin is the government', async () => {
    const verdict = await verdictOf('clm-deaths-at-least-four');
    expect(verdict.status).toBe('CONTESTED');
    expect(verdict.supportingOrigins).toEqual([
      { key: 'src-res-publica', sources: [{ id: 'src-res-publica' }] },
    ]);
    expect(verdict.contradictingOrigins).toEqual([
      { key: 'src-kyrgyz-government', sources: [{ id: 'src-jangaraev' }] },
    ]);
    expect(verdict.explanation).toContain('Government of Kyrgyzstan (F, through Nurdin Jangaraev)');
  });

  it('finds "nobody died" in numerical conflict with "at least four" too', async () => {
    const { claim } = await query<{ claim: { conflicts: { claim: { id: string }; reason: string }[] } }>(
      '{ claim(id: "clm-deaths-none") { conflicts { claim { id } reason } } }',
    );
    expect(claim.conflicts).toEqual([
      { claim: { id: 'clm-deaths-at-least-four' }, reason: 'a bundle says this claim contradicts it' },
      {
        claim: { id: 'clm-deaths-at-least-four' },
        reason: 'the figures conflict: [4, ∞] and [0, 0] do not overlap',
      },
    ]);
  });

  it('finds the crowd figures in conflict, and "thousands" supported by both and in conflict with neither', async () => {
    const { question } = await query<{
      question: {
        claims: { id: string; quantity: { interval: { low: number; high: number | null } } }[];
        relations: { a: { id: string }; b: { id: string }; kind: string; reason: string }[];
      };
    }>(
      `{ question(key: "crowd size in Jalal-Abad on 20 March 2005") {
          claims { id quantity { interval { low high } } }
          relations { a { id } b { id } kind reason } } }`,
    );
    expect(question.claims.map((c) => [c.id, c.quantity.interval])).toEqual([
      ['clm-crowd-20000-to-30000', { low: 20000, high: 30000 }],
      ['clm-crowd-about-10000', { low: 9000, high: 11000 }],
      ['clm-crowd-thousands', { low: 2000, high: null }],
    ]);
    expect(question.relations.map((r) => `${r.a.id} ${r.kind} ${r.b.id}: ${r.reason}`)).toEqual([
      'clm-crowd-20000-to-30000 CONFLICTS clm-crowd-about-10000: [20,000, 30,000] and [9,000, 11,000] do not overlap',
      'clm-crowd-20000-to-30000 SUPPORTS clm-crowd-thousands: [20,000, 30,000] lies within [2,000, ∞]',
      'clm-crowd-about-10000 SUPPORTS clm-crowd-thousands: [9,000, 11,000] lies within [2,000, ∞]',
    ]);
    const thousands = await verdictOf('clm-crowd-thousands');
    expect(thousands.status).toBe('CORROBORATED');
    expect(thousands.contradictingOrigins).toEqual([]);
  });

  it('finds the injuries CORROBORATED by independent origins, a deputy minister’s and a demonstrator’s among them', async () => {
    const verdict = await verdictOf('clm-protesters-injured-several');
    expect(verdict.status).toBe('CORROBORATED');
    expect(verdict.supportingOrigins).toEqual(
      expect.arrayContaining([
        { key: 'src-kyrgyz-government', sources: [{ id: 'src-suranchiyev' }] },
        { key: 'src-demonstrators', sources: [{ id: 'src-sagynbaev' }] },
      ]),
    );
    expect(verdict.credibility).toBeLessThanOrEqual(2);
  });

  it('gives Suranchiyev, Jangaraev and Karasartov one origin, the government', async () => {
    const data = await query<Record<string, { origin: { id: string } }>>(
      `{ s: source(id: "Suranchiyev") { origin { id } } j: source(id: "Jangaraev") { origin { id } }
         k: source(id: "Karasartov") { origin { id } } g: source(id: "src-kyrgyz-government") { origin { id } } }`,
    );
    expect(Object.values(data).map((s) => s.origin.id)).toEqual(Array(4).fill('src-kyrgyz-government'));
  });

  it("finds the election's fairness CONTESTED: the government against the EU, the US and the demonstrators", async () => {
    const verdict = await verdictOf('clm-election-free-and-fair');
    expect(verdict.status).toBe('CONTESTED');
    expect(originKeys(verdict.supportingOrigins)).toEqual(['src-kyrgyz-government']);
    expect(originKeys(verdict.contradictingOrigins)).toEqual(['src-demonstrators', 'src-eu', 'src-us']);
  });

  it('lists the contested claims, most contested first, and filters claims by verdict', async () => {
    const data = await query<{
      contested: { totalCount: number; edges: { node: { id: string; verdict: { status: string } } }[] };
      byStatus: { totalCount: number };
      ordered: { edges: { node: { id: string } }[] };
    }>(
      `{ contested(first: 100) { totalCount edges { node { id verdict { status } } } }
         byStatus: claims(filter: { status: CONTESTED }) { totalCount }
         ordered: claims(orderBy: MOST_CONTESTED, first: 7) { edges { node { id } } } }`,
    );
    expect(data.contested.edges.every((e) => e.node.verdict.status === 'CONTESTED')).toBe(true);
    expect(data.contested.totalCount).toBe(data.byStatus.totalCount);
    // Evenly weighed sides (nobody is rated): the claim with the most origins involved comes first.
    expect(data.contested.edges[0]?.node.id).toBe('clm-election-free-and-fair');
    expect(data.ordered.edges.map((e) => e.node.id)).toEqual(
      data.contested.edges.map((e) => e.node.id).slice(0, 7),
    );
  });

  it("gives a source's track record", async () => {
    const { source } = await query<{ source: { trackRecord: Record<string, number> } }>(
      '{ source(id: "src-suranchiyev") { trackRecord { supported corroborated contested singleSource } } }',
    );
    expect(source.trackRecord).toEqual({ supported: 2, corroborated: 1, contested: 0, singleSource: 1 });
  });
});
