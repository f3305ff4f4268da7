import type { Database, QueryRunner } from '../graph';
import type { Quantity } from '../model';
import { assessClaims } from './assess';
import { relateFigures } from './figures';

/** What a write changed, as far as the analysis is concerned. */
export interface AnalysisChanges {
  /** Claims created or changed: their figure relations, and those of their questions, are redone. */
  claims: string[];
  /** Claims whose stances or relations were written or removed. */
  stanceClaims: string[];
  /** Sources whose place (bodies, spokesmanship), rating or statements changed. */
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
        question.figures.map((f) => ({ claimId: f.claimId, quantity: quantityOf(f) })),
        tolerance,
      ).flatMap((r) => (r.kind === 'CONFLICTS' || r.kind === 'SUPPORTS' ? [{ ...r, kind: r.kind }] : [])),
    );
    const [result] = await tx.run('replaceFigureRelations', {
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
  if (claimIds.size === 0 && changes.sources.length === 0) return { questions, stale: 0 };
  const [marked] = await tx.run('markStaleClaims', { claimIds: [...claimIds], sourceIds: changes.sources });
  return { questions, stale: marked?.marked ?? 0 };
}

/**
 * Recomputes and stores every stale verdict, a batch per transaction, and returns how many. Safe to run
 * from several service instances at once: each stores the same verdicts. Loading runs it once at the end;
 * the API runs it before answering from stored verdicts (status filter, contest order, track records).
 */
export async function refreshStaleVerdicts(db: Database): Promise<number> {
  // Asked before every read that relies on stored verdicts: a read transaction (any cluster member) is
  // enough to find that none is stale, the usual case.
  if ((await db.read('findStaleClaims', { limit: 1 })).length === 0) return 0;
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

type StoredFigure = {
  value: number | null;
  min: number | null;
  max: number | null;
  approx: boolean | null;
  unit: string | null;
};

function quantityOf(f: StoredFigure): Quantity {
  return {
    ...(f.value === null ? {} : { value: f.value }),
    ...(f.min === null ? {} : { min: f.min }),
    ...(f.max === null ? {} : { max: f.max }),
    ...(f.approx === true ? { approx: true } : {}),
    ...(f.unit === null ? {} : { unit: f.unit }),
  };
}
