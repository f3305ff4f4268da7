import type { QueryRunner } from '../graph';
import type { Quantity } from '../ingest/bundle';
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

// Verdicts are stored for this many claims per query: the inputs of one claim are its neighbourhood.
const ASSESS_BATCH = 500;

/**
 * Brings the stored analysis up to date after a write, inside the write's own transaction so that both
 * commit together: the figure relations of the questions touched (and only those), then the stored
 * verdicts of the claims whose sides or origins may have changed (and only those). Returns how many
 * questions and claims were recomputed.
 */
export async function refreshAnalysis(
  tx: QueryRunner,
  changes: AnalysisChanges,
  { tolerance }: AnalysisOptions,
): Promise<{ questions: number; claims: number }> {
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

  const [affected] = await tx.run('findAffectedClaims', {
    claimIds: [...claimIds],
    sourceIds: changes.sources,
  });
  const ids = affected?.ids ?? [];
  for (let i = 0; i < ids.length; i += ASSESS_BATCH) {
    const assessments = await assessClaims(tx, ids.slice(i, i + ASSESS_BATCH));
    const standings = [...assessments.entries()].map(([id, a]) => ({
      id,
      status: a.verdict.status,
      credibility: a.verdict.credibility,
      score: a.verdict.score,
      contest: a.contest,
      origins: a.supportingOrigins.length + a.contradictingOrigins.length,
    }));
    await tx.run('setClaimStandings', { rows: standings });
  }
  return { questions, claims: ids.length };
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
