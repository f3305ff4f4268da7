import { exportDocuments, ingest, type Bundle, type IngestReport } from '../../../src/ingest';
import type { Service } from '../../../src/cli/service';
import { cypher, resetGraph, useTestGraph } from '../../support/neo4j';
import { loadSample, SAMPLE_DOCUMENT } from '../../support/sample';
import { startTestService } from '../../support/service';
import {
  bundle,
  graphSnapshot,
  labelCounts,
  raws,
  without,
  withoutVerdicts,
  type GraphSnapshot,
} from '../ingest/helpers';
import { API_KEYS, apiCalls, seedBundle, type KeyRole } from './apiKeys';
import { LIBERTY, withoutAudit } from './curationFixtures';

const INGEST = `mutation ($bundles: [JSON!]!, $dryRun: Boolean) {
  ingest(bundles: $bundles, dryRun: $dryRun) {
    dryRun
    bundles { read loaded rejected }
    documents { ...tally }
    sources { ...tally }
    claims { ...tally }
    statements { created updated unchanged rejected removed }
    errors { bundle path message }
    warnings { bundle path message }
  }
}
fragment tally on Tally { created updated unchanged rejected }`;
const RATE = `mutation ($id: ID!, $reliability: Reliability!) {
  setSourceReliability(id: $id, reliability: $reliability) { id reliability }
}`;
const MERGE = `mutation ($keep: ID!, $merge: ID!) {
  mergeSources(keep: $keep, merge: $merge) {
    id name aliases memberOf { id } speaksFor { id }
    statements(first: 100) { totalCount edges { node { id } } }
  }
}`;
const RETRACT = `mutation ($id: ID!) { retractDocument(id: $id) { documentId statementsRemoved } }`;

type ApiProblem = { bundle: number; path: string; message: string };
type ApiReport = Omit<IngestReport, 'errors' | 'warnings'> & { errors: ApiProblem[]; warnings: ApiProblem[] };

/** The CLI's report as the API gives it: each error and warning named by its bundle's position, not a file. */
const asApiReport = (report: IngestReport): ApiReport => {
  const located = (problems: IngestReport['errors']) =>
    problems.map(({ file, path, message }) => ({
      bundle: Number(/^mem-(\d+)\.json$/.exec(file)?.[1]),
      path,
      message,
    }));
  return { ...report, errors: located(report.errors), warnings: located(report.warnings) };
};

/** A snapshot without content hashes: a document whose statements a merge re-attributed is written anew. */
const withoutHashes = (snapshot: GraphSnapshot): GraphSnapshot => ({
  ...snapshot,
  nodes: snapshot.nodes.map(({ properties: { contentHash, ...properties }, ...node }) => ({
    ...node,
    properties,
  })),
});

describe('the mutations over HTTP, on the seed sample', () => {
  const graph = useTestGraph();
  let service: Service;
  beforeAll(async () => {
    service = await startTestService({ API_KEYS });
  });
  afterAll(() => service?.stop());

  const { call, data, failure } = apiCalls(() => service.url);
  const ingestApi = async (bundles: unknown[], dryRun = false) =>
    (await data<{ ingest: ApiReport }>('writer', INGEST, { bundles, dryRun })).ingest;
  /** The graph, but for audit entries, which every call by a key adds, done or not (see audit.test.ts). */
  const snapshot = () => graphSnapshot(graph.driver).then(withoutAudit);

  describe('ingest', () => {
    beforeEach(() => resetGraph(graph.driver));

    it('loads a statement said after its document was published, and warns at its path', async () => {
      const late = seedBundle();
      late.document = { ...late.document, publishedAt: '2005-03-20' };
      late.statements = late.statements?.map((st, i) => (i === 2 ? { ...st, saidAt: '2005-03-23' } : st));

      const report = await ingestApi([late]);

      expect(report.errors).toEqual([]);
      expect(report.bundles.loaded).toBe(1);
      expect(report.warnings).toEqual([
        {
          bundle: 0,
          path: '/statements/2/saidAt',
          message:
            "2005-03-23 is after the document's publication (2005-03-20): loaded as given, but check it",
        },
      ]);
    });

    it("loads the seed as the CLI does: the CLI's report, the CLI's graph", async () => {
      const viaApi = await ingestApi([seedBundle()]);
      const apiGraph = await snapshot();
      await resetGraph(graph.driver);
      const viaCli = await ingest(graph.db, raws(seedBundle()));

      expect(viaApi).toEqual(asApiReport(viaCli));
      expect(viaApi.statements.created).toBe(25);
      expect(await snapshot()).toEqual(apiGraph);
    });

    it("refuses a bad bundle with the CLI's errors and JSON paths, writes nothing of it, loads the others", async () => {
      const bad = bundle((b) => {
        b.statements[0]!.span = { start: 0, end: 5000 };
        b.statements[1]!.source = 'Nobody Known';
      });
      const viaApi = await ingestApi([seedBundle(), bad]);
      const apiGraph = await snapshot();
      await resetGraph(graph.driver);
      const viaCli = await ingest(graph.db, raws(seedBundle(), bad));

      expect(viaApi).toEqual(asApiReport(viaCli));
      expect(viaApi.bundles).toEqual({ read: 2, loaded: 1, rejected: 1 });
      expect(viaApi.errors).toEqual([
        { bundle: 1, path: '/statements/0/span', message: expect.stringContaining('past the end') },
        { bundle: 1, path: '/statements/1/source', message: expect.stringContaining("'Nobody Known'") },
      ]);
      expect(await snapshot()).toEqual(apiGraph);
      expect(labelCounts(apiGraph).Document).toBe(1);
    });

    it('with dryRun checks everything, reports what would load and writes nothing', async () => {
      await loadSample(graph.db);
      const before = await snapshot();

      const report = await ingestApi([bundle(), seedBundle()], true);

      expect(report).toMatchObject({ dryRun: true, bundles: { read: 2, loaded: 2, rejected: 0 } });
      expect(report.documents).toEqual({ created: 1, updated: 0, unchanged: 1, rejected: 0 });
      expect(await snapshot()).toEqual(before);
    });

    it.each([
      ['no bundles', [], 'bundles is empty'],
      ['more than 1000 bundles', Array.from({ length: 1001 }, () => ({})), 'at most 1000'],
    ])('refuses %s with BAD_USER_INPUT', async (_, bundles, message) => {
      expect(await failure('writer', INGEST, { bundles })).toEqual({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining(message),
      });
    });
  });

  describe('auth: each mutation and the audit log need their role', () => {
    beforeAll(async () => {
      await resetGraph(graph.driver);
      await loadSample(graph.db);
    });

    const operations: [string, string, Record<string, unknown>, KeyRole][] = [
      ['ingest', INGEST, { bundles: [bundle()], dryRun: true }, 'writer'],
      ['setSourceReliability', RATE, { id: 'src-rferl', reliability: 'B' }, 'admin'],
      ['mergeSources', MERGE, { keep: 'src-rferl', merge: 'src-rferl-kyrgyz-service' }, 'admin'],
      ['retractDocument', RETRACT, { id: SAMPLE_DOCUMENT }, 'admin'],
      ['auditLog', '{ auditLog { edges { node { at } } } }', {}, 'admin'],
    ];
    const refusals = operations.flatMap(([name, query, variables, needed]) => [
      [name, 'nobody', 'UNAUTHENTICATED', 401, query, variables] as const,
      [name, 'reader', 'FORBIDDEN', 403, query, variables] as const,
      ...(needed === 'admin' ? [[name, 'writer', 'FORBIDDEN', 403, query, variables] as const] : []),
    ]);

    it.each(refusals)('%s refuses %s with %s (HTTP %d)', async (_, role, code, status, query, variables) => {
      const before = await snapshot();
      const answer = await call(role, query, variables);
      expect(answer.errors?.[0]?.extensions?.code).toBe(code);
      expect(answer.status).toBe(status);
      expect(answer.data ?? null).toBeNull();
      expect(await snapshot()).toEqual(before);
    });

    it('lets a writer ingest, and an admin too', async () => {
      for (const role of ['writer', 'admin'] as const) {
        const answer = await call<{ ingest: ApiReport }>(role, INGEST, { bundles: [seedBundle()] });
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.ingest.documents.unchanged).toBe(1);
      }
    });
  });

  describe('setSourceReliability', () => {
    beforeEach(async () => {
      await resetGraph(graph.driver);
      await loadSample(graph.db);
    });
    const reliabilityOf = async (id: string) =>
      (
        await cypher<{ r: string | null }>(
          graph.driver,
          'MATCH (s:Source {id: $id}) RETURN s.reliability AS r',
          { id },
        )
      )[0]?.r;

    it('rates a source named by an alias, and records who rated it', async () => {
      const answer = await data<{ setSourceReliability: { id: string; reliability: string } }>(
        'admin',
        RATE,
        {
          id: 'jangaraev',
          reliability: 'E',
        },
      );
      expect(answer.setSourceReliability).toEqual({ id: 'src-jangaraev', reliability: 'E' });
      const [stored] = await cypher<{ by: string; at: string }>(
        graph.driver,
        "MATCH (s:Source {id: 'src-jangaraev'}) RETURN s.reliabilityRatedBy AS by, s.reliabilityRatedAt AS at",
      );
      expect(stored?.by).toBe('admin1');
      expect(new Date(stored?.at ?? '').toISOString()).toBe(stored?.at);
    });

    it('survives reloading the seed, and a bundle rating the source otherwise, both reporting it unchanged', async () => {
      await data('admin', RATE, { id: 'src-res-publica', reliability: 'A' });
      const seed = seedBundle();
      const reload = await ingestApi([seed]);
      expect(reload.sources).toEqual({
        created: 0,
        updated: 0,
        unchanged: seed.sources!.length,
        rejected: 0,
      });

      const rerated: Bundle = {
        document: { id: 'doc-rerated', title: 'Rated by a bundle' },
        sources: [{ id: 'src-res-publica', name: 'Res Publica', type: 'MEDIA', reliability: 'D' }],
      };
      const other = await ingestApi([rerated]);
      expect(other.sources).toEqual({ created: 0, updated: 0, unchanged: 1, rejected: 0 });
      expect(await reliabilityOf('src-res-publica')).toBe('A');
    });

    it('still lets bundles rate the sources no analyst rated', async () => {
      await data('admin', RATE, { id: 'src-res-publica', reliability: 'A' });
      await ingestApi([
        {
          document: { id: 'doc-rerated', title: 'Rated by a bundle' },
          sources: [{ id: 'src-eu', name: 'European Union', type: 'INTERNATIONAL', reliability: 'B' }],
        },
      ]);
      expect(await reliabilityOf('src-eu')).toBe('B');
    });

    it('is exported as the source reliability, and the export loads back unchanged', async () => {
      await data('admin', RATE, { id: 'src-res-publica', reliability: 'A' });
      const { bundles } = await exportDocuments(graph.db, [SAMPLE_DOCUMENT]);
      expect(bundles[0]?.sources?.find((s) => s.id === 'src-res-publica')?.reliability).toBe('A');
      const before = await snapshot();
      const report = await ingest(graph.db, raws(...bundles));
      expect(report.documents.unchanged).toBe(1);
      expect(await snapshot()).toEqual(before);
    });

    it('fails with NOT_FOUND for an unknown source, and BAD_USER_INPUT for an unknown rating', async () => {
      expect(await failure('admin', RATE, { id: 'src-nobody', reliability: 'A' })).toEqual({
        code: 'NOT_FOUND',
        message: 'id: no source has the id or alias "src-nobody"',
      });
      expect(await failure('admin', RATE, { id: 'src-eu', reliability: 'Z' })).toMatchObject({
        code: 'BAD_USER_INPUT',
      });
    });
  });

  describe('mergeSources', () => {
    beforeEach(async () => {
      await resetGraph(graph.driver);
      await loadSample(graph.db);
      expect((await ingestApi([LIBERTY])).errors).toEqual([]);
    });

    /** Every edge from or to a source (with its order) and every alias's owner, as sorted lines. */
    const sourceEdges = async () =>
      (
        await cypher<{ line: string }>(
          graph.driver,
          `MATCH (a)-[r:MADE|VIA|MEMBER_OF|SPEAKS_FOR|KNOWN_AS]->(b)
           RETURN type(r) + ' ' + coalesce(a.id, 'key:' + a.key) + ' -> ' + coalesce(b.id, 'key:' + b.key) +
                  coalesce(' #' + toString(toInteger(r.order)), '') AS line
           UNION ALL
           MATCH (alias:Alias) RETURN 'alias key:' + alias.key + ' of ' + alias.sourceId AS line`,
        )
      )
        .map((r) => r.line)
        .sort();
    const renamed = (lines: string[], from: string, to: string) =>
      lines.map((line) => line.replace(new RegExp(`(^| )${from}( |$)`, 'g'), `$1${to}$2`)).sort();

    it('moves statements, relays, memberships, spokesmen and aliases to the source kept, losing nothing', async () => {
      const before = await sourceEdges();

      const { mergeSources: kept } = await data<{
        mergeSources: {
          id: string;
          aliases: string[];
          memberOf: { id: string }[];
          statements: { totalCount: number; edges: { node: { id: string } }[] };
        };
      }>('admin', MERGE, { keep: 'RFE/RL', merge: 'src-radio-liberty' });

      expect(kept.id).toBe('src-rferl');
      expect(kept.aliases).toEqual(['RFE/RL', 'src-radio-liberty', 'Radio Liberty', 'Radio Azattyk']);
      expect(kept.memberOf).toEqual([{ id: 'src-us' }]);
      expect(kept.statements.edges.map((e) => e.node.id)).toContain('st-liberty-brutal');
      // Every edge the merged source had is now the kept source's; its name became an alias too.
      expect(await sourceEdges()).toEqual(
        [
          ...renamed(before, 'src-radio-liberty', 'src-rferl'),
          'KNOWN_AS src-rferl -> key:radio liberty',
          'alias key:radio liberty of src-rferl',
        ].sort(),
      );
      expect(await cypher(graph.driver, "MATCH (s:Source {id: 'src-radio-liberty'}) RETURN s")).toEqual([]);
    });

    it('answers for the merged id and aliases with the source kept', async () => {
      await data('admin', MERGE, { keep: 'src-rferl', merge: 'src-radio-liberty' });
      const { source, statement, ryskeldi } = await data<Record<string, unknown>>(
        'reader',
        `{
          source(id: "radio azattyk") { id }
          statement(id: "st-ryskeldi-nobody-died") { source { id } via { id } }
          ryskeldi: source(id: "src-ryskeldi") { memberOf { id } speaksFor { id } }
        }`,
      );
      expect(source).toEqual({ id: 'src-rferl' });
      expect(statement).toEqual({ source: { id: 'src-ryskeldi' }, via: [{ id: 'src-rferl' }] });
      expect(ryskeldi).toEqual({ memberOf: [{ id: 'src-rferl' }], speaksFor: { id: 'src-rferl' } });
      const merged = await data<{ source: { id: string } }>(
        'reader',
        '{ source(id: "src-radio-liberty") { id } }',
      );
      expect(merged.source).toEqual({ id: 'src-rferl' });
    });

    it('then reloading every earlier bundle duplicates nothing, and a second reload changes nothing', async () => {
      await data('admin', MERGE, { keep: 'src-rferl', merge: 'src-radio-liberty' });
      const merged = await snapshot();

      // One call each: a source mentioned by two bundles of one call is reported by what the second adds
      // to the first, not to the database (src/ingest/mentionStatuses.ts).
      for (const earlier of [seedBundle(), LIBERTY]) {
        const reload = await ingestApi([earlier]);
        expect(reload.errors).toEqual([]);
        expect(reload.sources).toMatchObject({ created: 0, updated: 0 });
        expect(reload.claims).toMatchObject({ created: 0, updated: 0 });
        expect(reload.statements).toMatchObject({ created: 0, removed: 0 });
      }
      const reloaded = await snapshot();
      expect(labelCounts(reloaded)).toEqual(labelCounts(merged));
      expect(reloaded.relationships.length).toBe(merged.relationships.length);
      // Its statements now name the kept source, so doc-liberty is written anew, as it was.
      expect(withoutHashes(reloaded)).toEqual(withoutHashes(merged));

      const again = await ingestApi([seedBundle(), LIBERTY]);
      expect(again.documents).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
      expect(await snapshot()).toEqual(reloaded);
    });

    it('drops the edges between the two, and the seed still reloads without a duplicate', async () => {
      // The Kyrgyz Service is a member of RFE/RL: merged into it, that membership would be a loop.
      await data('admin', MERGE, { keep: 'src-rferl', merge: 'src-rferl-kyrgyz-service' });
      const loops = await cypher(graph.driver, 'MATCH (s:Source)-[r]->(s) RETURN type(r) AS type');
      expect(loops).toEqual([]);
      const merged = await snapshot();

      const reload = await ingestApi([seedBundle()]);

      expect(reload.errors).toEqual([]);
      expect(withoutHashes(await snapshot())).toEqual(withoutHashes(merged));
    });

    it.each([
      [
        'keep and merge are one source',
        { keep: 'src-rferl', merge: 'RFE/RL' },
        'a source cannot be merged into itself',
      ],
      [
        'they speak for different bodies',
        { keep: 'src-karasartov', merge: 'src-jangaraev' },
        "'src-jangaraev' speaks for 'src-interior-ministry' and 'src-karasartov' for 'src-kyrgyz-government'",
      ],
      [
        'the merge would make a memberOf cycle',
        { keep: 'src-suranchiyev', merge: 'src-kyrgyz-government' },
        'memberOf/speaksFor cycle',
      ],
    ])('fails with BAD_USER_INPUT, changing nothing, when %s', async (_, variables, message) => {
      const before = await snapshot();
      expect(await failure('admin', MERGE, variables)).toEqual({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining(message),
      });
      expect(await snapshot()).toEqual(before);
    });

    it.each([
      ['keep', { keep: 'src-nobody', merge: 'src-rferl' }],
      ['merge', { keep: 'src-rferl', merge: 'src-nobody' }],
    ])('fails with NOT_FOUND for an unknown %s', async (argument, variables) => {
      expect(await failure('admin', MERGE, variables)).toEqual({
        code: 'NOT_FOUND',
        message: `${argument}: no source has the id or alias "src-nobody"`,
      });
    });
  });

  describe('retractDocument', () => {
    const OTHER: Bundle = {
      document: { id: 'doc-other', title: 'Another report' },
      statements: [
        {
          id: 'st-other-deaths',
          source: 'Res Publica newspaper',
          quote: 'four people died',
          stances: [{ claim: 'clm-deaths-at-least-four', stance: 'SUPPORTS' }],
        },
      ],
    };
    beforeEach(async () => {
      await resetGraph(graph.driver);
      await loadSample(graph.db);
      expect((await ingestApi([OTHER])).errors).toEqual([]);
    });

    it("removes exactly the document and its statements; sources, claims, questions and the other document's statements stay", async () => {
      const before = await snapshot();
      const seedStatements = await cypher<{ id: string }>(
        graph.driver,
        'MATCH (s:Statement)-[:IN]->(:Document {id: $id}) RETURN s.id AS id',
        { id: SAMPLE_DOCUMENT },
      );

      const { retractDocument } = await data<{ retractDocument: unknown }>('admin', RETRACT, {
        id: SAMPLE_DOCUMENT,
      });

      expect(retractDocument).toEqual({ documentId: SAMPLE_DOCUMENT, statementsRemoved: 25 });
      expect(seedStatements).toHaveLength(25);
      const gone = [`Document:${SAMPLE_DOCUMENT}`, ...seedStatements.map((s) => `Statement:${s.id}`)];
      // Claims' stored verdicts follow from their sides, which lost the seed's statements.
      expect(withoutVerdicts(await snapshot())).toEqual(withoutVerdicts(without(before, gone)));
      const answer = await data<{ document: null; claim: { supporters: { source: { id: string } }[] } }>(
        'reader',
        `{ document(id: "${SAMPLE_DOCUMENT}") { id }
           claim(id: "clm-deaths-at-least-four") { supporters { source { id } } } }`,
      );
      expect(answer).toEqual({
        document: null,
        claim: { supporters: [{ source: { id: 'src-res-publica' } }] },
      });
    });

    it('fails with NOT_FOUND for an unknown document, changing nothing', async () => {
      const before = await snapshot();
      expect(await failure('admin', RETRACT, { id: 'doc-nowhere' })).toEqual({
        code: 'NOT_FOUND',
        message: 'id: no document has the id "doc-nowhere"',
      });
      expect(await snapshot()).toEqual(before);
    });
  });
});
