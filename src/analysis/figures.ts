import {
  type Quantity,
  contains,
  disjoint,
  formatInterval,
  intervalOf,
  sameUnit,
  type Interval,
} from '../model';

/** A claim's figure, as the comparison needs it. */
export interface Figure {
  claimId: string;
  quantity: Quantity;
}

/**
 * How two figures answering the same question relate:
 * - CONFLICTS: their intervals do not overlap, so both cannot be true;
 * - SUPPORTS: `a`'s interval lies inside `b`'s (equal included), so `a` being true makes `b` true;
 * - COMPATIBLE: they overlap otherwise, and neither settles the other;
 * - INCOMPARABLE: their units differ, so they are not compared.
 */
export type FigureRelationKind = 'CONFLICTS' | 'SUPPORTS' | 'COMPATIBLE' | 'INCOMPARABLE';

export interface FigureRelation {
  from: string;
  to: string;
  kind: FigureRelationKind;
  /** In words, with the intervals compared. */
  reason: string;
}

const unitOf = (q: Quantity) => (q.unit === undefined ? 'no unit' : `'${q.unit.trim()}'`);

/**
 * Every relation among the figures of one question, each unordered pair once, except SUPPORTS, which is
 * directed and given both ways when the intervals are equal.
 */
export function relateFigures(figures: Figure[], tolerance: number): FigureRelation[] {
  const withIntervals = figures.map((f) => ({ ...f, interval: intervalOf(f.quantity, tolerance) }));
  const relations: FigureRelation[] = [];
  withIntervals.forEach((a, i) => {
    withIntervals.slice(i + 1).forEach((b) => relations.push(...relatePair(a, b)));
  });
  return relations;
}

type Placed = Figure & { interval: Interval };

function relatePair(a: Placed, b: Placed): FigureRelation[] {
  const ia = formatInterval(a.interval);
  const ib = formatInterval(b.interval);
  const between = (kind: FigureRelationKind, reason: string, from = a, to = b): FigureRelation => ({
    from: from.claimId,
    to: to.claimId,
    kind,
    reason,
  });
  if (!sameUnit(a.quantity.unit, b.quantity.unit)) {
    return [
      between(
        'INCOMPARABLE',
        `not compared: the units differ (${unitOf(a.quantity)} and ${unitOf(b.quantity)})`,
      ),
    ];
  }
  if (disjoint(a.interval, b.interval)) return [between('CONFLICTS', `${ia} and ${ib} do not overlap`)];
  const aInB = contains(b.interval, a.interval);
  const bInA = contains(a.interval, b.interval);
  if (aInB && bInA) {
    return [between('SUPPORTS', `${ia} equals ${ib}`), between('SUPPORTS', `${ib} equals ${ia}`, b, a)];
  }
  if (aInB) return [between('SUPPORTS', `${ia} lies within ${ib}`)];
  if (bInA) return [between('SUPPORTS', `${ib} lies within ${ia}`, b, a)];
  return [between('COMPATIBLE', `${ia} and ${ib} overlap, and neither lies within the other`)];
}
