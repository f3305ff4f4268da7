import { analysedWrite, refreshStaleVerdicts, type AnalysedWork, type AnalysisOptions } from '../analysis';
import {
  neo4jFailure,
  type Database,
  type EdgeRow,
  type MembershipRow,
  type QueryRunner,
  type Transactions,
} from '../graph';
import { DEFAULT_TOLERANCE, documentIdOf, statementIdOf, type Bundle, type WriteOutcome } from '../model';
import { checkBundle, warningsOf } from './checkBundle';
import type { IngestError } from './errors';
import { Resolver } from '../resolve';
import { RunKnowledge, type DocumentState } from './knownGraph';
import type { BundlePlan } from './plan';
import type { RawBundle } from './readInputs';
import { validateShape } from './validateShape';
import { writeOutcomes } from './writeOutcomes';

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface IngestReport {
  dryRun: boolean;
  bundles: { read: number; loaded: number; rejected: number };
  documents: Tally;
  sources: Tally;
  claims: Tally;
  statements: Tally & { removed: number };
  errors: IngestError[];
  /** What loads but is probably a mistake (checkBundle's warningsOf): a `saidAt` after publication. */
  warnings: IngestError[];
}

export interface IngestProgress {
  bundlesDone: number;
  bundlesTotal: number;
  statementsDone: number;
}

export interface IngestOptions {
  /**
   * Check everything, against the database too, and report what would change; write nothing. The whole run
   * is rehearsed in one transaction that is rolled back (Database.rehearse), so that each batch meets what
   * the batches before it would have written.
   */
  dryRun?: boolean;
  /** How figures are compared when the analysis is brought up to date; DEFAULT_TOLERANCE by default. */
  analysis?: AnalysisOptions;
  onProgress?: (progress: IngestProgress) => void;
}

// Valid bundles are written together, one transaction per batch of about this many statements: large
// enough to amortise round trips, small enough to keep a transaction's memory modest.
const BATCH_STATEMENTS = 5000;
const BATCH_BUNDLES = 200;

interface Accepted {
  raw: RawBundle;
  plan: BundlePlan;
  /** The document as stored before this bundle, if it was. */
  before: DocumentState | undefined;
  /** False when the document and its statements are exactly as stored: nothing of them is written. */
  documentChanged: boolean;
}

/**
 * Loads bundles: each is validated (schema, then references and consistency against the database and the
 * bundles before it) before anything is written, and each is atomic: a bundle with any error writes
 * nothing, while the others still load.
 */
export async function ingest(
  db: Database,
  raws: RawBundle[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  const dryRun = options.dryRun ?? false;
  const report = emptyReport(dryRun, raws.length);
  // The schema first, for every bundle: what follows (batching by document id, the checks) may then
  // rely on each bundle's shape.
  const shapedBundles: Shaped[] = [];
  for (const raw of raws) {
    const problems = 'parseError' in raw ? [{ path: '', message: raw.parseError }] : validateShape(raw.value);
    if (problems.length > 0) reject(report, raw, problems);
    else {
      const bundle = (raw as { value: Bundle }).value;
      report.warnings.push(...warningsOf(bundle).map((w) => ({ ...raw.location, ...w })));
      shapedBundles.push({ raw, bundle });
    }
  }
  const run: Run = {
    batches: [...batches(shapedBundles)],
    report,
    analysis: options.analysis ?? { tolerance: DEFAULT_TOLERANCE },
    onProgress: options.onProgress,
  };
  if (dryRun) {
    if (run.batches.length > 0) {
      await db
        .rehearse('ingest', run.batches.length, (rehearsal) => loadBatches(rehearsal, run))
        .catch((error: unknown) => {
          throw outgrownRehearsal(error) ?? error;
        });
    }
    return report;
  }
  await loadBatches(db, run);
  // Once per run, not per batch: a claim touched by many batches gets its verdict worked out once.
  if (report.bundles.loaded > 0) await refreshStaleVerdicts(db);
  return report;
}

/**
 * A dry run holds every write of its input in one transaction, where a real run commits batch by batch: an
 * input that loads can be too big to rehearse, and Neo4j's own words neither say why nor what to do.
 */
function outgrownRehearsal(error: unknown): Error | undefined {
  if (neo4jFailure(error) !== 'outOfMemory') return undefined;
  return new Error(
    'a dry run holds every write of its input in one Neo4j transaction, and this input outgrew the memory ' +
      'Neo4j allows transactions: check it in smaller parts (each referring only to what is loaded or ' +
      `defined in the part itself), or give Neo4j more heap. Neo4j said: ${(error as Error).message}`,
    { cause: error },
  );
}

interface Run {
  batches: Shaped[][];
  report: IngestReport;
  analysis: AnalysisOptions;
  onProgress: IngestOptions['onProgress'];
}

/** Checks and writes the batches one after another, each check against what the batches before wrote. */
async function loadBatches(transactions: Transactions, run: Run): Promise<void> {
  const { report } = run;
  let knowledge = new RunKnowledge();
  let resolver = new Resolver();
  // So far only bundles of the wrong shape are rejected, and they are done.
  let done = report.bundles.rejected;
  let statementsDone = 0;
  for (const shaped of run.batches) {
    const bundles = shaped.map((s) => s.bundle);
    let accepted: Accepted[] | undefined;
    if (bundles.some((b) => b.provisional === true)) {
      accepted = await resolveAndWrite(transactions, shaped, knowledge, resolver, run);
      // A bundle's own failure undid the whole batch: start again from the graph, bundle by bundle.
      if (accepted === undefined) {
        knowledge = new RunKnowledge();
        resolver = new Resolver();
      }
    }
    if (accepted === undefined) {
      await transactions.readTransaction('ingest: check references', (tx) =>
        prefetch(tx, knowledge, resolver, bundles),
      );
      const checked = checkBatch(shaped, knowledge, resolver);
      checked.rejected.forEach(({ raw, problems }) => reject(report, raw, problems));
      accepted = checked.accepted;
      const allWritten = await writeAccepted(transactions, accepted, report, run.analysis);
      // What the run believed of the bundles that failed to write is wrong: start again from what the
      // database holds, where every write that succeeded is committed (or, in a dry run, rehearsed).
      if (!allWritten) {
        knowledge = new RunKnowledge();
        resolver = new Resolver();
      }
    }
    done += shaped.length;
    statementsDone += accepted.reduce((n, a) => n + a.plan.statements.length, 0);
    run.onProgress?.({ bundlesDone: done, bundlesTotal: report.bundles.read, statementsDone });
  }
}

/** What checking a batch needs to know of the graph, fetched in one transaction. */
async function prefetch(tx: QueryRunner, knowledge: RunKnowledge, resolver: Resolver, bundles: Bundle[]) {
  await knowledge.prefetch(
    tx,
    bundles,
    bundles.map(documentIdOf),
    bundles.flatMap((b) => (b.statements ?? []).map((st) => statementIdOf(documentIdOf(b), st))),
  );
  await resolver.prefetch(tx, bundles);
}

interface Checked {
  accepted: Accepted[];
  rejected: { raw: RawBundle; problems: { path: string; message: string }[] }[];
}

/** Resolves and checks each bundle of a batch in order, each against the graph and the bundles before it. */
function checkBatch(shaped: Shaped[], knowledge: RunKnowledge, resolver: Resolver): Checked {
  const checked: Checked = { accepted: [], rejected: [] };
  for (const { raw, bundle } of shaped) {
    const resolution = resolver.resolve(bundle, knowledge);
    const { problems, plan } = checkBundle(bundle, knowledge, resolution);
    if (!plan) {
      checked.rejected.push({ raw, problems });
      continue;
    }
    const before = knowledge.documentState(plan.document.id);
    knowledge.accept(plan);
    resolver.accept(bundle, resolution);
    checked.accepted.push({ raw, plan, before, documentChanged: before?.hash !== plan.document.hash });
  }
  return checked;
}

/**
 * A batch with provisional bundles is resolved, checked and written in one transaction that first takes the
 * resolution lock: two loads at once resolve one after the other, the second seeing what the first wrote,
 * so that neither makes an item the other has made (docs/resolution.md). Undefined when a bundle's own
 * failure undid the batch; the caller then loads it bundle by bundle.
 */
async function resolveAndWrite(
  transactions: Transactions,
  shaped: Shaped[],
  knowledge: RunKnowledge,
  resolver: Resolver,
  run: Run,
): Promise<Accepted[] | undefined> {
  const bundles = shaped.map((s) => s.bundle);
  try {
    const { checked, outcomes } = await analysedWrite(
      transactions,
      'ingest: resolve and write',
      run.analysis,
      async (tx): Promise<AnalysedWork<{ checked: Checked; outcomes: WriteOutcomes | undefined }>> => {
        await tx.run('lockResolution', {});
        await prefetch(tx, knowledge, resolver, bundles);
        const checked = checkBatch(shaped, knowledge, resolver);
        if (checked.accepted.length === 0) {
          return {
            result: { checked, outcomes: undefined },
            changes: { claims: [], stanceClaims: [], sources: [] },
          };
        }
        const written = await writePlans(tx, checked.accepted);
        return { result: { checked, outcomes: written.result }, changes: written.changes };
      },
      { settle: false },
    );
    checked.rejected.forEach(({ raw, problems }) => reject(run.report, raw, problems));
    if (outcomes) tallyWritten(run.report, checked.accepted, outcomes);
    return checked.accepted;
  } catch (error) {
    if (!isBundleError(error)) throw error;
    return undefined;
  }
}

interface Shaped {
  raw: RawBundle;
  bundle: Bundle;
}

/** Consecutive bundles, cut so that no batch holds two versions of the same document. */
function* batches(bundles: Shaped[]): Generator<Shaped[]> {
  let batch: Shaped[] = [];
  let statements = 0;
  const documents = new Set<string>();
  for (const item of bundles) {
    const documentId = documentIdOf(item.bundle);
    const size = item.bundle.statements?.length ?? 0;
    const full = statements + size > BATCH_STATEMENTS || batch.length >= BATCH_BUNDLES;
    if (batch.length > 0 && (full || documents.has(documentId))) {
      yield batch;
      batch = [];
      statements = 0;
      documents.clear();
    }
    batch.push(item);
    statements += size;
    documents.add(documentId);
  }
  if (batch.length > 0) yield batch;
}

/**
 * Writes the accepted bundles of a batch in one transaction; if that fails, each in its own, so that one
 * bundle's failure (a constraint the checks could not foresee) costs only that bundle.
 */
async function writeAccepted(
  transactions: Transactions,
  accepted: Accepted[],
  report: IngestReport,
  analysis: AnalysisOptions,
): Promise<boolean> {
  if (accepted.length === 0) return true;
  // Verdicts are worked out once at the end of the run (ingest), not after every batch.
  const run = (items: Accepted[]) =>
    analysedWrite(transactions, 'ingest: write', analysis, (tx) => writePlans(tx, items), { settle: false });
  try {
    tallyWritten(report, accepted, await run(accepted));
    return true;
  } catch (batchError) {
    if (!isBundleError(batchError)) throw batchError;
    if (accepted.length === 1) {
      failWrite(report, accepted[0] as Accepted, batchError);
      return false;
    }
    for (const item of accepted) {
      try {
        tallyWritten(report, [item], await run([item]));
      } catch (error) {
        if (!isBundleError(error)) throw error;
        failWrite(report, item, error);
      }
    }
    return false;
  }
}

/**
 * Whether a failed write is the bundle's own doing (a constraint, a missing node), worth retrying the
 * others alone; a lost connection, a timeout or a transaction too big for memory is not, and ends the run
 * instead of failing every bundle. Neo4j files the last two among client errors, with what else concerns
 * the transaction rather than its data.
 */
function isBundleError(error: unknown): boolean {
  const failure = neo4jFailure(error);
  return error instanceof IncompleteWriteError || failure === 'constraint' || failure === 'statement';
}

interface WriteOutcomes {
  sources: WriteOutcome[];
  claims: WriteOutcome[];
}

async function writePlans(tx: QueryRunner, items: Accepted[]): Promise<AnalysedWork<WriteOutcomes>> {
  const plans = items.map((i) => i.plan);
  const changed = items.filter((i) => i.documentChanged).map((i) => i.plan);
  const all = <T>(pick: (p: BundlePlan) => T[]) => plans.flatMap(pick);

  if (changed.length > 0) await tx.run('writeDocuments', { rows: changed.map((p) => p.document) });
  const sources = all((p) => p.sources);
  const storedSources = sources.length > 0 ? await tx.run('writeSources', { rows: sources }) : [];
  expectJoinedFound('writeSources', sources, storedSources);
  await writeAll(
    'writeAliases',
    all((p) => p.aliases),
    (rows) => tx.run('writeAliases', { rows }),
  );
  await writeAll('writeMemberships', numberedPerSource(all((p) => p.memberships)), (rows) =>
    tx.run('writeMemberships', { rows }),
  );
  await writeAll('replaceSpokesmen', lastPerSource(all((p) => p.spokesmen)), (rows) =>
    tx.run('replaceSpokesmen', { rows }),
  );
  const claims = all((p) => p.claims);
  const storedClaims = claims.length > 0 ? await tx.run('writeClaims', { rows: claims }) : [];
  expectJoinedFound('writeClaims', claims, storedClaims);
  await writeAll(
    'writeResolutions',
    all((p) => p.resolutions),
    (rows) => tx.run('writeResolutions', { rows }),
  );
  await writeAll(
    'writeSuggestions',
    all((p) => p.suggestions),
    (rows) => tx.run('writeSuggestions', { rows }),
  );
  await writeAll(
    'writeClaimSupports',
    all((p) => p.claimSupports),
    (rows) => tx.run('writeClaimSupports', { rows }),
  );
  await writeAll(
    'writeClaimContradictions',
    all((p) => p.claimContradictions),
    (rows) => tx.run('writeClaimContradictions', { rows }),
  );
  const stanceClaims: string[] = [];
  // Speakers of statements written or removed: their positions over time are worked out again.
  const speakers: string[] = [];
  if (changed.length > 0) {
    const removed = await tx.run('deleteDocumentStatements', {
      documentIds: changed.map((p) => p.document.id),
    });
    stanceClaims.push(...(removed?.claimIds ?? []));
    speakers.push(...(removed?.sourceIds ?? []));
    const statements = changed.flatMap((p) => p.statements);
    const result = await tx.run('createStatements', { rows: statements });
    if (result?.written !== statements.length || result.incomplete > 0) {
      throw new IncompleteWriteError('createStatements', statements.length, result?.written ?? 0);
    }
    stanceClaims.push(...statements.flatMap((s) => s.stances.map((stance) => stance.claim)));
    speakers.push(...statements.map((s) => s.sourceId));
  }
  const outcomes = {
    sources: writeOutcomes(sources, storedSources),
    claims: writeOutcomes(claims, storedClaims),
  };
  const changedClaims = claims.filter((_, i) => outcomes.claims[i] !== 'unchanged');
  return {
    result: outcomes,
    changes: {
      claims: changedClaims.map((c) => c.id),
      stanceClaims: [
        ...new Set([...changedClaims.flatMap((c) => [...c.supports, ...c.contradicts]), ...stanceClaims]),
      ],
      sources: [
        ...new Set([
          ...sources.filter((_, i) => outcomes.sources[i] !== 'unchanged').map((s) => s.id),
          ...speakers,
        ]),
      ],
    },
  };
}

/**
 * A write whose rows refer to nodes it did not find: the checks assumed something that is not in the
 * database (an earlier bundle whose own write failed, another writer's deletion). Thrown so that the
 * transaction rolls back rather than leaving the bundle half written.
 */
class IncompleteWriteError extends Error {
  constructor(query: string, expected: number, written: number) {
    super(
      `${query} found the nodes of ${written} of ${expected} rows; what this bundle refers to is missing`,
    );
  }
}

/**
 * A row that only adds to a node already there (a provisional item that joined it, a definition folded into
 * a merged source) writes no fields: if nothing held the node before and no other row of the batch defines
 * it, the write made a node with no name or text. That happens when the bundle that was to create it failed
 * on its own, and must fail this one too.
 */
function expectJoinedFound(
  name: string,
  rows: { id: string; props: Record<string, unknown> }[],
  stored: { id: string; before: unknown }[],
): void {
  const existed = new Set(stored.filter((r) => r.before !== null).map((r) => r.id));
  const defined = new Set(rows.filter((r) => Object.keys(r.props).length > 0).map((r) => r.id));
  const orphans = rows.filter(
    (r) => Object.keys(r.props).length === 0 && !existed.has(r.id) && !defined.has(r.id),
  );
  if (orphans.length > 0) throw new IncompleteWriteError(name, rows.length, rows.length - orphans.length);
}

/**
 * Runs a write that counts the rows it found its nodes for: fewer than given means something the checks
 * relied on is missing, and the transaction must roll back.
 */
async function writeAll<R>(
  name: string,
  rows: R[],
  write: (rows: R[]) => Promise<{ written: number } | undefined>,
): Promise<void> {
  if (rows.length === 0) return;
  const result = await write(rows);
  if (result?.written !== rows.length)
    throw new IncompleteWriteError(name, rows.length, result?.written ?? 0);
}

/**
 * Memberships numbered per source across the batch, so that a source given memberships by two bundles of
 * one batch gets distinct orders (the query adds them to the count already stored).
 */
function numberedPerSource(rows: MembershipRow[]): MembershipRow[] {
  const next = new Map<string, number>();
  return rows.map((row) => {
    const order = next.get(row.from) ?? 0;
    next.set(row.from, order + 1);
    return { ...row, order };
  });
}

/** A source speaks for one body: when two bundles of a batch say whom, the later one wins, as in two runs. */
function lastPerSource(rows: EdgeRow[]): EdgeRow[] {
  return [...new Map(rows.map((row) => [row.from, row])).values()];
}

function emptyReport(dryRun: boolean, read: number): IngestReport {
  const tally = (): Tally => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });
  return {
    dryRun,
    bundles: { read, loaded: 0, rejected: 0 },
    documents: tally(),
    sources: tally(),
    claims: tally(),
    statements: { ...tally(), removed: 0 },
    errors: [],
    warnings: [],
  };
}

/** Counts the document and its statements against what was stored before. */
function tallyDocument(report: IngestReport, { plan, before, documentChanged }: Accepted): void {
  report.documents[before === undefined ? 'created' : documentChanged ? 'updated' : 'unchanged'] += 1;
  for (const statement of plan.statements) {
    const old = before?.statements.get(statement.id);
    report.statements[old === undefined ? 'created' : old === statement.hash ? 'unchanged' : 'updated'] += 1;
  }
  const kept = new Set(plan.statements.map((s) => s.id));
  report.statements.removed += [...(before?.statements.keys() ?? [])].filter((id) => !kept.has(id)).length;
}

function tallyWritten(report: IngestReport, items: Accepted[], outcomes: WriteOutcomes): void {
  report.bundles.loaded += items.length;
  items.forEach((item) => tallyDocument(report, item));
  outcomes.sources.forEach((outcome) => (report.sources[outcome] += 1));
  outcomes.claims.forEach((outcome) => (report.claims[outcome] += 1));
}

function reject(report: IngestReport, raw: RawBundle, problems: { path: string; message: string }[]): void {
  report.bundles.rejected += 1;
  report.documents.rejected += 1;
  const bundle = 'value' in raw ? (raw.value as Partial<Bundle> | null) : null;
  const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
  report.sources.rejected += count(bundle?.sources);
  report.claims.rejected += count(bundle?.claims);
  report.statements.rejected += count(bundle?.statements);
  report.errors.push(...problems.map((p) => ({ ...raw.location, ...p })));
}

/** A write that failed after the checks passed (a constraint the checks could not foresee). */
function failWrite(report: IngestReport, item: Accepted, error: unknown): void {
  const reason =
    neo4jFailure(error) === 'constraint'
      ? `conflicts with what the database holds (${(error as Error).message})`
      : `could not be written: ${(error as Error).message}`;
  reject(report, item.raw, [{ path: '', message: reason }]);
}
