import type { QueryRunner, SideRow, SourcePlaceRow } from '../graph';
import { originOf } from './origins';
import { verdictOf, type OriginOnSide, type Verdict } from './verdict';

/** An independent origin on one side, with the sources on that side that lead back to it. */
export interface Origin {
  key: string;
  sourceIds: string[];
}

export interface Assessment {
  verdict: Verdict;
  supportingOrigins: Origin[];
  contradictingOrigins: Origin[];
  /** How contested the claim is: the strength of its weaker side, 0 unless both sides have an origin. */
  contest: number;
}

/** The verdict on each claim (one query for all of them), as docs/analysis.md explains. */
export async function assessClaims(tx: QueryRunner, ids: string[]): Promise<Map<string, Assessment>> {
  const rows = ids.length === 0 ? [] : await tx.run('findStandingInputs', { ids });
  return new Map(rows.map((row) => [row.id, assess(row.sides, row.places)]));
}

function assess(sides: SideRow[], sources: SourcePlaceRow[]): Assessment {
  const places = new Map(sources.map((s) => [s.id, s]));
  const nameOf = (id: string) => places.get(id)?.name ?? id;
  const originsOn = (stance: SideRow['stance']): Origin[] => {
    const byOrigin = new Map<string, string[]>();
    for (const side of sides.filter((s) => s.stance === stance)) {
      const key = originOf(side.sourceId, places);
      byOrigin.set(key, [...(byOrigin.get(key) ?? []), side.sourceId]);
    }
    return [...byOrigin.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, sourceIds]) => ({ key, sourceIds }));
  };
  const supportingOrigins = originsOn('SUPPORTS');
  const contradictingOrigins = originsOn('CONTRADICTS');
  const weighed = (origins: Origin[]): OriginOnSide[] =>
    origins.map((o) => ({
      key: o.key,
      name: nameOf(o.key),
      reliability: places.get(o.key)?.reliability ?? 'F',
      sourceNames: o.sourceIds.map(nameOf),
    }));
  const supporters = new Set(sides.filter((s) => s.stance === 'SUPPORTS').map((s) => s.sourceId));
  const bothSides = sides
    .filter((s) => s.stance === 'CONTRADICTS' && supporters.has(s.sourceId))
    .map((s) => nameOf(s.sourceId));
  const verdict = verdictOf(weighed(supportingOrigins), weighed(contradictingOrigins), bothSides);
  return {
    verdict,
    supportingOrigins,
    contradictingOrigins,
    contest: verdict.status === 'CONTESTED' ? Math.min(verdict.support, verdict.contradiction) : 0,
  };
}
