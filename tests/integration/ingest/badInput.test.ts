import fs from 'node:fs';
import path from 'node:path';
import { ingest, listBundleFiles, parseBundle, readBundles, type IngestReport } from '../../../src/ingest';
import { cypher, resetGraph, useTestGraph } from '../../support/neo4j';
import {
  bundle,
  graphSnapshot,
  load,
  otherDocument,
  raws,
  removeDir,
  spanOf,
  tempFiles,
  TEXT,
  without,
  withoutVerdicts,
  type GraphSnapshot,
  type TestBundle,
} from './helpers';

type Loose = Record<string, unknown>;
/** For breaking a bundle in ways its type does not allow. */
const loose = (value: object) => value as Loose;

/** A bundle for doc-2 that defines its own source and refers to what doc-1 (the baseline) defined. */
const doc2 = (edit: (b: TestBundle) => void = () => undefined) =>
  bundle((b) => {
    b.document = { id: 'doc-2', text: 'Officials said nobody died.' };
    b.sources = [{ id: 'src-officials', name: 'Officials', type: 'GROUP' }];
    b.claims = [];
    b.statements = [
      {
        id: 'st-officials',
        source: 'src-officials',
        quote: 'nobody died',
        span: spanOf('nobody died', 'Officials said nobody died.'),
        stances: [{ claim: 'clm-deaths-none', stance: 'SUPPORTS' }],
      },
    ];
    edit(b);
  });

const minister = spanOf('nobody died in the raids');

describe('bad input is refused with a clear error and leaves the database as it was', () => {
  const graph = useTestGraph();
  /** The graph after the baseline (the tiny bundle, doc-1) was loaded. */
  let before: GraphSnapshot;
  beforeEach(async () => {
    await resetGraph(graph.driver);
    expect((await load(graph.db, bundle())).errors).toEqual([]);
    before = await graphSnapshot(graph.driver);
  });

  /** One bundle refused: nothing loaded, the expected error among those reported, the graph unchanged. */
  async function expectRefused(report: IngestReport, error: { path: string; message: string }) {
    expect(report.bundles).toEqual({ read: 1, loaded: 0, rejected: 1 });
    expect(report.documents).toMatchObject({ created: 0, updated: 0, unchanged: 0, rejected: 1 });
    expect(report.errors).toContainEqual({
      file: 'mem-0.json',
      path: error.path,
      message: expect.stringContaining(error.message),
    });
    expect(await graphSnapshot(graph.driver)).toEqual(before);
  }

  // Most bad bundles are a new version of doc-1: were they not atomic, doc-1's statements would be replaced.
  const cases: [string, TestBundle, { path: string; message: string }][] = [
    // JSON Schema
    [
      'an unknown field',
      bundle((b) => (loose(b.sources[0]!).nickname = 'Rusik')),
      { path: '/sources/0/nickname', message: "unknown field 'nickname'" },
    ],
    [
      'an unknown field at the top',
      bundle((b) => (loose(b).authors = ['someone'])),
      { path: '/authors', message: "unknown field 'authors'" },
    ],
    [
      'a source type outside the enum',
      bundle((b) => (loose(b.sources[1]!).type = 'ALIEN')),
      { path: '/sources/1/type', message: 'must be one of PERSON, ORGANIZATION, MEDIA' },
    ],
    [
      'a stance outside the enum',
      bundle((b) => (loose(b.statements[0]!.stances[0]!).stance = 'MAYBE')),
      { path: '/statements/0/stances/0/stance', message: 'must be one of SUPPORTS, CONTRADICTS' },
    ],
    [
      'a claim without its text',
      bundle((b) => delete loose(b.claims[1]!).text),
      { path: '/claims/1/text', message: 'is required' },
    ],
    [
      'a statement with no stance',
      bundle((b) => (b.statements[1]!.stances = [])),
      { path: '/statements/1/stances', message: 'needs at least 1 item' },
    ],
    [
      'a quantity with both a value and a minimum',
      bundle((b) => (b.claims[0]!.quantity = { value: 0, min: 0 })),
      { path: '/claims/0/quantity/min', message: "must not be given together with 'value'" },
    ],
    [
      'a date that does not exist',
      bundle((b) => (b.document.publishedAt = '2005-02-30')),
      { path: '/document/publishedAt', message: 'must match format "date"' },
    ],
    [
      'a reference with a control character',
      bundle((b) => (b.statements[0]!.source = 'Kadyrov\u0000')),
      { path: '/statements/0/source', message: 'nor hold control characters' },
    ],
    // unknown references
    [
      "a statement's unknown source",
      bundle((b) => (b.statements[0]!.source = 'src-nobody')),
      { path: '/statements/0/source', message: "unknown source 'src-nobody'" },
    ],
    [
      'an unknown relay',
      bundle((b) => (b.statements[1]!.via = ['src-opposition-paper'])),
      { path: '/statements/1/via/0', message: "unknown source 'src-opposition-paper'" },
    ],
    [
      'an unknown body a source is a member of',
      bundle((b) => (b.sources[0]!.memberOf = ['src-ministry'])),
      { path: '/sources/0/memberOf/0', message: "unknown source 'src-ministry'" },
    ],
    [
      'an unknown body a source speaks for',
      bundle((b) => (b.sources[0]!.speaksFor = 'Ministry')),
      { path: '/sources/0/speaksFor', message: "unknown source 'Ministry'" },
    ],
    [
      'a stance on a claim defined nowhere',
      bundle((b) => (b.statements[1]!.stances[0]!.claim = 'clm-nowhere')),
      { path: '/statements/1/stances/0/claim', message: "unknown claim 'clm-nowhere'" },
    ],
    [
      'a claim contradicting a claim defined nowhere',
      bundle((b) => (b.claims[0]!.contradicts = ['clm-nowhere'])),
      { path: '/claims/0/contradicts/0', message: "unknown claim 'clm-nowhere'" },
    ],
    // spans
    [
      'a span ending past the text',
      bundle((b) => (b.statements[1]!.span = { start: 100, end: TEXT.length + 1 })),
      {
        path: '/statements/1/span',
        message: `is past the end of the document text (${TEXT.length} characters)`,
      },
    ],
    [
      'a span starting past the text',
      bundle((b) => (b.statements[1]!.span = { start: TEXT.length + 5, end: TEXT.length + 10 })),
      { path: '/statements/1/span', message: 'is past the end of the document text' },
    ],
    [
      'a quote that is not the text at its span',
      bundle((b) => (b.statements[0]!.quote = 'nobody was hurt in the raids')),
      {
        path: '/statements/0/quote',
        message: `does not match the text at ${minister.start}-${minister.end}, which reads "nobody died in the raids"`,
      },
    ],
    [
      'a quote off by one character',
      bundle((b) => (b.statements[0]!.span!.end += 1)),
      { path: '/statements/0/quote', message: 'does not match the text' },
    ],
    [
      'a span ending before it starts',
      bundle((b) => (b.statements[0]!.span = { start: 40, end: 30 })),
      { path: '/statements/0/span', message: 'end 30 is before start 40' },
    ],
    [
      'a span in a document without text',
      bundle((b) => delete b.document.text),
      { path: '/statements/0/span', message: 'a span needs the document text' },
    ],
    // duplicate ids
    [
      'two sources with one id',
      bundle((b) => b.sources.push({ id: 'src-minister', name: 'Someone else', type: 'PERSON' })),
      { path: '/sources/2/id', message: "duplicate source id 'src-minister'" },
    ],
    [
      'two claims with one id',
      bundle((b) => b.claims.push({ id: 'clm-deaths-four', text: 'Four people died.' })),
      { path: '/claims/2/id', message: "duplicate claim id 'clm-deaths-four'" },
    ],
    [
      'two statements with one id',
      bundle((b) => (b.statements[1]!.id = 'st-minister')),
      { path: '/statements/1/id', message: "duplicate statement id 'st-minister'" },
    ],
    [
      'two statements without ids, by one speaker over the same words',
      bundle((b) => {
        b.statements.push({ ...b.statements[0]!, source: 'Kadyrov' });
        b.statements.forEach((s) => delete s.id);
      }),
      { path: '/statements/2', message: 'same speaker and same words as /statements/0' },
    ],
    [
      "a statement id of another document's statement",
      doc2((b) => (b.statements[0]!.id = 'st-minister')),
      { path: '/statements/0/id', message: "statement id 'st-minister' already belongs to document 'doc-1'" },
    ],
    // aliases
    [
      'an alias naming two sources of the bundle (trimmed, case- and diacritics-insensitive)',
      bundle((b) => (b.sources[1]!.aliases = [' KADÝROV '])),
      {
        path: '/sources/1/aliases/0',
        message: "' KADÝROV ' would name both source 'src-minister' and source 'src-opposition'",
      },
    ],
    [
      "a source id that is another source's alias",
      bundle((b) => b.sources.push({ id: 'kadyrov', name: 'Another Kadyrov', type: 'PERSON' })),
      {
        path: '/sources/2/id',
        message: "'kadyrov' would name both source 'src-minister' and source 'kadyrov'",
      },
    ],
    [
      'an alias that already names a source in the database',
      doc2((b) => (b.sources[0]!.aliases = ['Kàdyrov'])),
      {
        path: '/sources/0/aliases/0',
        message: "'Kàdyrov' already names source 'src-minister'; one alias belongs to one source only",
      },
    ],
    [
      'a new source whose id is the alias of a source in the database',
      doc2((b) => {
        b.sources[0]!.id = 'Interior Minister  Kadyrov';
        b.statements[0]!.source = 'src-minister';
      }),
      { path: '/sources/0/id', message: "already names source 'src-minister'" },
    ],
    // cycles
    [
      'a source that is a member of itself',
      bundle((b) => (b.sources[0]!.memberOf = ['Kadyrov'])),
      { path: '/sources/0/memberOf/0', message: 'a source cannot be a member of, or speak for, itself' },
    ],
    [
      'a cycle of memberOf and speaksFor within the bundle',
      bundle((b) => {
        b.sources[0]!.memberOf = ['src-opposition'];
        b.sources[1]!.speaksFor = 'Kadyrov';
      }),
      {
        path: '/sources/0',
        message: "memberOf/speaksFor of 'src-minister' would form a cycle back to itself",
      },
    ],
  ];

  it.each(cases)('%s', async (_, value, error) => {
    await expectRefused(await ingest(graph.db, raws(value)), error);
  });

  it('reports every problem of a bundle, not just the first', async () => {
    const report = await load(
      graph.db,
      bundle((b) => {
        b.statements[0]!.source = 'src-nobody';
        b.statements[1]!.span = { start: 10, end: 5 };
      }),
    );
    expect(report.errors.map((e) => e.path)).toEqual(['/statements/0/source', '/statements/1/span']);
    expect(report.sources.rejected).toBe(2);
    expect(report.claims.rejected).toBe(2);
    expect(report.statements.rejected).toBe(2);
    expect(await graphSnapshot(graph.driver)).toEqual(before);
  });

  it('refuses a cycle closed through edges already in the database', async () => {
    await load(
      graph.db,
      doc2((b) => {
        b.sources.push({ id: 'src-ministry', name: 'Interior Ministry', type: 'GOVERNMENT' });
        b.sources[0]!.memberOf = ['src-ministry'];
      }),
    );
    const stored = await graphSnapshot(graph.driver);

    // src-officials -MEMBER_OF-> src-ministry is stored; the ministry speaking for the officials closes a cycle.
    const report = await load(graph.db, {
      document: { id: 'doc-3' },
      sources: [
        { id: 'src-ministry', name: 'Interior Ministry', type: 'GOVERNMENT', speaksFor: 'Src-Officials' },
      ],
    });

    expect(report.errors).toEqual([
      {
        file: 'mem-0.json',
        path: '/sources/0',
        message: "memberOf/speaksFor of 'src-ministry' would form a cycle back to itself",
      },
    ]);
    expect(await graphSnapshot(graph.driver)).toEqual(stored);
  });

  it('refuses a reference to a source that only a later bundle of the run defines', async () => {
    const report = await load(
      graph.db,
      otherDocument('doc-3', [
        { source: 'src-officials', stances: [{ claim: 'clm-deaths-none', stance: 'SUPPORTS' }] },
      ]),
      doc2(),
    );
    expect(report.bundles).toEqual({ read: 2, loaded: 1, rejected: 1 });
    expect(report.errors).toEqual([
      {
        file: 'mem-0.json',
        path: '/statements/0/source',
        message: expect.stringContaining("unknown source 'src-officials'"),
      },
    ]);
  });

  it('refuses a document text of 10 MB (10 * 1024 * 1024 characters)', async () => {
    const big = bundle(
      (b) => (b.document.text = `${TEXT} ${'x'.repeat(10 * 1024 * 1024 - TEXT.length - 1)}`),
    );
    expect(big.document.text).toHaveLength(10 * 1024 * 1024);

    const report = await ingest(graph.db, [parseBundle(JSON.stringify(big), { file: 'mem-0.json' })]);

    await expectRefused(report, {
      path: '/document/text',
      message: 'is too long: at most 1000000 characters',
    });
  });

  it('refuses a bundle of more than 16 MB before parsing it', async () => {
    const huge = JSON.stringify(bundle((b) => (b.document.text = 'x'.repeat(17 * 1024 * 1024))));

    const report = await ingest(graph.db, [parseBundle(huge, { file: 'mem-0.json' })]);

    await expectRefused(report, { path: '', message: 'at most 16 MB are accepted' });
  });

  it('refuses JSON that is not an object', async () => {
    await expectRefused(await ingest(graph.db, raws([bundle()])), { path: '', message: 'must be object' });
  });

  it('refuses a document url that is not a string, without failing the run', async () => {
    const value = { document: { url: 12345, text: TEXT } };
    await expectRefused(await ingest(graph.db, raws(value)), {
      path: '/document/url',
      message: 'must be string',
    });
  });

  describe('in files', () => {
    let dir: string;
    afterEach(() => removeDir(dir));

    it('refuses invalid JSON in a .json file, naming the file', async () => {
      dir = tempFiles({ 'broken.json': '{"document": {"id": "doc-1",}' });
      const file = path.join(dir, 'broken.json');

      const report = await ingest(graph.db, readBundles(listBundleFiles([dir])));

      expect(report.bundles).toEqual({ read: 1, loaded: 0, rejected: 1 });
      expect(report.errors).toEqual([{ file, path: '', message: expect.stringMatching(/^invalid JSON: /) }]);
      expect(await graphSnapshot(graph.driver)).toEqual(before);
    });

    it('refuses invalid JSON on a line of a .jsonl file, naming that line; the other lines load', async () => {
      dir = tempFiles({
        'bundles.jsonl': [JSON.stringify(bundle()), '', '{"document": {"id": "doc-2"', ''].join('\n'),
      });
      const file = path.join(dir, 'bundles.jsonl');

      const report = await ingest(graph.db, readBundles(listBundleFiles([dir])));

      expect(report.bundles).toEqual({ read: 2, loaded: 1, rejected: 1 });
      expect(report.documents).toMatchObject({ unchanged: 1, rejected: 1 });
      expect(report.errors).toEqual([
        { file, line: 3, path: '', message: expect.stringMatching(/^invalid JSON: /) },
      ]);
      expect(await graphSnapshot(graph.driver)).toEqual(before);
    });

    it('names the line and the path of a schema error in a .jsonl file', async () => {
      const bad = bundle((b) => (loose(b.sources[0]!).colour = 'red'));
      dir = tempFiles({ 'bundles.jsonl': [JSON.stringify(bundle()), JSON.stringify(bad)].join('\n') });

      const report = await ingest(graph.db, readBundles(listBundleFiles([dir])));

      expect(report.errors).toEqual([
        {
          file: path.join(dir, 'bundles.jsonl'),
          line: 2,
          path: '/sources/0/colour',
          message: expect.stringContaining("unknown field 'colour'"),
        },
      ]);
      expect(await graphSnapshot(graph.driver)).toEqual(before);
    });

    it('refuses a file that is neither .json nor .jsonl when named explicitly', async () => {
      dir = tempFiles({ 'notes.txt': JSON.stringify(bundle()) });
      const file = path.join(dir, 'notes.txt');

      const report = await ingest(graph.db, readBundles(listBundleFiles([file])));

      expect(report.errors).toEqual([{ file, path: '', message: 'not a .json or .jsonl file' }]);
      expect(await graphSnapshot(graph.driver)).toEqual(before);
    });
  });

  it('stores Cypher-looking text verbatim, and harms nothing', async () => {
    const hostile = "'}) MATCH (n) DETACH DELETE n //";
    const quote = 'they said `$rows` and "}) RETURN 1 // \\u0000 ${rows}';
    const text = `${hostile} ... ${quote} ... end`;
    const name = 'Mr `Backtick`; DROP CONSTRAINT source_id';

    const report = await load(graph.db, {
      document: { id: "doc-'}) DETACH DELETE", title: '$title', text },
      sources: [{ id: 'src-$rows', name, type: 'PERSON', aliases: ['`n`', '$keys'] }],
      claims: [{ id: 'clm-`x`', text: hostile, question: "'}) MERGE (q:Question) //", about: ['$rows'] }],
      statements: [
        {
          id: 'st-`injected`',
          source: '$keys',
          cue: '//',
          quote,
          span: spanOf(quote, text),
          stances: [{ claim: 'clm-`x`', stance: 'SUPPORTS' }],
        },
      ],
    });

    expect(report.errors).toEqual([]);
    const rows = await cypher(
      graph.driver,
      `MATCH (source:Source)-[:MADE]->(s:Statement)-[:IN]->(d:Document), (s)-[:SUPPORTS]->(c:Claim)-[:ANSWERS]->(q)
       WHERE s.id = $id
       RETURN d.id AS documentId, d.title AS title, d.text AS text, source.id AS sourceId, source.name AS name,
              source.aliases AS aliases, c.id AS claimId, c.text AS claimText, c.about AS about,
              q.text AS question, s.quote AS quote, s.cue AS cue`,
      { id: 'st-`injected`' },
    );
    expect(rows).toEqual([
      {
        documentId: "doc-'}) DETACH DELETE",
        title: '$title',
        text,
        sourceId: 'src-$rows',
        name,
        aliases: ['`n`', '$keys'],
        claimId: 'clm-`x`',
        claimText: hostile,
        about: ['$rows'],
        question: "'}) MERGE (q:Question) //",
        quote,
        cue: '//',
      },
    ]);
    // The baseline is still there, untouched.
    const added = [
      "Document:doc-'}) DETACH DELETE",
      'Source:src-$rows',
      'Claim:clm-`x`',
      'Statement:st-`injected`',
      'Alias:`n`@src-$rows',
      'Alias:$keys@src-$rows',
      'Alias:src-$rows@src-$rows',
      "Question:'}) merge (q:question) //@",
    ];
    expect(without(await graphSnapshot(graph.driver), added)).toEqual(before);
  });

  it('loads the good bundle and refuses the bad one of a mixed run, with summary counts to match', async () => {
    const good = doc2();
    const bad = bundle((b) => {
      b.statements[0]!.span = { start: 0, end: TEXT.length + 100 };
      b.statements.push({
        id: 'st-third',
        source: 'src-opposition',
        stances: [{ claim: 'clm-x', stance: 'SUPPORTS' }],
      });
    });

    const report = await load(graph.db, bad, good);

    expect(report).toEqual({
      dryRun: false,
      bundles: { read: 2, loaded: 1, rejected: 1 },
      documents: { created: 1, updated: 0, unchanged: 0, rejected: 1 },
      sources: { created: 1, updated: 0, unchanged: 0, rejected: 2 },
      claims: { created: 0, updated: 0, unchanged: 0, rejected: 2 },
      statements: { created: 1, updated: 0, unchanged: 0, rejected: 3, removed: 0 },
      errors: [
        {
          file: 'mem-0.json',
          path: '/statements/0/span',
          message: expect.stringContaining(`past the end of the document text (${TEXT.length} characters)`),
        },
        {
          file: 'mem-0.json',
          path: '/statements/2/stances/0/claim',
          message: expect.stringContaining("unknown claim 'clm-x'"),
        },
      ],
      warnings: [],
    });
    const after = await graphSnapshot(graph.driver);
    const added = [
      'Document:doc-2',
      'Source:src-officials',
      'Statement:st-officials',
      'Alias:src-officials@src-officials',
    ];
    expect(withoutVerdicts(without(after, added))).toEqual(withoutVerdicts(before));
    expect(after.nodes.map((n) => n.ref)).toEqual(expect.arrayContaining(added));
  });
});

describe('listing bundle files', () => {
  it('reads a folder reached twice through a symbolic link loop once, and ends', () => {
    const dir = tempFiles({ 'a.json': '{}' });
    try {
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.writeFileSync(path.join(dir, 'sub', 'b.jsonl'), '{}');
      fs.symlinkSync(dir, path.join(dir, 'sub', 'loop'));
      expect(listBundleFiles([dir]).map((f) => path.relative(dir, f))).toEqual(['a.json', 'sub/b.jsonl']);
    } finally {
      removeDir(dir);
    }
  });
});
