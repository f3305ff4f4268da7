import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from '../cli';
import { loadDotEnv, readConfig, type Config } from '../config';
import { applyMigrations, connectOptions, Database } from '../graph';
import { formatReport, ingest, readBundles } from '../ingest';
import { silentLogger } from '../runtime';

import { generateBundles, generateDrafts, scaledSize } from './generateBundles';
import { secondsSince, withThrowawayNeo4j } from '../neo4jLocal';

const USAGE =
  'usage: npm run bench:ingest [-- --scale 0.1] [--dry-run] [--drafts | --provisional] (NEO4J_URI: an empty database to use instead)\n' +
  '--drafts loads the input as extracted drafts would give it (generateDrafts) with authoritative ids, the floor;\n' +
  '--provisional loads the same drafts as they are, provisional, which loading resolves.';

/**
 * Generates the benchmark input deterministically, loads it into an empty database (a throwaway local
 * Neo4j unless NEO4J_URI names one, which must be empty) and prints the rate. Not part of `npm test`.
 */
void runCli(async () => {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      'dry-run': { type: 'boolean', default: false },
      drafts: { type: 'boolean', default: false },
      provisional: { type: 'boolean', default: false },
    },
  });
  const scale = Number(values.scale);
  if (!(scale > 0 && scale <= 1)) {
    console.error(USAGE);
    return 2;
  }
  loadDotEnv();
  const config = readConfig();
  const size = scaledSize(scale);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-bench-'));
  const input = path.join(work, 'bundles.jsonl');
  const t = Date.now();
  const bundles =
    values.provisional || values.drafts
      ? [...generateDrafts(size)].map((draft) => ({ ...draft, provisional: values.provisional }))
      : generateBundles(size);
  fs.writeFileSync(input, [...bundles].map((b) => JSON.stringify(b)).join('\n'));
  console.log(
    `Generated ${size.bundles * size.statementsPerBundle} statements in ${size.bundles} bundles, ${size.sources} sources, ` +
      `${size.claims} claims, ${size.questions} questions (${(fs.statSync(input).size / 1e6).toFixed(1)} MB) in ${secondsSince(t)} s`,
  );

  try {
    return await withThrowawayNeo4j(config, work, (uri) =>
      loadAndReport(config, uri, input, values['dry-run']),
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}, USAGE);

async function loadAndReport(config: Config, uri: string, input: string, dryRun: boolean): Promise<number> {
  const timings = new Map<string, { ms: number; calls: number; slowest: number }>();
  const db = Database.create(connectOptions(config, uri), {
    ...silentLogger,
    debug: (_message, fields) => {
      const name = String(fields?.name);
      const ms = Number(fields?.ms);
      const entry = timings.get(name) ?? { ms: 0, calls: 0, slowest: 0 };
      timings.set(name, { ms: entry.ms + ms, calls: entry.calls + 1, slowest: Math.max(entry.slowest, ms) });
    },
  });
  try {
    await applyMigrations(db);
    const documents = await db.read('countDocuments', {});
    if ((documents?.count ?? 0) > 0)
      throw new Error(`The database at ${uri} is not empty; the benchmark needs an empty one`);

    let t = Date.now();
    const raws = readBundles([input]);
    const parseSeconds = secondsSince(t);
    t = Date.now();
    const report = await ingest(db, raws, { dryRun });
    const seconds = (Date.now() - t) / 1000;
    console.log(formatReport(report, seconds));
    const resolution = await db.read('countResolutions', {});
    if (resolution && resolution.items > 0) {
      console.log(
        `Resolution: ${resolution.items} provisional items, ${resolution.joined} joined an item already there, ` +
          `${resolution.suggestions} suggestions made`,
      );
    }
    const statements = report.statements.created;
    console.log(`Read and parsed the input in ${parseSeconds} s`);
    console.log(
      `RATE ${Math.round(statements / seconds)} statements/s (${statements} statements in ${seconds.toFixed(1)} s)`,
    );
    console.log('Where the time goes (time in Neo4j round trips, by query):');
    [...timings.entries()]
      .sort(([, a], [, b]) => b.ms - a.ms)
      .forEach(([name, { ms, calls, slowest }]) =>
        console.log(
          `  ${name.padEnd(26)} ${(ms / 1000).toFixed(1).padStart(7)} s in ${calls} calls, slowest ${(slowest / 1000).toFixed(1)} s`,
        ),
      );
    return report.bundles.rejected > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}
