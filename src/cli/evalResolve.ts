import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../api';
import { loadDotEnv, readConfig, type Config } from '../config';
import { extractBundle } from '../extract';
import { applyMigrations, connectOptions, Database } from '../graph';
import { formatIngestError, ingest, listBundleFiles, readBundles, type RawBundle } from '../ingest';
import { quantityFromColumns, questionKey, type Bundle } from '../model';
import { withThrowawayNeo4j } from '../neo4jLocal';
import { evaluateResolution, formatResolution, type PredictedDocument } from '../resolve';
import { silentLogger } from '../runtime';
import { readBundleFile } from './readInputFile';
import { CliInputError, runCli } from './runCli';

const USAGE = `usage: npm run eval:resolve -- <gold-dir> [--base <bundle files or folders>]... [--summary] [-o report.json]

Extracts every article of the gold bundles in <gold-dir> (*.gold.json, each holding its document text),
loads the drafts in publication order into a throwaway Neo4j (or the empty one NEO4J_URI names), after the
--base bundles (hand-written, loaded as they are), reads the result back through the GraphQL API, and
scores which statements of different documents share a claim, a question and a speaker against the gold
(docs/resolution.md). --summary leaves out the list of missed and wrong pairs; -o writes the scores as JSON.`;

void runCli(async () => {
  const { values, positionals } = parseArgs({
    options: {
      base: { type: 'string', multiple: true, default: [] },
      summary: { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
    },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new CliInputError(`give one folder of gold bundles\n${USAGE}`);
  const golds = readGolds(positionals[0] as string);
  const base = readBundles(listBundleFiles(values.base));
  loadDotEnv();
  const config = readConfig();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-eval-resolve-'));
  try {
    const evaluation = await withThrowawayNeo4j(config, work, (uri) => loadAndRead(config, uri, golds, base));
    // The hand-written base is gold too: its statements pair with the drafts' as the drafts' with each other.
    const goldBundles = [...base.flatMap((raw) => ('value' in raw ? [raw.value as Bundle] : [])), ...golds];
    const scores = evaluateResolution(goldBundles, evaluation);
    console.log(formatResolution(scores, !values.summary));
    if (values.output !== undefined) {
      const { relations, ...rest } = scores;
      const brief = Object.fromEntries(Object.entries(relations).map(([name, r]) => [name, r.score]));
      fs.writeFileSync(values.output, `${JSON.stringify({ ...rest, relations: brief }, null, 2)}\n`);
    }
    return 0;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}, USAGE);

/** The gold bundles of a folder, in publication order (then by id), each with the text its spans index. */
function readGolds(dir: string): Bundle[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
    throw new CliInputError(`${dir} is not a folder`);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => path.join(dir, f));
  if (files.length === 0) throw new CliInputError(`${dir} holds no *.gold.json file`);
  const golds = files.map(readBundleFile);
  for (const [i, gold] of golds.entries()) {
    if (gold.document.text === undefined || gold.document.id === undefined) {
      throw new CliInputError(`${files[i]}: a gold bundle needs document.id and document.text`);
    }
  }
  const when = (b: Bundle) => `${b.document.publishedAt ?? ''}\u0000${b.document.id ?? ''}`;
  return golds.sort((a, b) => (when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : 0));
}

async function loadAndRead(
  config: Config,
  uri: string,
  golds: Bundle[],
  base: RawBundle[],
): Promise<PredictedDocument[]> {
  const db = Database.create(connectOptions(config, uri), silentLogger);
  try {
    await applyMigrations(db);
    const documents = await db.read('countDocuments', {});
    if ((documents?.count ?? 0) > 0) throw new CliInputError(`The database at ${uri} is not empty`);
    const analysis = { tolerance: config.tolerance };
    const drafts: RawBundle[] = golds.map((gold) => {
      const { id, title, publisher, url, publishedAt, language, text } = gold.document;
      const document = { id, title, publisher, url, publishedAt, language, text: text as string };
      return { location: { file: `draft of ${id}` }, value: extractBundle(document) };
    });
    const report = await ingest(db, [...base, ...drafts], { analysis });
    report.errors.forEach((error) => console.error(`refused: ${formatIngestError(error)}`));
    console.log(
      `Loaded ${report.bundles.loaded} of ${report.bundles.read} bundles (${base.length} base, ` +
        `${drafts.length} drafts): ${report.sources.created} sources, ${report.claims.created} claims created`,
    );
    const server = await startServer({
      db,
      state: { migrationsApplied: true },
      logger: silentLogger,
      host: '127.0.0.1',
      port: 0,
      api: { ...config.api, keys: [], readsNeedKey: false },
      analysis,
    });
    try {
      const ids = [
        ...base.flatMap((raw) => ('value' in raw ? [(raw.value as Bundle).document.id ?? ''] : [])),
        ...golds.map((g) => g.document.id ?? ''),
      ];
      return await Promise.all(ids.map((id) => readDocument(server.url, id)));
    } finally {
      await server.stop();
    }
  } finally {
    await db.close();
  }
}

const DOCUMENT = `query Document($id: ID!) {
  document(id: $id) {
    statements {
      id
      span { start end }
      source { id }
      stances { derived claim { id text question { key } quantity { value min max approx unit } } }
    }
  }
}`;

interface ReadStatement {
  id: string;
  span: { start: number; end: number } | null;
  source: { id: string };
  stances: {
    derived: boolean;
    claim: {
      id: string;
      text: string;
      question: { key: string } | null;
      quantity: {
        value: number | null;
        min: number | null;
        max: number | null;
        approx: boolean;
        unit: string | null;
      } | null;
    };
  }[];
}

/** A document's statements and their explicit stances, as any client of the API reads them. */
async function readDocument(url: string, documentId: string): Promise<PredictedDocument> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: DOCUMENT, variables: { id: documentId } }),
  });
  const body = (await response.json()) as {
    data?: { document: { statements: ReadStatement[] } | null };
    errors?: unknown;
  };
  if (body.errors) throw new Error(`reading ${documentId} failed: ${JSON.stringify(body.errors)}`);
  const statements = body.data?.document?.statements ?? [];
  return {
    documentId,
    statements: statements.map((s) => ({
      id: s.id,
      span: s.span,
      sourceId: s.source.id,
      stances: s.stances
        .filter((stance) => !stance.derived)
        .map(({ claim }) => ({
          claimId: claim.id,
          questionKey: claim.question === null ? null : questionKey(claim.question.key),
          quantity:
            claim.quantity === null
              ? null
              : quantityFromColumns({
                  quantityValue: claim.quantity.value,
                  quantityMin: claim.quantity.min,
                  quantityMax: claim.quantity.max,
                  quantityApprox: claim.quantity.approx,
                  quantityUnit: claim.quantity.unit,
                }),
          text: claim.text,
        })),
    })),
  };
}
