import { formatInterval, formatNumber, formatQuantity } from '../format';
import type { ClaimQuery, QuantityFragment } from '../generated/operations';
import { to } from '../router';

/** The claim page's question, with every claim answering it and how their figures relate. */
type Question = NonNullable<NonNullable<ClaimQuery['claim']>['question']>;
/** A claim of the question that gives a figure. */
type WithFigure = Question['claims'][number] & { quantity: QuantityFragment };

interface Row {
  claim: WithFigure;
  conflictsWith: WithFigure[];
}

/** Round tick steps (1, 2 or 5 times a power of ten) giving about five ticks between lo and hi. */
export function ticks(lo: number, hi: number): number[] {
  const span = hi - lo;
  if (!(span > 0)) return [lo];
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step)
    out.push(Number(t.toPrecision(12)));
  return out;
}

/**
 * The axis: every finite end of every interval, with a margin on both sides, and more room on a side where
 * an interval is open, so that its arrow reads as going on past the other figures.
 */
export function domain(intervals: { low: number | null; high: number | null }[]): [number, number] {
  const ends = intervals.flatMap((i) => [i.low, i.high]).filter((v): v is number => v !== null);
  if (ends.length === 0) return [0, 1];
  let lo = Math.min(...ends);
  let hi = Math.max(...ends);
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.5 || 1;
    lo -= pad;
    hi += pad;
  }
  const span = hi - lo;
  const openLow = intervals.some((i) => i.low === null);
  const openHigh = intervals.some((i) => i.high === null);
  return [lo - span * (openLow ? 0.3 : 0.08), hi + span * (openHigh ? 0.3 : 0.08)];
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/**
 * Every figure given for one question, as intervals on one axis: a bar from low to high, an arrow where an
 * end is open, a diamond for a single value. Figures that cannot both be true (the API's CONFLICTS
 * relations) are hatched and say what they conflict with, so the mark does not rest on colour.
 */
export function IntervalChart({
  claims,
  relations,
  currentId,
}: {
  claims: Question['claims'];
  relations: Question['relations'];
  currentId: string;
}) {
  const withFigures = claims.filter((c): c is WithFigure => c.quantity !== null);
  if (withFigures.length === 0) return null;
  const byId = new Map(withFigures.map((c) => [c.id, c]));
  const rows: Row[] = withFigures.map((claim) => ({
    claim,
    conflictsWith: relations
      .filter((r) => r.kind === 'CONFLICTS' && (r.a.id === claim.id || r.b.id === claim.id))
      .map((r) => byId.get(r.a.id === claim.id ? r.b.id : r.a.id))
      .filter((c): c is WithFigure => c !== undefined),
  }));
  const [lo, hi] = domain(withFigures.map((c) => c.quantity.interval));
  const x = (v: number) => ((v - lo) / (hi - lo)) * 100;
  const units = [...new Set(withFigures.map((c) => c.quantity.unit ?? ''))];
  const conflictCount = relations.filter((r) => r.kind === 'CONFLICTS').length;

  return (
    <figure class="interval-chart" data-testid="interval-chart" aria-labelledby="interval-caption">
      <figcaption id="interval-caption">
        {withFigures.length} figures on one axis
        {units.length === 1 && units[0] ? ` (${units[0]})` : ''}
        {conflictCount > 0
          ? `; ${conflictCount} pair${conflictCount === 1 ? '' : 's'} conflict`
          : '; none conflict'}
        .
      </figcaption>
      <ul class="interval-rows">
        {rows.map(({ claim, conflictsWith }) => {
          const { low, high } = claim.quantity.interval;
          const left = low === null ? 0 : x(low);
          const right = high === null ? 100 : x(high);
          const point = low !== null && high !== null && low === high;
          const sources = claim.supporters.map((s) => s.source.name);
          const classes = [
            'bar',
            point ? 'point' : '',
            low === null ? 'open-low' : '',
            high === null ? 'open-high' : '',
            conflictsWith.length > 0 ? 'conflict' : '',
            claim.id === currentId ? 'current' : '',
          ].join(' ');
          return (
            <li
              key={claim.id}
              class={claim.id === currentId ? 'interval-row current' : 'interval-row'}
              data-claim={claim.id}
              data-conflicts={conflictsWith.length}
            >
              <div class="interval-label">
                <a href={to('claims', claim.id)}>{formatQuantity(claim.quantity)}</a>{' '}
                <span class="muted">{formatInterval(claim.quantity.interval)}</span>
                {claim.id === currentId ? <strong> (this claim)</strong> : null}
                {sources.length > 0 ? <span class="muted"> · said by {sources.join(', ')}</span> : null}
                {conflictsWith.length > 0 ? (
                  <span class="conflict-note">
                    {' '}
                    <span aria-hidden="true">⚠ </span>conflicts with{' '}
                    {conflictsWith.map((c) => formatQuantity(c.quantity)).join(', ')}
                  </span>
                ) : null}
              </div>
              <div class="track" aria-hidden="true">
                <span
                  class={classes}
                  data-testid="interval-bar"
                  style={
                    point
                      ? { left: `${left}%` }
                      : { left: `${left}%`, width: `${Math.max(right - left, 0.5)}%` }
                  }
                />
              </div>
            </li>
          );
        })}
      </ul>
      <div class="axis" aria-hidden="true">
        {ticks(lo, hi).map((t) => (
          <span key={t} class="tick" style={{ left: `${x(t)}%` }}>
            {Math.abs(t) >= 10000 ? compact.format(t) : formatNumber(t)}
          </span>
        ))}
      </div>
    </figure>
  );
}
