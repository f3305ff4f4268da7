import { graphql } from '../../support/http';
import { SAMPLE_DOCUMENT, useSampleService } from '../../support/sample';

interface Side {
  source: { id: string };
  derived: boolean;
  reason: string | null;
  statements: { id: string }[];
}

const ids = (items: { id: string }[]) => items.map((i) => i.id);
const sideIds = (sides: Side[]) => sides.map((s) => s.source.id);

describe('the read API over HTTP, on the seed sample', () => {
  const running = useSampleService();
  const query = async <T>(text: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const { body } = await graphql<T>(running.service.url, text, variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };
  const errorOf = async (text: string, variables: Record<string, unknown> = {}) => {
    const { body } = await graphql(running.service.url, text, variables);
    return { message: body.errors?.[0]?.message, code: body.errors?.[0]?.extensions?.code };
  };

  describe('who supports and who contradicts "at least four people were killed"', () => {
    const CLAIM = `query ($id: ID!) {
      claim(id: $id) {
        id text question { key text } quantity { value min max approx unit }
        supporters { ...side }
        contradictors { ...side source { role speaksFor { id } } }
        statements { id }
      }
      document(id: "${SAMPLE_DOCUMENT}") { text }
    }
    fragment side on SourceStance {
      source { id name } derived reason
      statements { id quote cue channel direct span { start end } via { id name } source { id } }
    }`;
    type Answer = {
      claim: {
        quantity: Record<string, unknown>;
        supporters: (Side & { statements: Record<string, unknown>[] })[];
        contradictors: (Side & { source: { role: string; speaksFor: { id: string } } })[];
        statements: { id: string }[];
      };
      document: { text: string };
    };
    let answer: Answer;
    beforeAll(async () => (answer = await query<Answer>(CLAIM, { id: 'clm-deaths-at-least-four' })));

    it('has Res Publica as its one supporter, through its press release relayed by RFE/RL', () => {
      const [supporter] = answer.claim.supporters;
      expect(sideIds(answer.claim.supporters)).toEqual(['src-res-publica']);
      expect(supporter).toMatchObject({ derived: false, reason: null });
      expect(supporter?.statements).toEqual([
        expect.objectContaining({
          id: 'st-res-publica-deaths-hospital',
          cue: 'claiming',
          channel: 'press release',
          direct: false,
          via: [{ id: 'src-rferl', name: 'Radio Free Europe/Radio Liberty' }],
          source: { id: 'src-res-publica' },
        }),
      ]);
    });

    it("gives each quote with offsets that point at the quote's words in the document", () => {
      const statement = answer.claim.supporters[0]?.statements[0] as unknown as {
        quote: string;
        span: { start: number; end: number };
      };
      expect(statement.quote).toMatch(/^at least four people were killed/);
      expect(answer.document.text.slice(statement.span.start, statement.span.end)).toBe(statement.quote);
    });

    it("has Jangaraev, the Interior Ministry's spokesman, as an explicit contradictor", () => {
      // He also supports "nobody died", which contradicts the claim: the explicit stance wins.
      expect(answer.claim.contradictors).toEqual([
        expect.objectContaining({
          source: {
            id: 'src-jangaraev',
            name: 'Nurdin Jangaraev',
            role: 'Interior Ministry spokesman',
            speaksFor: { id: 'src-interior-ministry' },
          },
          derived: false,
          reason: null,
          statements: [
            expect.objectContaining({
              id: 'st-jangaraev-nobody-died',
              cue: 'denied',
              via: [{ id: 'src-rferl', name: 'Radio Free Europe/Radio Liberty' }],
            }),
          ],
        }),
      ]);
    });

    it('never counts the relay, RFE/RL, on a side', () => {
      expect([...sideIds(answer.claim.supporters), ...sideIds(answer.claim.contradictors)]).not.toContain(
        'src-rferl',
      );
    });

    it('lists the statements with an explicit stance, and reads the figure', () => {
      expect(ids(answer.claim.statements)).toEqual([
        'st-jangaraev-nobody-died',
        'st-res-publica-deaths-hospital',
      ]);
      expect(answer.claim.quantity).toEqual({
        value: null,
        min: 4,
        max: null,
        approx: false,
        unit: 'people',
      });
    });
  });

  it('gives the crowd-size claims and their sources, derived stances with their reasons', async () => {
    const data = await query<{
      claims: {
        totalCount: number;
        edges: { node: { id: string; quantity: unknown; supporters: Side[]; contradictors: Side[] } }[];
      };
    }>(
      `{ claims(filter: { question: "Crowd size in Jalal-Abad on 20 March 2005" }) {
          totalCount
          edges { node { id quantity { value min max approx }
            supporters { source { id } derived reason statements { id } }
            contradictors { source { id } derived reason statements { id } } } }
      } }`,
    );
    const byId = Object.fromEntries(data.claims.edges.map((e) => [e.node.id, e.node]));
    expect(Object.keys(byId)).toEqual([
      'clm-crowd-20000-to-30000',
      'clm-crowd-about-10000',
      'clm-crowd-thousands',
    ]);
    expect(byId['clm-crowd-about-10000']?.quantity).toEqual({
      value: 10000,
      min: null,
      max: null,
      approx: true,
    });
    expect(sideIds(byId['clm-crowd-about-10000']?.supporters ?? [])).toEqual(['src-karasartov']);
    expect(byId['clm-crowd-about-10000']?.contradictors).toEqual([
      {
        source: { id: 'src-opposition-leaders' },
        derived: true,
        reason: expect.stringContaining('supports clm-crowd-20000-to-30000'),
        statements: [{ id: 'st-opposition-leaders-crowd' }],
      },
    ]);
    // "Thousands": RFE/RL says it; both higher figures support it.
    expect(byId['clm-crowd-thousands']?.supporters.map((s) => [s.source.id, s.derived])).toEqual([
      ['src-karasartov', true],
      ['src-opposition-leaders', true],
      ['src-rferl', false],
    ]);
    expect(byId['clm-crowd-thousands']?.contradictors).toEqual([]);
  });

  it('finds the government against the EU, the US and the demonstrators on the election, through contradictions', async () => {
    const data = await query<{
      contradictions: {
        totalCount: number;
        edges: { node: { claim: { id: string }; supporters: Side[]; contradictors: Side[] } }[];
      };
      eu: { edges: { node: { claim: { id: string } } }[] };
    }>(
      `{ contradictions(first: 100) { totalCount edges { node { claim { id }
            supporters { source { id } derived reason statements { id } }
            contradictors { source { id } derived reason statements { id } } } } }
         eu: contradictions(sourceId: "The European Union") { edges { node { claim { id } } } } }`,
    );
    const election = data.contradictions.edges.find(
      (e) => e.node.claim.id === 'clm-election-free-and-fair',
    )?.node;
    expect(sideIds(election?.supporters ?? [])).toEqual(['src-kyrgyz-government']);
    expect(
      election?.contradictors.map((s) => [s.source.id, s.derived, s.statements.map((st) => st.id)]),
    ).toEqual([
      ['src-demonstrators', true, ['st-demonstrators-irregularities']],
      ['src-eu', true, ['st-eu-vote-flawed']],
      ['src-us', true, ['st-us-vote-flawed']],
    ]);
    expect(election?.contradictors[1]?.reason).toBe(
      'supports clm-vote-seriously-flawed ("The parliamentary vote was seriously flawed."), which contradicts this claim',
    );
    // Every listed claim has both sides.
    for (const { node } of data.contradictions.edges) {
      expect(node.supporters.length).toBeGreaterThan(0);
      expect(node.contradictors.length).toBeGreaterThan(0);
    }
    expect(data.contradictions.totalCount).toBe(data.contradictions.edges.length);
    // The EU also finds the government against it on its own claim: supporting "free and fair" contradicts it.
    expect(data.eu.edges.map((e) => e.node.claim.id)).toEqual([
      'clm-election-free-and-fair',
      'clm-vote-seriously-flawed',
    ]);
  });

  it('says where the government spokesman and the opposition leaders agree and disagree', async () => {
    const data = await query<{ agreement: Record<string, { id: string }[]> }>(
      `{ agreement(a: "Karasartov", b: "src-opposition-leaders") { bothSupport { id } bothContradict { id } opposed { id } } }`,
    );
    expect(data.agreement).toEqual({
      bothSupport: [{ id: 'clm-crowd-thousands' }],
      bothContradict: [],
      opposed: [{ id: 'clm-crowd-20000-to-30000' }, { id: 'clm-crowd-about-10000' }],
    });
  });

  it('finds the same person by search("Akayev") and search("Akaev"), diacritics and case folded', async () => {
    const data = await query<
      Record<string, { score: number; source: { id: string } | null; claim: unknown; statement: unknown }[]>
    >(
      `{ a: search(text: "Akayev") { score source { id } claim { id } statement { id } }
         b: search(text: "Akaev") { score source { id } claim { id } statement { id } }
         c: search(text: "AKÀYEV") { score source { id } claim { id } statement { id } } }`,
    );
    for (const hits of [data.a, data.b, data.c]) {
      expect(hits?.[0]).toEqual({
        score: expect.any(Number),
        source: { id: 'src-akaev' },
        claim: null,
        statement: null,
      });
      // A source found by several of its names is one hit.
      expect(hits?.filter((h) => h.source?.id === 'src-akaev')).toHaveLength(1);
    }
  });

  it('searches claims and quotes, taking query-syntax characters literally', async () => {
    const data = await query<{
      hits: { claim: { id: string } | null; statement: { id: string } | null }[];
      odd: unknown[];
    }>(
      `{ hits: search(text: "killed", first: 5) { claim { id } statement { id } }
         odd: search(text: "killed) AND \\"[* ~ OR") { score } }`,
    );
    expect(data.hits.map((h) => h.claim?.id ?? h.statement?.id)).toEqual(
      expect.arrayContaining(['clm-deaths-at-least-four', 'st-res-publica-deaths-hospital']),
    );
    expect(data.odd.length).toBeGreaterThan(0);
    expect(await errorOf('{ search(text: "  ") { score } }')).toEqual({
      message: 'text holds no words to look for',
      code: 'BAD_USER_INPUT',
    });
  });

  it('answers a source by any alias, with its bodies, its statements and its sides', async () => {
    const data = await query<{ source: Record<string, unknown> }>(
      `{ source(id: "jangaraev") { id name type role affiliation aliases reliability
           memberOf { id } speaksFor { id }
           statements(first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage } }
           supports { id } contradicts { id } } }`,
    );
    expect(data.source).toEqual({
      id: 'src-jangaraev',
      name: 'Nurdin Jangaraev',
      type: 'PERSON',
      role: 'Interior Ministry spokesman',
      affiliation: 'GOVERNMENT',
      aliases: ['Jangaraev'],
      reliability: null,
      memberOf: [{ id: 'src-interior-ministry' }],
      speaksFor: { id: 'src-interior-ministry' },
      statements: {
        totalCount: 1,
        edges: [{ node: { id: 'st-jangaraev-nobody-died' } }],
        pageInfo: { hasNextPage: false },
      },
      supports: [{ id: 'clm-deaths-none' }],
      contradicts: [{ id: 'clm-deaths-at-least-four' }],
    });
  });

  it("gives a statement's stances, explicit and derived, and its document's statements in text order", async () => {
    const data = await query<{
      statement: { stances: unknown[] };
      document: { statements: { span: { start: number } }[] };
    }>(
      `{ statement(id: "st-eu-vote-flawed") { stances { claim { id } stance derived reason } }
         document(id: "${SAMPLE_DOCUMENT}") { statements { span { start } } } }`,
    );
    expect(data.statement.stances).toEqual([
      {
        claim: { id: 'clm-election-free-and-fair' },
        stance: 'CONTRADICTS',
        derived: true,
        reason: expect.stringContaining('supports clm-vote-seriously-flawed'),
      },
      { claim: { id: 'clm-vote-seriously-flawed' }, stance: 'SUPPORTS', derived: false, reason: null },
    ]);
    const starts = data.document.statements.map((s) => s.span.start);
    expect(starts).toHaveLength(25);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
  });

  it('answers null or an empty list for unknown ids, never an error', async () => {
    const { body } = await graphql(
      running.service.url,
      `
        {
          claim(id: "nope") {
            id
          }
          source(id: "nobody at all") {
            id
          }
          statement(id: "nope") {
            id
          }
          document(id: "nope") {
            id
          }
          agreement(a: "nobody", b: "src-eu") {
            bothSupport {
              id
            }
            bothContradict {
              id
            }
            opposed {
              id
            }
          }
          contradictions(sourceId: "nobody") {
            totalCount
            edges {
              cursor
            }
          }
          claims(filter: { sourceId: "nobody" }) {
            totalCount
          }
        }
      `,
    );
    expect(body).toEqual({
      data: {
        claim: null,
        source: null,
        statement: null,
        document: null,
        agreement: { bothSupport: [], bothContradict: [], opposed: [] },
        contradictions: { totalCount: 0, edges: [] },
        claims: { totalCount: 0 },
      },
    });
  });

  it('filters claims by words of their text, by source and by contest', async () => {
    const data = await query<Record<string, { totalCount: number; edges: { node: { id: string } }[] }>>(
      `{ words: claims(filter: { text: "PEOPLE killed" }) { totalCount edges { node { id } } }
         uncontested: claims(filter: { contested: false }, first: 100) { totalCount }
         contested: claims(filter: { contested: true }, first: 100) { totalCount }
         bySource: claims(filter: { sourceId: "src-us" }) { totalCount edges { node { id } } } }`,
    );
    expect(data.words?.edges.map((e) => e.node.id)).toEqual(['clm-deaths-at-least-four']);
    expect((data.contested?.totalCount ?? 0) + (data.uncontested?.totalCount ?? 0)).toBe(38);
    expect(data.bySource?.edges.map((e) => e.node.id)).toEqual([
      'clm-election-free-and-fair',
      'clm-vote-seriously-flawed',
    ]);
  });
});
