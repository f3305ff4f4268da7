import type { Quantity } from './bundle';
import { withoutNulls } from './fields';

/** A claim's figure as its node stores it: one property per field, since Neo4j stores no maps. */
export interface QuantityProps {
  quantityValue?: number;
  quantityMin?: number;
  quantityMax?: number;
  quantityApprox?: boolean;
  quantityUnit?: string;
}

/** Those properties as a query projects them (`claim {.quantityValue, ...}`): null where one is missing. */
export type QuantityColumns = { [K in keyof QuantityProps]-?: QuantityProps[K] | null };

/** The properties that store a figure; none for a claim without one. */
export const quantityProps = (quantity: Quantity | undefined): QuantityProps =>
  withoutNulls({
    quantityValue: quantity?.value,
    quantityMin: quantity?.min,
    quantityMax: quantity?.max,
    quantityApprox: quantity?.approx,
    quantityUnit: quantity?.unit,
  });

/** The figure as the bundle gave it (fields it did not give stay absent), or null for a claim without one. */
export function quantityFromColumns(columns: QuantityColumns): Quantity | null {
  const { quantityValue: value, quantityMin: min, quantityMax: max } = columns;
  if (value === null && min === null && max === null) return null;
  return withoutNulls({
    value,
    min,
    max,
    approx: columns.quantityApprox,
    unit: columns.quantityUnit,
  });
}

/** A closed interval; an open end is -Infinity or Infinity ("at least 4" is [4, Infinity]). */
export interface Interval {
  low: number;
  high: number;
}

/** How much "about" widens a figure unless configured (ANALYSIS_TOLERANCE). */
export const DEFAULT_TOLERANCE = 0.1;

// Relative: two bounds closer than this fraction of their size count as equal, so that floating-point
// noise (0.1 + 0.2 against 0.3) never decides whether figures conflict.
const EPSILON = 1e-9;

/**
 * The interval a figure's words allow: value alone is exact; min alone means at least, max alone at most,
 * both a range. Approximate figures widen each finite bound by the tolerance t, away from the other bound:
 * low - |low|t and high + |high|t, which for the usual non-negative counts is low(1 - t) and high(1 + t).
 */
export function intervalOf(quantity: Quantity, tolerance = DEFAULT_TOLERANCE): Interval {
  const low = quantity.value ?? quantity.min ?? -Infinity;
  const high = quantity.value ?? quantity.max ?? Infinity;
  if (!quantity.approx) return { low, high };
  return { low: low - Math.abs(low) * tolerance, high: high + Math.abs(high) * tolerance };
}

const lessOrEqual = (a: number, b: number) =>
  a <= b ||
  (Number.isFinite(a) && Number.isFinite(b) && a - b <= EPSILON * Math.max(Math.abs(a), Math.abs(b)));

/** Whether every number in `inner` is in `outer` (equal intervals included). */
export const contains = (outer: Interval, inner: Interval) =>
  lessOrEqual(outer.low, inner.low) && lessOrEqual(inner.high, outer.high);

/** Whether no number is in both; touching intervals ([1, 2] and [2, 3]) overlap. */
export const disjoint = (a: Interval, b: Interval) =>
  !lessOrEqual(a.low, b.high) || !lessOrEqual(b.low, a.high);

/** Units compare trimmed and case-insensitively; a missing unit matches only a missing unit. */
export const sameUnit = (a: string | undefined, b: string | undefined) =>
  (a?.trim().toLowerCase() ?? null) === (b?.trim().toLowerCase() ?? null);

const bound = (n: number) =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: 6 }) : n > 0 ? '∞' : '-∞';
/** An interval as analysts write it: [9,000, 11,000], [4, ∞]. */
export const formatInterval = (i: Interval) => `[${bound(i.low)}, ${bound(i.high)}]`;
