import type { QueryRunner, Transactions } from '../graph';
import { quantityFromColumns } from '../model';
import { assessClaims } from './assess';
import { relateFigures } from './figures';
import { supersessionsOf } from './supersession';

/** What a write changed, as far as the analysis is concerned. */
export interface AnalysisChanges {
  /** Claims created or changed: their figure relations, and those of their questions, are redone. */
  claims: string[];
  /** Claims whose stances or relations were written or removed. */
  stanceClaims: string[];
  /**
   * Sources whose place (bodies, spokesmanship), rating or statements changed: their voices' supersessions
   * are worked out again.
   */
  sources: string[];
}

export interface AnalysisOptions {
  /** How much "about" widens a figure (DEFAULT_TOLERANCE unless configured). */
  tolerance: number;
}

// Verdicts are stored for this many claims per transaction: the inputs of one claim are its neighbourhood.
const ASSESS_BATCH = 500;

/**
 * Brings the analysis up to date after a write, inside the write's own transaction so that both commit
 * together: the figure relations of the questions touched (and only those) are redone, and the stored
 * verdicts of the claims whose sides or origins may have changed (and only those) are marked stale, for
 * refreshStaleVerdicts to recompute once however many writes touched them. Returns how many questions
 * were compared and how many verdicts went stale.
 */
export async function refreshAnalysis(
  tx: QueryRunner,
  changes: AnalysisChanges,
  { tolerance }: AnalysisOptions,
): Promise<{ questions: number; stale: number }> {
  const claimIds = new Set([...changes.claims, ...changes.stanceClaims]);
  let questions = 0;
  if (changes.claims.length > 0) {
    const figures = await tx.run('findQuestionFigures', { claimIds: changes.claims });
    const rows = figures.flatMap((question) =>
      relateFigures(
        question.figures.flatMap((f) => {
          const quantity = quantityFromColumns(f.quantity);
          return quantity === null ? [] : [{ claimId: f.claimId, quantity }];
        }),
        tolerance,
      ).flatMap((r) => (r.kind === 'CONFLICTS' || r.kind === 'SUPPORTS' ? [{ ...r, kind: r.kind }] : [])),
    );
    const result = await tx.run('replaceFigureRelations', {
      keys: figures.map((q) => q.key),
      claimIds: changes.claims,
      rows,
    });
    if (result?.written !== rows.length) {
      throw new Error(`replaceFigureRelations wrote ${result?.written ?? 0} of ${rows.length} relations`);
    }
    // Both ends of every relation that went or came have new sides.
    result.endpoints.forEach((id) => claimIds.add(id));
    figures.forEach((q) => q.figures.forEach((f) => claimIds.add(f.claimId)));
    questions = figures.length;
  }
  if (changes.sources.length > 0) await refreshSupersessions(tx, changes.sources);
  if (claimIds.size === 0 && changes.sources.length === 0) return { questions, stale: 0 };
  const marked = await tx.run('markStaleClaims', { claimIds: [...claimIds], sourceIds: changes.sources });
  return { questions, stale: marked?.marked ?? 0 };
}

/**
 * Works out again which statements supersede which (src/analysis/supersession.ts) for the voices of these
 * sources: each source's, or the body's it speaks for. The claims whose sides that changes are the ones
 * markStaleClaims finds from these sources.
 */
async function refreshSupersessions(tx: QueryRunner, sourceIds: string[]): Promise<void> {
  const voices = await tx.run('findVoiceStatements', { sourceIds });
  const rows = voices.flatMap((voice) =>
    supersessionsOf(
      voice.statements.map((statement) => ({
        ...statement,
        stances: statement.stances.map((s) => ({ ...s, quantity: quantityFromColumns(s.quantity) })),
      })),
    ),
  );
  const statementIds = voices.flatMap((voice) => voice.statements.map((s) => s.id));
  const done = await tx.run('replaceSupersessions', { statementIds, rows });
  if (done?.written !== rows.length) {
    throw new Error(`replaceSupersessions wrote ${done?.written ?? 0} of ${rows.length} supersessions`);
  }
}

/**
 * Recomputes and stores every stale verdict, a batch per transaction, and returns how many. Safe to run
 * from several service instances at once: each stores the same verdicts. Loading runs it once at the end;
 * the API runs it before answering from stored verdicts (status filter, contest order, track records).
 */
export async function refreshStaleVerdicts(db: Transactions): Promise<number> {
  // Asked before every read that relies on stored verdicts: a read transaction (any cluster member) is
  // enough to find that none is stale, the usual case.
  const stale = await db.readTransaction('analysis: find stale verdicts', (tx) =>
    tx.run('findStaleClaims', { limit: 1 }),
  );
  if (stale.length === 0) return 0;
  let refreshed = 0;
  for (;;) {
    const done = await db.writeTransaction('analysis: refresh verdicts', async (tx) => {
      const ids = (await tx.run('findStaleClaims', { limit: ASSESS_BATCH })).map((row) => row.id);
      const assessments = await assessClaims(tx, ids);
      const rows = ids.map((id) => {
        const a = assessments.get(id);
        // A claim deleted meanwhile has nothing to store; its stale mark went with it.
        return a === undefined
          ? undefined
          : {
              id,
              status: a.verdict.status,
              credibility: a.verdict.credibility,
              score: a.verdict.score,
              contest: a.contest,
              origins: a.supportingOrigins.length + a.contradictingOrigins.length,
            };
      });
      await tx.run('setClaimStandings', { rows: rows.filter((r) => r !== undefined) });
      return ids.length;
    });
    refreshed += done;
    if (done < ASSESS_BATCH) return refreshed;
  }
}

/** What a write that can change verdicts gives back: its result, and what it changed for the analysis. */
export interface AnalysedWork<T> {
  result: T;
  changes: AnalysisChanges;
}

/**
 * The one way to write what can change a verdict. `work` runs in a write transaction and says what it
 * changed; the analysis catches up in that same transaction (refreshAnalysis), so that both commit
 * together, and once it has committed the verdicts it made stale are worked out (refreshStaleVerdicts).
 * That last step may fail without undoing the write: the verdicts stay marked stale, and the next read
 * that needs them works them out. A run of many writes (a load) passes `settle: false` and calls
 * refreshStaleVerdicts once at its end, so that a claim touched by many writes is assessed once.
 */
export async function analysedWrite<T>(
  db: Transactions,
  label: string,
  options: AnalysisOptions,
  work: (tx: QueryRunner) => Promise<AnalysedWork<T>>,
  { settle = true }: { settle?: boolean } = {},
): Promise<T> {
  const result = await db.writeTransaction(label, async (tx) => {
    const done = await work(tx);
    await refreshAnalysis(tx, done.changes, options);
    return done.result;
  });
  if (settle) await refreshStaleVerdicts(db).catch(() => 0);
  return result;
}
