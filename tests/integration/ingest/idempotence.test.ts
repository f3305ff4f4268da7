import { ingest, listBundleFiles, readBundles, type IngestReport } from '../../../src/ingest';
import { projectPath } from '../../../src/runtime/projectRoot';
import { cypher, resetGraph, useTestGraph } from '../../support/neo4j';
import {
  bundle,
  dryRun,
  graphSnapshot,
  labelCounts,
  load,
  otherDocument,
  spanOf,
  TEXT,
  without,
} from './helpers';

const SAMPLE = projectPath('data', 'rferl-kyrgyzstan-raids.json');

describe('loading is idempotent, versioned and incremental', () => {
  const graph = useTestGraph();
  beforeEach(() => resetGraph(graph.driver));

  /** The statements of a document: id, speaker and stances, sorted. */
  const statementsOf = (documentId: string) =>
    cypher<{ id: string; speaker: string; quote: string | null; stances: string[] }>(
      graph.driver,
      `MATCH (speaker:Source)-[:MADE]->(s:Statement)-[:IN]->(:Document {id: $documentId})
       RETURN s.id AS id, speaker.id AS speaker, s.quote AS quote,
              [(s)-[r:SUPPORTS|CONTRADICTS]->(c:Claim) | type(r) + ' ' + c.id] AS stances
       ORDER BY id`,
      { documentId },
    ).then((rows) => rows.map((r) => ({ ...r, stances: [...r.stances].sort() })));

  const unchangedReport = (counts: { sources: number; claims: number; statements: number }) => ({
    dryRun: false,
    bundles: { read: 1, loaded: 1, rejected: 0 },
    documents: { created: 0, updated: 0, unchanged: 1, rejected: 0 },
    sources: { created: 0, updated: 0, unchanged: counts.sources, rejected: 0 },
    claims: { created: 0, updated: 0, unchanged: counts.claims, rejected: 0 },
    statements: { created: 0, updated: 0, unchanged: counts.statements, rejected: 0, removed: 0 },
    errors: [],
    warnings: [],
  });

  describe('loading the same input again', () => {
    it('changes nothing, and reports everything unchanged', async () => {
      await load(graph.db, bundle());
      const before = await graphSnapshot(graph.driver);

      const again = await load(graph.db, bundle());

      expect(await graphSnapshot(graph.driver)).toEqual(before);
      expect(again).toEqual(unchangedReport({ sources: 2, claims: 2, statements: 2 }));
    });

    it('changes nothing for the sample read from its file', async () => {
      await ingest(graph.db, readBundles(listBundleFiles([SAMPLE])));
      const before = await graphSnapshot(graph.driver);

      const again = await ingest(graph.db, readBundles(listBundleFiles([SAMPLE])));

      expect(await graphSnapshot(graph.driver)).toEqual(before);
      expect(again).toEqual(unchangedReport({ sources: 17, claims: 38, statements: 25 }));
    });

    it('changes nothing when only the order of keys and of stances differs', async () => {
      await load(graph.db, bundle());
      const before = await graphSnapshot(graph.driver);

      const reordered = bundle((b) => {
        b.statements[0]!.stances.reverse();
        b.document = Object.fromEntries(Object.entries(b.document).reverse());
      });
      const again = await load(graph.db, reordered);

      expect(await graphSnapshot(graph.driver)).toEqual(before);
      expect(again.documents).toMatchObject({ unchanged: 1, updated: 0 });
    });

    it('derives the same id for a statement without one, and different ids for two speakers of the same words', async () => {
      const withoutIds = () =>
        bundle((b) => {
          b.sources.push({ id: 'src-eu', name: 'European Union', type: 'INTERNATIONAL', aliases: ['EU'] });
          // The EU says the same words as the opposition: a second statement over the same span.
          b.statements.push({ ...b.statements[1]!, source: 'EU' });
          b.statements.forEach((s) => delete s.id);
        });
      await load(graph.db, withoutIds());
      const first = await statementsOf('doc-1');
      const before = await graphSnapshot(graph.driver);

      await load(graph.db, withoutIds());

      expect(await statementsOf('doc-1')).toEqual(first);
      expect(await graphSnapshot(graph.driver)).toEqual(before);
      expect(first).toHaveLength(3);
      expect(new Set(first.map((s) => s.id)).size).toBe(3);
      for (const { id } of first) expect(id).toMatch(/^st-[0-9a-f]{24}$/);
      const sameWords = first.filter((s) => s.quote === 'at least four people were killed');
      expect(sameWords.map((s) => s.speaker).sort()).toEqual(['src-eu', 'src-opposition']);
    });
  });

  describe('a new version of a document', () => {
    const version2 = () =>
      bundle((b) => {
        // st-minister is dropped, st-opposition changes its cue, st-kadyrov-again is new.
        b.statements = [
          { ...b.statements[1]!, cue: 'claimed' },
          {
            id: 'st-kadyrov-again',
            source: 'src-minister',
            quote: 'Interior Minister Kadyrov said nobody died',
            span: spanOf('Interior Minister Kadyrov said nobody died'),
            stances: [{ claim: 'clm-deaths-none', stance: 'SUPPORTS' }],
          },
        ];
      });
    const doc2 = () =>
      otherDocument('doc-2', [
        {
          id: 'st-doc2',
          source: 'src-minister',
          quote: 'nobody died',
          span: spanOf('nobody died'),
          stances: [{ claim: 'clm-deaths-none', stance: 'SUPPORTS' }],
        },
      ]);

    it("replaces that document's statements and leaves everything else as it was", async () => {
      await load(graph.db, bundle(), doc2());
      const before = await graphSnapshot(graph.driver);

      const report = await load(graph.db, version2());

      expect(report.documents).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: 0 });
      expect(report.statements).toEqual({ created: 1, updated: 1, unchanged: 0, rejected: 0, removed: 1 });
      expect(await statementsOf('doc-1')).toEqual([
        {
          id: 'st-kadyrov-again',
          speaker: 'src-minister',
          quote: 'Interior Minister Kadyrov said nobody died',
          stances: ['SUPPORTS clm-deaths-none'],
        },
        {
          id: 'st-opposition',
          speaker: 'src-opposition',
          quote: 'at least four people were killed',
          stances: ['SUPPORTS clm-deaths-four'],
        },
      ]);
      // Everything but doc-1 and its statements is exactly as before: doc-2's statements, every source
      // (even one whose statement went away), every claim, alias and question.
      const doc1 = [
        'Document:doc-1',
        'Statement:st-minister',
        'Statement:st-opposition',
        'Statement:st-kadyrov-again',
      ];
      const after = await graphSnapshot(graph.driver);
      expect(without(after, doc1)).toEqual(without(before, doc1));
      expect(labelCounts(after)).toMatchObject({ Document: 2, Statement: 3, Source: 2, Claim: 2 });
    });

    it('replaces the properties of the document itself', async () => {
      await load(graph.db, bundle());

      await load(
        graph.db,
        bundle((b) => {
          b.document.title = 'Raids (corrected)';
          delete b.document.language;
        }),
      );

      const [document] = await cypher(
        graph.driver,
        "MATCH (d:Document {id: 'doc-1'}) RETURN d.title AS title, d.language AS language",
      );
      expect(document).toEqual({ title: 'Raids (corrected)', language: null });
      expect(await statementsOf('doc-1')).toHaveLength(2);
    });

    it('is loaded after the older version when both come in one run', async () => {
      const report = await load(graph.db, bundle(), version2());

      expect(report.bundles).toEqual({ read: 2, loaded: 2, rejected: 0 });
      expect((await statementsOf('doc-1')).map((s) => s.id)).toEqual(['st-kadyrov-again', 'st-opposition']);
    });
  });

  describe('a dry run', () => {
    it('writes nothing but reports what a real run would, on an empty database', async () => {
      const before = await graphSnapshot(graph.driver);

      const rehearsed = await dryRun(graph.db, bundle());

      expect(await graphSnapshot(graph.driver)).toEqual(before);
      expect(before.nodes).toEqual([]);
      const real = await load(graph.db, bundle());
      expect(rehearsed).toEqual({ ...real, dryRun: true });
      expect(real.statements.created).toBe(2);
    });

    it('writes nothing but reports what a real run would, for a new version of a stored document', async () => {
      await load(graph.db, bundle());
      const v2 = () => bundle((b) => (b.statements = [{ ...b.statements[1]!, cue: 'claimed' }]));
      const before = await graphSnapshot(graph.driver);

      const rehearsed = await dryRun(graph.db, v2());

      expect(await graphSnapshot(graph.driver)).toEqual(before);
      expect(rehearsed.documents).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: 0 });
      expect(rehearsed.statements).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: 0, removed: 1 });
      expect(rehearsed).toEqual({ ...(await load(graph.db, v2())), dryRun: true });
    });

    it('checks references to bundles earlier in the same dry run', async () => {
      const report = await dryRun(
        graph.db,
        bundle(),
        otherDocument('doc-2', [
          {
            source: 'KADYROV',
            quote: 'nobody died',
            span: spanOf('nobody died'),
            stances: [{ claim: 'clm-deaths-none', stance: 'SUPPORTS' }],
          },
        ]),
      );

      expect(report.errors).toEqual([]);
      expect(report.bundles).toEqual({ read: 2, loaded: 2, rejected: 0 });
      expect(report.statements.created).toBe(3);
      expect((await graphSnapshot(graph.driver)).nodes).toEqual([]);
    });

    it('reports the same counts as a real run when a run holds two versions of a document', async () => {
      const v2 = () => bundle((b) => (b.statements = [b.statements[1]!]));

      const rehearsed = await dryRun(graph.db, bundle(), v2());
      const real = await load(graph.db, bundle(), v2());

      expect(rehearsed).toEqual({ ...real, dryRun: true });
    });

    it('accepts a later batch that only refers to what an earlier batch of the run defined, as a real run does', async () => {
      // The second version of doc-1 starts a batch of its own; it and doc-2 name their speakers by alias
      // and their claims by id, all defined only by the first version.
      const refersOnly = (documentId: string) =>
        otherDocument(documentId, [
          {
            id: `st-${documentId}-refers`,
            source: 'KADYROV',
            quote: 'nobody died',
            span: spanOf('nobody died'),
            stances: [{ claim: 'clm-deaths-none', stance: 'SUPPORTS' }],
          },
        ]);
      const run = () => [bundle(), refersOnly('doc-1'), refersOnly('doc-2')];

      const rehearsed = await dryRun(graph.db, ...run());
      expect((await graphSnapshot(graph.driver)).nodes).toEqual([]);
      const real = await load(graph.db, ...run());

      expect(real.errors).toEqual([]);
      expect(real.bundles).toEqual({ read: 3, loaded: 3, rejected: 0 });
      expect(rehearsed).toEqual({ ...real, dryRun: true });
    });

    it('goes on after a write the checks could not foresee fails, as a real run does', async () => {
      // A statement node outside any document: the checks do not see it, the id constraint does.
      await cypher(graph.driver, "CREATE (:Statement {id: 'st-stray'})");
      const statement = (id: string) => ({
        id,
        source: 'KADYROV',
        quote: 'nobody died',
        span: spanOf('nobody died'),
        stances: [{ claim: 'clm-deaths-none', stance: 'SUPPORTS' as const }],
      });
      // Three batches: the second fails as a whole, then loads its bundles one by one (doc-2 fails); the
      // third refers to what the first and the second defined, and holds doc-2 put right.
      const run = () => [
        bundle(),
        otherDocument('doc-1', [statement('st-doc1-v2')]),
        otherDocument('doc-2', [statement('st-stray')]),
        otherDocument('doc-2', [statement('st-doc2')]),
        otherDocument('doc-1', [statement('st-doc1-v2'), statement('st-doc1-v3')]),
      ];
      const before = await graphSnapshot(graph.driver);

      const rehearsed = await dryRun(graph.db, ...run());
      expect(await graphSnapshot(graph.driver)).toEqual(before);
      const real = await load(graph.db, ...run());

      expect(real.bundles).toEqual({ read: 5, loaded: 4, rejected: 1 });
      expect(real.errors).toEqual([
        expect.objectContaining({ file: 'mem-2.json', message: expect.stringMatching(/^conflicts with/) }),
      ]);
      expect(rehearsed).toEqual({ ...real, dryRun: true });
    });
  });

  describe('references to sources and claims defined elsewhere', () => {
    const akayevBundle = () =>
      bundle((b) => {
        b.sources.push({ id: 'src-akaev', name: 'Askar Akaev', type: 'PERSON', aliases: ['Akayev'] });
      });
    /** doc-2, whose statements name their speakers and claims only by reference. */
    const referring = () =>
      otherDocument('doc-2', [
        {
          id: 'st-upper',
          source: 'AKAYEV',
          quote: 'nobody died',
          span: spanOf('nobody died'),
          stances: [{ claim: 'clm-deaths-none', stance: 'SUPPORTS' }],
        },
        {
          id: 'st-accented',
          source: 'Akàyev',
          via: ['Interior Minister Kadyrov'],
          quote: 'at least four people were killed',
          span: spanOf('at least four people were killed'),
          stances: [{ claim: 'clm-deaths-four', stance: 'CONTRADICTS' }],
        },
        {
          id: 'st-by-id',
          source: 'src-opposition',
          quote: 'Opposition leaders said',
          span: spanOf('Opposition leaders said'),
          stances: [{ claim: 'clm-deaths-four', stance: 'SUPPORTS' }],
        },
      ]);
    const expectedDoc2 = [
      {
        id: 'st-accented',
        speaker: 'src-akaev',
        quote: 'at least four people were killed',
        stances: ['CONTRADICTS clm-deaths-four'],
      },
      {
        id: 'st-by-id',
        speaker: 'src-opposition',
        quote: 'Opposition leaders said',
        stances: ['SUPPORTS clm-deaths-four'],
      },
      { id: 'st-upper', speaker: 'src-akaev', quote: 'nobody died', stances: ['SUPPORTS clm-deaths-none'] },
    ];

    it('finds them in an earlier bundle of the same run, by id or by any alias', async () => {
      const report = await load(graph.db, akayevBundle(), referring());

      expect(report.errors).toEqual([]);
      expect(report.bundles).toEqual({ read: 2, loaded: 2, rejected: 0 });
      expect(await statementsOf('doc-2')).toEqual(expectedDoc2);
    });

    it('finds them in the database, by id or by any alias (any case, any diacritics)', async () => {
      await load(graph.db, akayevBundle());
      const report = await load(graph.db, referring());

      expect(report.errors).toEqual([]);
      expect(report.documents.created).toBe(1);
      expect(report.sources).toEqual({ created: 0, updated: 0, unchanged: 0, rejected: 0 });
      expect(await statementsOf('doc-2')).toEqual(expectedDoc2);
      const relays = await cypher(
        graph.driver,
        "MATCH (:Statement {id: 'st-accented'})-[:VIA]->(relay:Source) RETURN relay.id AS relay",
      );
      expect(relays).toEqual([{ relay: 'src-minister' }]);
    });

    it('lets a new claim contradict a claim already in the database, and a source join a known body', async () => {
      await load(graph.db, bundle());

      const report = await load(graph.db, {
        document: { id: 'doc-2', text: 'Officials deny that anyone was hurt.' },
        sources: [{ id: 'src-officials', name: 'Officials', type: 'GROUP', memberOf: ['kadyrov'] }],
        claims: [{ id: 'clm-nobody-hurt', text: 'Nobody was hurt.', contradicts: ['clm-deaths-four'] }],
        statements: [
          {
            id: 'st-officials',
            source: 'src-officials',
            cue: 'deny',
            stances: [{ claim: 'clm-nobody-hurt', stance: 'SUPPORTS' }],
          },
        ],
      });

      expect(report.errors).toEqual([]);
      const edges = await cypher(
        graph.driver,
        `MATCH (a)-[r:CONTRADICTS|MEMBER_OF]->(b) WHERE a.id IN ['clm-nobody-hurt', 'src-officials']
         RETURN a.id AS from, type(r) AS type, b.id AS to ORDER BY from`,
      );
      expect(edges).toEqual([
        { from: 'clm-nobody-hurt', type: 'CONTRADICTS', to: 'clm-deaths-four' },
        { from: 'src-officials', type: 'MEMBER_OF', to: 'src-minister' },
      ]);
    });

    it('lets a spokesman change whom he speaks for, and his old principal join him', async () => {
      await load(graph.db, {
        document: { id: 'doc-2' },
        sources: [
          { id: 'src-a', name: 'A', type: 'PERSON', speaksFor: 'src-b' },
          { id: 'src-b', name: 'B', type: 'ORGANIZATION' },
          { id: 'src-c', name: 'C', type: 'ORGANIZATION' },
        ],
      });

      const report = await load(graph.db, {
        document: { id: 'doc-3' },
        sources: [
          { id: 'src-a', name: 'A', type: 'PERSON', speaksFor: 'src-c' },
          { id: 'src-b', name: 'B', type: 'ORGANIZATION', memberOf: ['src-a'] },
        ],
      });

      expect(report.errors).toEqual([]);
      const edges = await cypher(
        graph.driver,
        `MATCH (a:Source)-[r:SPEAKS_FOR|MEMBER_OF]->(b:Source) RETURN a.id AS from, type(r) AS type, b.id AS to
         ORDER BY from`,
      );
      expect(edges).toEqual([
        { from: 'src-a', type: 'SPEAKS_FOR', to: 'src-c' },
        { from: 'src-b', type: 'MEMBER_OF', to: 'src-a' },
      ]);
    });

    it('adds the aliases of a source defined again, and keeps its other fields', async () => {
      await load(graph.db, bundle());

      const report = await load(graph.db, {
        document: { id: 'doc-2', text: TEXT },
        sources: [{ id: 'src-minister', name: 'Ruslan Kadyrov', type: 'PERSON', aliases: ['R. Kadyrov'] }],
      });

      expect(report.sources).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: 0 });
      const [source] = await cypher(
        graph.driver,
        "MATCH (s:Source {id: 'src-minister'}) RETURN s.aliases AS aliases, s.role AS role",
      );
      expect(source).toEqual({
        aliases: ['Kadyrov', 'Interior Minister Kadyrov', 'R. Kadyrov'],
        role: 'Interior Minister',
      });
      const [alias] = await cypher(
        graph.driver,
        "MATCH (:Source {id: 'src-minister'})-[:KNOWN_AS]->(a:Alias {key: 'r. kadyrov'}) RETURN a.name AS name",
      );
      expect(alias).toEqual({ name: 'R. Kadyrov' });
    });

    it('counts a source defined by two bundles of one run once as created, then unchanged', async () => {
      const report: IngestReport = await load(
        graph.db,
        bundle(),
        bundle((b) => {
          b.document.id = 'doc-2';
          b.statements.forEach((s) => (s.id = `${s.id}-2`));
        }),
      );

      expect(report.bundles).toEqual({ read: 2, loaded: 2, rejected: 0 });
      expect(report.sources).toEqual({ created: 2, updated: 0, unchanged: 2, rejected: 0 });
      expect(report.claims).toEqual({ created: 2, updated: 0, unchanged: 2, rejected: 0 });
    });
  });
});
