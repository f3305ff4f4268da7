import fc from 'fast-check';
import { RELIABILITY_WEIGHT, statusOf, verdictOf, type OriginOnSide } from '../../../src/analysis/verdict';
import type { Reliability } from '../../../src/model/bundle';

const RATINGS: Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];
const origin = (key: string, reliability: Reliability, sourceNames = [key]): OriginOnSide => ({
  key,
  name: key,
  reliability,
  sourceNames,
});

const rating = fc.constantFrom(...RATINGS);
const origins = (max: number) =>
  fc.array(rating, { maxLength: max }).map((rs) => rs.map((r, i) => origin(`o${i}`, r)));
/** A rating at least as reliable as `r`, by the weights the verdict uses. */
const atLeastAsReliable = (r: Reliability) =>
  RATINGS.filter((x) => RELIABILITY_WEIGHT[x] >= RELIABILITY_WEIGHT[r]);

describe('statusOf', () => {
  it.each([
    [0, 0, 'UNSUPPORTED'],
    [0, 2, 'UNSUPPORTED'],
    [1, 0, 'SINGLE_SOURCE'],
    [2, 0, 'CORROBORATED'],
    [1, 1, 'CONTESTED'],
    [3, 1, 'CONTESTED'],
  ])('%i supporting and %i contradicting origins: %s', (supporting, contradicting, status) => {
    expect(statusOf(supporting, contradicting)).toBe(status);
  });
});

describe('verdictOf', () => {
  it('explains itself in words an analyst can check', () => {
    const verdict = verdictOf(
      [origin('Res Publica', 'F')],
      [origin('Government of Kyrgyzstan', 'F', ['Nurdin Jangaraev'])],
    );
    expect(verdict).toEqual({
      status: 'CONTESTED',
      credibility: 4,
      support: 0.5,
      contradiction: 0.5,
      score: 0.375,
      explanation:
        'contested: 1 supporting origin [Res Publica (F)], 1 contradicting origin [Government of Kyrgyzstan (F, ' +
        'through Nurdin Jangaraev)]. Support 0.50, contradiction 0.50, score 0.38: credibility 4 (doubtful).',
    });
  });

  it('confirms only what two or more independent origins support', () => {
    expect(verdictOf([origin('a', 'A')], []).credibility).toBe(2);
    expect(verdictOf([origin('a', 'A'), origin('b', 'B')], []).credibility).toBe(1);
  });

  it('cannot judge a claim no origin speaks to, and finds one only contradicted improbable', () => {
    expect(verdictOf([], []).credibility).toBe(6);
    expect(verdictOf([], [origin('a', 'E')]).credibility).toBe(5);
  });

  it('names a source found on both sides', () => {
    expect(verdictOf([origin('a', 'C')], [origin('a', 'C')], ['Karasartov']).explanation).toContain(
      'On both sides: Karasartov',
    );
  });

  // Credibility 1 is the best and 5 the worst; 6 ("cannot be judged") only when no origin takes a side.
  it('never loses credibility when a supporting origin is rated more reliable', () => {
    fc.assert(
      fc.property(origins(4), origins(4), rating, fc.nat(), (support, contra, first, pick) => {
        const before = [origin('x', first), ...support];
        const better = atLeastAsReliable(first);
        const after = [origin('x', better[pick % better.length] as Reliability), ...support];
        expect(verdictOf(after, contra).credibility).toBeLessThanOrEqual(
          verdictOf(before, contra).credibility,
        );
      }),
    );
  });

  it('never gains credibility when a contradicting origin is rated more reliable', () => {
    fc.assert(
      fc.property(origins(4), origins(4), rating, fc.nat(), (support, contra, first, pick) => {
        const before = [origin('x', first), ...contra];
        const better = atLeastAsReliable(first);
        const after = [origin('x', better[pick % better.length] as Reliability), ...contra];
        expect(verdictOf(support, after).credibility).toBeGreaterThanOrEqual(
          verdictOf(support, before).credibility,
        );
      }),
    );
  });

  it('never rates a CORROBORATED claim below an otherwise equal SINGLE_SOURCE one', () => {
    fc.assert(
      fc.property(rating, rating, (single, second) => {
        const alone = verdictOf([origin('a', single)], []);
        const corroborated = verdictOf([origin('a', single), origin('b', second)], []);
        expect([alone.status, corroborated.status]).toEqual(['SINGLE_SOURCE', 'CORROBORATED']);
        expect(corroborated.credibility).toBeLessThanOrEqual(alone.credibility);
      }),
    );
  });

  it('never loses credibility when another supporting origin joins, nor gains when a contradicting one does', () => {
    fc.assert(
      fc.property(origins(4), origins(4), rating, (support, contra, extra) => {
        const base = verdictOf(support, contra).credibility;
        if (support.length > 0 || contra.length > 0) {
          expect(verdictOf([...support, origin('new', extra)], contra).credibility).toBeLessThanOrEqual(base);
          expect(verdictOf(support, [...contra, origin('new', extra)]).credibility).toBeGreaterThanOrEqual(
            base,
          );
        }
      }),
    );
  });
});
