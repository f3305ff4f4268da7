import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../api';
import { runCli } from '../cli';
import { loadDotEnv, readConfig, type Config } from '../config';
import { applyMigrations, connectOptions, Database } from '../graph';
import { ingest } from '../ingest';
import { silentLogger } from '../runtime';

import { generateBundles, scaledSize } from './generateBundles';
import { secondsSince, withThrowawayNeo4j } from '../neo4jLocal';

const USAGE =
  'usage: npm run bench:api [-- --scale 0.1 --runs 30] (scale 1 is 100,000 statements, at most 10; NEO4J_URI: an empty database to use instead)';

// What analysts and dashboards ask most, over the generated graph.
const QUERIES: Record<string, string> = {
  'claims page, both sides with statements': `{ claims(first: 20, after: null) { totalCount edges { node { id text
      supporters { derived reason source { id name } statements { id quote via { id } } }
      contradictors { derived reason source { id name } statements { id quote } } } } } }`,
  'claims page with verdicts': `{ claims(first: 20) { edges { node { id
      verdict { status credibility explanation supportingOrigins { key } contradictingOrigins { key } } } } } }`,
  'most contested claims with verdicts': `{ contested(first: 20) { totalCount edges { node { id
      verdict { status credibility explanation } } } } }`,
  'contested claims (filter over all claims)': `{ claims(first: 20, filter: { contested: true }) { totalCount edges { node { id } } } }`,
  'contradictions with both sides': `{ contradictions(first: 20) { totalCount edges { node { claim { id }
      supporters { source { id } } contradictors { source { id } derived } } } } }`,
  search: `{ search(text: "claim number 1234 people", first: 20) { score claim { id } source { id } statement { id } } }`,
  'source with its sides and statements': `{ source(id: "src-5") { id supports { id } contradicts { id }
      statements(first: 20) { totalCount edges { node { id quote stances { claim { id } stance derived } } } } } }`,
  'agreement of two sources': `{ agreement(a: "src-5", b: "src-10") { bothSupport { id } bothContradict { id } opposed { id } } }`,
};

/**
 * Loads the generated benchmark graph (a tenth of the ingest benchmark's by default: 10,000 statements) and
 * times the API's main queries over real HTTP: each is run a few times to warm up, then `runs` times.
 * Prints the median and 95th percentile. Not part of `npm test`.
 */
void runCli(async () => {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: '0.1' }, runs: { type: 'string', default: '30' } },
  });
  const scale = Number(values.scale);
  const runs = Number(values.runs);
  if (!(scale > 0 && scale <= 10) || !(Number.isInteger(runs) && runs > 0)) {
    console.error(USAGE);
    return 2;
  }
  loadDotEnv();
  const config = readConfig();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-bench-'));
  try {
    return await withThrowawayNeo4j(config, work, (uri) => timeQueries(config, uri, scale, runs));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}, USAGE);

async function timeQueries(config: Config, uri: string, scale: number, runs: number): Promise<number> {
  const db = Database.create(connectOptions(config, uri), silentLogger);
  try {
    await applyMigrations(db);
    const documents = await db.read('countDocuments', {});
    if ((documents?.count ?? 0) > 0)
      throw new Error(`The database at ${uri} is not empty; the benchmark needs an empty one`);
    const size = scaledSize(scale);
    let t = Date.now();
    const bundles = [...generateBundles(size)].map((value, i) => ({
      location: { file: `generated#${i}` },
      value,
    }));
    const report = await ingest(db, bundles);
    console.log(
      `Loaded ${report.statements.created} statements, ${report.sources.created} sources, ${report.claims.created} claims in ${secondsSince(t)} s`,
    );

    const server = await startServer({
      db,
      state: { migrationsApplied: true },
      logger: silentLogger,
      host: '127.0.0.1',
      port: 0,
      api: config.api,
      analysis: { tolerance: config.tolerance },
    });
    try {
      console.log(`Over HTTP, ${runs} runs each after 3 to warm up (milliseconds):`);
      console.log(`  ${'query'.padEnd(44)} ${'median'.padStart(8)} ${'p95'.padStart(8)}`);
      for (const [name, query] of Object.entries(QUERIES)) {
        const times: number[] = [];
        for (let i = 0; i < runs + 3; i += 1) {
          t = performance.now();
          const response = await fetch(server.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
          });
          const body = (await response.json()) as { errors?: unknown };
          if (body.errors) throw new Error(`${name} failed: ${JSON.stringify(body.errors)}`);
          if (i >= 3) times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        const at = (q: number) =>
          (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(0);
        console.log(`  ${name.padEnd(44)} ${at(0.5).padStart(8)} ${at(0.95).padStart(8)}`);
      }
    } finally {
      await server.stop();
    }
    return 0;
  } finally {
    await db.close();
  }
}
