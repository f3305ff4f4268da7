import fs from 'node:fs';
import {
  aliasKey,
  ingest,
  listBundleFiles,
  readBundles,
  type Bundle,
  type IngestReport,
} from '../../../src/ingest';
import { projectPath } from '../../../src/runtime/projectRoot';
import { cypher, resetGraph, useTestGraph } from '../../support/neo4j';
import { bundle, graphSnapshot, labelCounts, load } from './helpers';

const SAMPLE = projectPath('data', 'rferl-kyrgyzstan-raids.json');
const sample = JSON.parse(fs.readFileSync(SAMPLE, 'utf8')) as Bundle;

describe('loading the hand-annotated RFE/RL sample', () => {
  const graph = useTestGraph();
  let report: IngestReport;
  beforeEach(async () => {
    await resetGraph(graph.driver);
    report = await ingest(graph.db, readBundles(listBundleFiles([SAMPLE])));
  });

  /** The statement's stances, as [relationship type, claim id], sorted. */
  const stancesOf = (statementId: string) =>
    cypher<{ stance: string; claim: string }>(
      graph.driver,
      `MATCH (:Statement {id: $statementId})-[r:SUPPORTS|CONTRADICTS]->(c:Claim)
       RETURN type(r) AS stance, c.id AS claim ORDER BY claim, stance`,
      { statementId },
    );

  it('reports one bundle with 1 document, 17 sources, 38 claims and 25 statements created', () => {
    expect(report).toEqual({
      dryRun: false,
      bundles: { read: 1, loaded: 1, rejected: 0 },
      documents: { created: 1, updated: 0, unchanged: 0, rejected: 0 },
      sources: { created: 17, updated: 0, unchanged: 0, rejected: 0 },
      claims: { created: 38, updated: 0, unchanged: 0, rejected: 0 },
      statements: { created: 25, updated: 0, unchanged: 0, rejected: 0, removed: 0 },
      errors: [],
      warnings: [],
    });
  });

  it('writes 1 document, 17 sources, 38 claims, 25 statements and 13 questions', async () => {
    const counts = labelCounts(await graphSnapshot(graph.driver));
    expect(counts).toMatchObject({ Document: 1, Source: 17, Claim: 38, Statement: 25, Question: 13 });
    const aliases = new Set(
      (sample.sources ?? []).flatMap((s) => [s.id, ...(s.aliases ?? [])].map(aliasKey)),
    );
    expect(counts.Alias).toBe(aliases.size);
  });

  it('stores the document with its text and a content hash', async () => {
    const [document] = await cypher<{ d: Record<string, unknown> }>(
      graph.driver,
      'MATCH (d:Document) RETURN properties(d) AS d',
    );
    expect(document?.d).toEqual({ ...sample.document, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it("stores every statement's quote as the document text between spanStart and spanEnd", async () => {
    const rows = await cypher<{ quote: string; spanStart: number; spanEnd: number; text: string }>(
      graph.driver,
      `MATCH (s:Statement)-[:IN]->(d:Document)
       RETURN s.quote AS quote, s.spanStart AS spanStart, s.spanEnd AS spanEnd, d.text AS text`,
    );
    expect(rows).toHaveLength(25);
    for (const { quote, spanStart, spanEnd, text } of rows)
      expect(quote).toBe(text.slice(spanStart, spanEnd));
  });

  it('gives every statement exactly one speaker and one document', async () => {
    const rows = await cypher<{ id: string; speakers: number; documents: number }>(
      graph.driver,
      `MATCH (s:Statement)
       RETURN s.id AS id, COUNT { (:Source)-[:MADE]->(s) } AS speakers, COUNT { (s)-[:IN]->(:Document) } AS documents`,
    );
    expect(rows.filter((r) => r.speakers !== 1 || r.documents !== 1)).toEqual([]);
  });

  it("has Jangaraev's denial CONTRADICT 'at least four killed' and SUPPORT 'nobody died', relayed by RFE/RL", async () => {
    const [statement] = await cypher<{ speaker: string; cue: string; relays: string[] }>(
      graph.driver,
      `MATCH (speaker:Source)-[:MADE]->(s:Statement {id: 'st-jangaraev-nobody-died'})
       RETURN speaker.id AS speaker, s.cue AS cue, [(s)-[:VIA]->(r) | r.id] AS relays`,
    );
    expect(statement).toEqual({ speaker: 'src-jangaraev', cue: 'denied', relays: ['src-rferl'] });
    expect(await stancesOf('st-jangaraev-nobody-died')).toEqual([
      { stance: 'CONTRADICTS', claim: 'clm-deaths-at-least-four' },
      { stance: 'SUPPORTS', claim: 'clm-deaths-none' },
    ]);
  });

  it("has Sagynbaev's statement reach us VIA RFE/RL by telephone, as a direct quote", async () => {
    const rows = await cypher(
      graph.driver,
      `MATCH (:Source {id: 'src-sagynbaev'})-[:MADE]->(s:Statement)-[via:VIA]->(relay:Source)
       RETURN s.id AS id, s.channel AS channel, s.direct AS direct, relay.id AS relay, via.order AS order`,
    );
    expect(rows).toEqual([
      { id: 'st-sagynbaev-osh-raid', channel: 'telephone', direct: true, relay: 'src-rferl', order: 0 },
    ]);
  });

  it('has the EU and the US make two statements over the same span', async () => {
    const rows = await cypher(
      graph.driver,
      `MATCH (speaker:Source)-[:MADE]->(s:Statement)-[:SUPPORTS]->(:Claim {id: 'clm-vote-seriously-flawed'})
       WHERE speaker.id IN ['src-eu', 'src-us']
       RETURN speaker.id AS speaker, s.id AS id, s.spanStart AS start, s.spanEnd AS end, s.quote AS quote
       ORDER BY speaker`,
    );
    const quote = 'the parliamentary vote as seriously flawed';
    expect(rows).toEqual([
      { speaker: 'src-eu', id: 'st-eu-vote-flawed', start: 4528, end: 4570, quote },
      { speaker: 'src-us', id: 'st-us-vote-flawed', start: 4528, end: 4570, quote },
    ]);
  });

  it('links spokesmen to whom they speak for, and members to their bodies', async () => {
    const edges = await cypher(
      graph.driver,
      `MATCH (a:Source)-[r:SPEAKS_FOR|MEMBER_OF]->(b:Source)
       WHERE a.id IN ['src-jangaraev', 'src-suranchiyev', 'src-interior-ministry']
       RETURN a.id AS from, type(r) AS type, b.id AS to ORDER BY from, type`,
    );
    expect(edges).toEqual([
      { from: 'src-interior-ministry', type: 'MEMBER_OF', to: 'src-kyrgyz-government' },
      { from: 'src-jangaraev', type: 'MEMBER_OF', to: 'src-interior-ministry' },
      { from: 'src-jangaraev', type: 'SPEAKS_FOR', to: 'src-interior-ministry' },
      { from: 'src-suranchiyev', type: 'MEMBER_OF', to: 'src-interior-ministry' },
      { from: 'src-suranchiyev', type: 'SPEAKS_FOR', to: 'src-interior-ministry' },
    ]);
  });

  it('writes the claims that contradict or support each other', async () => {
    const edges = await cypher(
      graph.driver,
      `MATCH (a:Claim)-[r:SUPPORTS|CONTRADICTS]->(b:Claim) RETURN a.id AS from, type(r) AS type, b.id AS to`,
    );
    const expected = (sample.claims ?? []).flatMap((c) => [
      ...(c.supports ?? []).map((to) => ({ from: c.id, type: 'SUPPORTS', to })),
      ...(c.contradicts ?? []).map((to) => ({ from: c.id, type: 'CONTRADICTS', to })),
    ]);
    expect(edges).toHaveLength(expected.length);
    expect(edges).toEqual(expect.arrayContaining(expected));
    expect(edges).toContainEqual({
      from: 'clm-deaths-none',
      type: 'CONTRADICTS',
      to: 'clm-deaths-at-least-four',
    });
  });

  it('makes the claims of one question answer one Question node', async () => {
    const rows = await cypher<{ claims: string[] }>(
      graph.driver,
      `MATCH (c:Claim)-[:ANSWERS]->(q:Question {key: 'crowd size in jalal-abad on 20 march 2005'})
       WITH q, c ORDER BY c.id RETURN q.text AS text, collect(c.id) AS claims`,
    );
    expect(rows).toEqual([
      {
        text: 'crowd size in Jalal-Abad on 20 March 2005',
        claims: ['clm-crowd-20000-to-30000', 'clm-crowd-about-10000', 'clm-crowd-thousands'],
      },
    ]);
  });

  it('stores quantities as given: a range, an approximate value, a lower bound', async () => {
    const rows = await cypher(
      graph.driver,
      `MATCH (c:Claim) WHERE c.id IN ['clm-crowd-20000-to-30000', 'clm-crowd-about-10000', 'clm-deaths-at-least-four']
       RETURN c.id AS id, c.quantityValue AS value, c.quantityMin AS min, c.quantityMax AS max,
              c.quantityApprox AS approx, c.quantityUnit AS unit ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'clm-crowd-20000-to-30000', value: null, min: 20000, max: 30000, approx: null, unit: 'people' },
      { id: 'clm-crowd-about-10000', value: 10000, min: null, max: null, approx: true, unit: 'people' },
      { id: 'clm-deaths-at-least-four', value: null, min: 4, max: null, approx: null, unit: 'people' },
    ]);
  });

  it('finds Akaev under every spelling of his name', async () => {
    const rows = await cypher(
      graph.driver,
      `MATCH (s:Source)-[:KNOWN_AS]->(a:Alias) WHERE a.key IN ['akayev', 'akaev', 'president akayev']
       RETURN DISTINCT s.id AS id`,
    );
    expect(rows).toEqual([{ id: 'src-akaev' }]);
  });
});

describe('the graph that a small bundle writes', () => {
  const graph = useTestGraph();
  beforeEach(() => resetGraph(graph.driver));

  it('resolves a speaker named by alias to its source, and keeps the name as written', async () => {
    await load(graph.db, bundle());
    const rows = await cypher(
      graph.driver,
      `MATCH (speaker:Source)-[:MADE]->(s:Statement {id: 'st-minister'})
       RETURN speaker.id AS speaker, s.speakerAsWritten AS asWritten`,
    );
    expect(rows).toEqual([{ speaker: 'src-minister', asWritten: 'Kadyrov' }]);
  });

  it('makes claims whose questions differ only in case and space answer one Question', async () => {
    await load(graph.db, bundle());
    const rows = await cypher(
      graph.driver,
      `MATCH (c:Claim)-[:ANSWERS]->(q:Question)
       WITH q, c ORDER BY c.id RETURN q.key AS key, collect(c.id) AS claims`,
    );
    expect(rows).toEqual([{ key: 'deaths in the raids', claims: ['clm-deaths-four', 'clm-deaths-none'] }]);
  });

  it('takes the quote from the text when a statement gives only a span', async () => {
    await load(
      graph.db,
      bundle((b) => delete b.statements[0]!.quote),
    );
    const rows = await cypher(
      graph.driver,
      "MATCH (s:Statement {id: 'st-minister'}) RETURN s.quote AS quote",
    );
    expect(rows).toEqual([{ quote: 'nobody died in the raids' }]);
  });

  it('numbers memberships in the order given', async () => {
    await load(
      graph.db,
      bundle((b) => {
        b.sources.push(
          { id: 'src-ministry', name: 'Interior Ministry', type: 'GOVERNMENT' },
          { id: 'src-government', name: 'Government', type: 'GOVERNMENT' },
        );
        b.sources[0]!.memberOf = ['src-ministry', 'src-government'];
      }),
    );
    const rows = await cypher(
      graph.driver,
      `MATCH (:Source {id: 'src-minister'})-[m:MEMBER_OF]->(body:Source)
       RETURN body.id AS body, m.order AS order ORDER BY order`,
    );
    expect(rows).toEqual([
      { body: 'src-ministry', order: 0 },
      { body: 'src-government', order: 1 },
    ]);
  });

  it('numbers relays in the order given, nearest to the speaker first', async () => {
    await load(
      graph.db,
      bundle((b) => {
        b.sources.push(
          { id: 'src-agency', name: 'News agency', type: 'MEDIA' },
          { id: 'src-paper', name: 'Newspaper', type: 'MEDIA' },
        );
        b.statements[0]!.via = ['src-paper', 'src-agency'];
      }),
    );
    const rows = await cypher(
      graph.driver,
      `MATCH (:Statement {id: 'st-minister'})-[v:VIA]->(relay:Source)
       RETURN relay.id AS relay, v.order AS order ORDER BY order`,
    );
    expect(rows).toEqual([
      { relay: 'src-paper', order: 0 },
      { relay: 'src-agency', order: 1 },
    ]);
  });
});
