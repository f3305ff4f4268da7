// Words, symbols and numbers as the dashboard shows them. Every colour in the styles has a word or symbol
// beside it from here, so that no stance or status is told by colour alone.
import type { QuantityFragment, Reliability, VerdictStatus } from './generated/operations';

export type { Reliability, VerdictStatus };
export type StanceKind = 'supports' | 'contradicts';

export const STATUSES: VerdictStatus[] = ['CONTESTED', 'CORROBORATED', 'SINGLE_SOURCE', 'UNSUPPORTED'];

export const STATUS_LABEL: Record<VerdictStatus, string> = {
  CONTESTED: 'Contested',
  CORROBORATED: 'Corroborated',
  SINGLE_SOURCE: 'Single source',
  UNSUPPORTED: 'Unsupported',
};

export const STATUS_ICON: Record<VerdictStatus, string> = {
  CONTESTED: '⚖',
  CORROBORATED: '✔',
  SINGLE_SOURCE: '①',
  UNSUPPORTED: '∅',
};

export const CREDIBILITY_LABEL: Record<number, string> = {
  1: 'confirmed',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'cannot be judged',
};

export const RELIABILITIES: Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];

export const RELIABILITY_LABEL: Record<Reliability, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'cannot be judged',
};

export const STANCE_ICON: Record<StanceKind, string> = { supports: '✔', contradicts: '✖' };

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
export const formatNumber = (value: number): string => number.format(value);

/** A figure as words: "about 10,000 people", "at least 4 people", "20,000 to 30,000 people". */
export function formatQuantity(q: QuantityFragment): string {
  const about = q.approx ? 'about ' : '';
  const unit = q.unit ? ` ${q.unit}` : '';
  if (q.value !== null) return `${about}${formatNumber(q.value)}${unit}`;
  if (q.min !== null && q.max !== null)
    return `${about}${formatNumber(q.min)} to ${formatNumber(q.max)}${unit}`;
  if (q.min !== null) return `at least ${about}${formatNumber(q.min)}${unit}`;
  if (q.max !== null) return `at most ${about}${formatNumber(q.max)}${unit}`;
  return `a figure${unit}`;
}

/** An interval as the analysis reads it: [9,000, 11,000], [4, ∞). */
export function formatInterval({ low, high }: { low: number | null; high: number | null }): string {
  const left = low === null ? '(−∞' : `[${formatNumber(low)}`;
  const right = high === null ? '∞)' : `${formatNumber(high)}]`;
  return `${left}, ${right}`;
}

export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${formatNumber(count)} ${count === 1 ? one : many}`;

export const humanEnum = (value: string): string =>
  value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
