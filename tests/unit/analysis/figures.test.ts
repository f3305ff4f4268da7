import { relateFigures, type Figure } from '../../../src/analysis/figures';
import { formatInterval, intervalOf } from '../../../src/model/quantity';
import type { Quantity } from '../../../src/model/bundle';

const T = 0.1;
const relate = (a: Quantity, b: Quantity, tolerance = T) =>
  relateFigures(
    [
      { claimId: 'a', quantity: a },
      { claimId: 'b', quantity: b },
    ] satisfies Figure[],
    tolerance,
  ).map((r) => `${r.from} ${r.kind} ${r.to}: ${r.reason}`);

describe('intervalOf', () => {
  it('reads value, min, max and ranges as closed intervals with open ends', () => {
    expect(intervalOf({ value: 28 })).toEqual({ low: 28, high: 28 });
    expect(intervalOf({ min: 4 })).toEqual({ low: 4, high: Infinity });
    expect(intervalOf({ max: 50 })).toEqual({ low: -Infinity, high: 50 });
    expect(intervalOf({ min: 20000, max: 30000 })).toEqual({ low: 20000, high: 30000 });
  });

  it('widens approximate figures by the tolerance on each finite end', () => {
    expect(intervalOf({ value: 10000, approx: true }, 0.1)).toEqual({ low: 9000, high: 11000 });
    expect(intervalOf({ min: 300, max: 400, approx: true }, 0.1)).toEqual({ low: 270, high: 440 });
    expect(intervalOf({ min: 200, approx: true }, 0.1)).toEqual({ low: 180, high: Infinity });
    expect(intervalOf({ value: 10000, approx: true }, 0.25)).toEqual({ low: 7500, high: 12500 });
    // Widening moves away from the other end, negative figures included.
    expect(intervalOf({ value: -10, approx: true }, 0.1)).toEqual({ low: -11, high: -9 });
  });

  it('is written as analysts write intervals', () => {
    expect(formatInterval(intervalOf({ value: 10000, approx: true }))).toBe('[9,000, 11,000]');
    expect(formatInterval(intervalOf({ min: 4 }))).toBe('[4, ∞]');
    expect(formatInterval(intervalOf({ max: 4 }))).toBe('[-∞, 4]');
  });
});

describe('relateFigures', () => {
  it('finds the seed crowd figures in conflict, and both supporting "thousands"', () => {
    expect(
      relate({ value: 10000, approx: true, unit: 'people' }, { min: 20000, max: 30000, unit: 'people' }),
    ).toEqual(['a CONFLICTS b: [9,000, 11,000] and [20,000, 30,000] do not overlap']);
    expect(relate({ value: 10000, approx: true, unit: 'people' }, { min: 2000, unit: 'people' })).toEqual([
      'a SUPPORTS b: [9,000, 11,000] lies within [2,000, ∞]',
    ]);
  });

  it('finds "nobody died" in conflict with "at least four"', () => {
    expect(relate({ value: 0 }, { min: 4 })).toEqual(['a CONFLICTS b: [0, 0] and [4, ∞] do not overlap']);
  });

  it('has a nested interval support the wider one, whichever comes first', () => {
    expect(relate({ min: 4 }, { value: 6 })).toEqual(['b SUPPORTS a: [6, 6] lies within [4, ∞]']);
    expect(relate({ value: 6 }, { min: 4 })).toEqual(['a SUPPORTS b: [6, 6] lies within [4, ∞]']);
  });

  it('has equal intervals support each other', () => {
    expect(relate({ min: 1, max: 2 }, { min: 1, max: 2 })).toEqual([
      'a SUPPORTS b: [1, 2] equals [1, 2]',
      'b SUPPORTS a: [1, 2] equals [1, 2]',
    ]);
  });

  it('counts touching intervals as overlapping, and other overlaps as compatible', () => {
    expect(relate({ min: 1, max: 2 }, { min: 2, max: 3 })).toEqual([
      'a COMPATIBLE b: [1, 2] and [2, 3] overlap, and neither lies within the other',
    ]);
    expect(relate({ max: 10 }, { min: 5 })).toEqual([
      'a COMPATIBLE b: [-∞, 10] and [5, ∞] overlap, and neither lies within the other',
    ]);
    expect(relate({ max: 10 }, { min: 11 })).toEqual(['a CONFLICTS b: [-∞, 10] and [11, ∞] do not overlap']);
  });

  it('decides at the edges of the tolerance: about 100 reaches 110 but not 111', () => {
    expect(relate({ value: 100, approx: true }, { min: 110 })).toEqual([
      'a COMPATIBLE b: [90, 110] and [110, ∞] overlap, and neither lies within the other',
    ]);
    expect(relate({ value: 100, approx: true }, { min: 111 })).toEqual([
      'a CONFLICTS b: [90, 110] and [111, ∞] do not overlap',
    ]);
    expect(relate({ value: 100, approx: true }, { min: 111 }, 0.11)[0]).toMatch(/^a COMPATIBLE b/);
  });

  it('never lets floating-point noise decide', () => {
    expect(relate({ value: 0.1 + 0.2 }, { min: 0.3 })[0]).toMatch(/^a SUPPORTS b/);
    expect(relate({ max: 0.1 + 0.2 }, { min: 0.3, max: 1 })[0]).toMatch(/^a COMPATIBLE b/);
  });

  it('compares units trimmed and case-insensitively, and never across different units', () => {
    expect(relate({ value: 5, unit: ' People ' }, { min: 4, unit: 'people' })[0]).toMatch(/^a SUPPORTS b/);
    expect(relate({ value: 5, unit: 'people' }, { value: 500, unit: 'buildings' })).toEqual([
      "a INCOMPARABLE b: not compared: the units differ ('people' and 'buildings')",
    ]);
    expect(relate({ value: 5 }, { value: 500, unit: 'people' })).toEqual([
      "a INCOMPARABLE b: not compared: the units differ (no unit and 'people')",
    ]);
    expect(relate({ value: 5 }, { value: 500 })[0]).toMatch(/^a CONFLICTS b/);
  });
});
