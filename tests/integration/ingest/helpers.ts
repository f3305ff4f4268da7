import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Database } from '../../../src/graph';
import { ingest, type IngestReport, type RawBundle } from '../../../src/ingest';
import type {
  Bundle,
  BundleClaim,
  BundleDocument,
  BundleSource,
  BundleStatement,
} from '../../../src/model/bundle';
import { cypher } from '../../support/neo4j';

// ---------------------------------------------------------------------------------------------------------
// Whole-graph snapshots: every node with its labels and properties, every relationship with its type, its
// properties and its endpoints (named by label and id, or key for Alias and Question nodes), sorted, so that
// two snapshots are equal exactly when the graphs are.

export interface SnapshotNode {
  ref: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface SnapshotRelationship {
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

export interface GraphSnapshot {
  nodes: SnapshotNode[];
  relationships: SnapshotRelationship[];
}

const nodeRef = (n: string) =>
  `head(labels(${n})) + ':' + coalesce(${n}.id, ${n}.key + '@' + coalesce(${n}.sourceId, ''), elementId(${n}))`;

export async function graphSnapshot(driver: Driver): Promise<GraphSnapshot> {
  const nodes = await cypher<SnapshotNode>(
    driver,
    `MATCH (n) RETURN ${nodeRef('n')} AS ref, labels(n) AS labels, properties(n) AS properties`,
  );
  const relationships = await cypher<SnapshotRelationship>(
    driver,
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, ${nodeRef('a')} AS from, ${nodeRef('b')} AS to, properties(r) AS properties`,
  );
  return {
    nodes: sortByJson(
      nodes.map((n) => ({ ...n, labels: [...n.labels].sort(), properties: sorted(n.properties) })),
    ),
    relationships: sortByJson(relationships.map((r) => ({ ...r, properties: sorted(r.properties) }))),
  };
}

// The verdict each claim stores for filtering and ordering (src/analysis/refresh.ts): derived from the rest.
const VERDICT_PROPERTIES = ['status', 'credibility', 'score', 'contest', 'origins'];

/**
 * The snapshot without the claims' stored verdicts: a statement added about a claim rightly changes its
 * verdict, and nothing else of it.
 */
export function withoutVerdicts(snapshot: GraphSnapshot): GraphSnapshot {
  return {
    ...snapshot,
    nodes: snapshot.nodes.map((n) => ({
      ...n,
      properties: Object.fromEntries(
        Object.entries(n.properties).filter(([key]) => !VERDICT_PROPERTIES.includes(key)),
      ),
    })),
  };
}

/** The snapshot without the given nodes (by ref, e.g. 'Statement:st-1') and every relationship touching them. */
export function without(snapshot: GraphSnapshot, refs: string[]): GraphSnapshot {
  const gone = new Set(refs);
  return {
    nodes: snapshot.nodes.filter((n) => !gone.has(n.ref)),
    relationships: snapshot.relationships.filter((r) => !gone.has(r.from) && !gone.has(r.to)),
  };
}

/** How many nodes carry each label. */
export function labelCounts(snapshot: GraphSnapshot): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const node of snapshot.nodes)
    for (const label of node.labels) counts[label] = (counts[label] ?? 0) + 1;
  return counts;
}

const sorted = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function sortByJson<T>(items: T[]): T[] {
  return items
    .map((item) => [JSON.stringify(item), item] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, item]) => item);
}

// ---------------------------------------------------------------------------------------------------------
// A tiny valid bundle: one document, two sources, two claims (one contradicting the other), two statements.

export const TEXT =
  'Interior Minister Kadyrov said nobody died in the raids. ' +
  'Opposition leaders said at least four people were killed.';

/** The span of the first occurrence of `words` in TEXT (or another text). */
export function spanOf(words: string, text = TEXT): { start: number; end: number } {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`'${words}' is not in the text`);
  return { start, end: start + words.length };
}

export type TestBundle = Bundle & {
  document: BundleDocument;
  sources: BundleSource[];
  claims: BundleClaim[];
  statements: BundleStatement[];
};

/** A fresh copy of the tiny bundle, changed by `edit` (which may also break it on purpose). */
export function bundle(edit: (b: TestBundle) => void = () => undefined): TestBundle {
  const b: TestBundle = {
    document: { id: 'doc-1', title: 'Raids', publishedAt: '2005-03-20', language: 'en', text: TEXT },
    sources: [
      {
        id: 'src-minister',
        name: 'Ruslan Kadyrov',
        type: 'PERSON',
        aliases: ['Kadyrov', 'Interior Minister Kadyrov'],
        role: 'Interior Minister',
        affiliation: 'GOVERNMENT',
      },
      {
        id: 'src-opposition',
        name: 'Opposition leaders',
        type: 'GROUP',
        affiliation: 'OPPOSITION',
      },
    ],
    claims: [
      {
        id: 'clm-deaths-none',
        text: 'Nobody died in the raids.',
        question: 'deaths in the raids',
        quantity: { value: 0, unit: 'people' },
        contradicts: ['clm-deaths-four'],
      },
      {
        id: 'clm-deaths-four',
        text: 'At least four people were killed in the raids.',
        question: 'Deaths in the raids ',
        quantity: { min: 4, unit: 'people' },
      },
    ],
    statements: [
      {
        id: 'st-minister',
        source: 'Kadyrov',
        cue: 'said',
        quote: 'nobody died in the raids',
        span: spanOf('nobody died in the raids'),
        direct: false,
        stances: [
          { claim: 'clm-deaths-none', stance: 'SUPPORTS' },
          { claim: 'clm-deaths-four', stance: 'CONTRADICTS' },
        ],
      },
      {
        id: 'st-opposition',
        source: 'src-opposition',
        cue: 'said',
        quote: 'at least four people were killed',
        span: spanOf('at least four people were killed'),
        direct: false,
        stances: [{ claim: 'clm-deaths-four', stance: 'SUPPORTS' }],
      },
    ],
  };
  edit(b);
  return b;
}

/** A bundle for another document, whose statements refer only to sources and claims defined elsewhere. */
export function otherDocument(id: string, statements: BundleStatement[], text = TEXT): Bundle {
  return { document: { id, title: `Report ${id}`, text }, statements };
}

// ---------------------------------------------------------------------------------------------------------
// Running ingest on values held in memory, and on files.

/** Bundles as if read from files mem-0.json, mem-1.json... */
export const raws = (...values: unknown[]): RawBundle[] =>
  values.map((value, i) => ({ location: { file: `mem-${i}.json` }, value }));

export function load(db: Database, ...values: unknown[]): Promise<IngestReport> {
  return ingest(db, raws(...values));
}

export function dryRun(db: Database, ...values: unknown[]): Promise<IngestReport> {
  return ingest(db, raws(...values), { dryRun: true });
}

/** A fresh temporary folder holding the given files (name → content); removed by the caller. */
export function tempFiles(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-ingest-test-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

export const removeDir = (dir: string) => fs.rmSync(dir, { recursive: true, force: true });
