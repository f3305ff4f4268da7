import fc from 'fast-check';
import type { SourceRow, StoredSource } from '../../../src/graph';
import { writeOutcomes } from '../../../src/ingest/writeOutcomes';

const row = (props: Record<string, string>, more: Partial<SourceRow> = {}): SourceRow => ({
  id: 'src-a',
  props: { id: 'src-a', ...props },
  aliases: [],
  memberOf: [],
  speaksFor: null,
  sounds: '',
  ...more,
});
const stored = (props: Partial<StoredSource['props']>, more: Partial<StoredSource> = {}): StoredSource => ({
  props: { id: 'src-a', name: null, type: null, role: null, affiliation: null, reliability: null, ...props },
  rated: false,
  aliases: [],
  memberOf: [],
  speaksFor: null,
  ...more,
});
const first = (rows: SourceRow[], before: StoredSource | null) =>
  writeOutcomes(
    rows,
    rows.map((r) => ({ id: r.id, before })),
  );

describe('what a write of sources changed', () => {
  it('is created when nothing held the id, and a second mention adding nothing is unchanged', () => {
    expect(first([row({ name: 'A' }), row({ name: 'A' })], null)).toEqual(['created', 'unchanged']);
  });

  it('is updated when a field gets another value or a list gains an entry, else unchanged', () => {
    const before = stored({ name: 'A' }, { aliases: ['Ay'] });
    expect(first([row({ name: 'A' })], before)).toEqual(['unchanged']);
    expect(first([row({ name: 'B' })], before)).toEqual(['updated']);
    expect(first([row({ name: 'A' }, { aliases: ['Ay'] })], before)).toEqual(['unchanged']);
    expect(first([row({ name: 'A' }, { aliases: ['Bee'] })], before)).toEqual(['updated']);
    expect(first([row({ name: 'A' }, { memberOf: ['src-b'] })], before)).toEqual(['updated']);
    expect(first([row({ name: 'A' }, { speaksFor: 'src-b' })], before)).toEqual(['updated']);
    expect(first([row({ role: 'Spokesman' })], before)).toEqual(['updated']);
  });

  // The two copies of this rule (the merge query and the batch's own) used to disagree here: a bundle's
  // other reliability was a change for a second mention in the batch, not for the first.
  it('never counts a bundle’s reliability for a source an analyst rated, first mention or later', () => {
    const rated = stored({ name: 'A', reliability: 'A' }, { rated: true });
    expect(
      first([row({ name: 'A', reliability: 'E' }), row({ name: 'A', reliability: 'C' })], rated),
    ).toEqual(['unchanged', 'unchanged']);
    const unrated = stored({ name: 'A', reliability: 'A' });
    expect(first([row({ name: 'A', reliability: 'E' })], unrated)).toEqual(['updated']);
  });

  it('judges a later mention against the first one and what the graph held, whatever the order', () => {
    const names = fc.constantFrom('A', 'B', 'C');
    fc.assert(
      fc.property(fc.array(names, { minLength: 1, maxLength: 6 }), fc.option(names), (given, held) => {
        const rows = given.map((name) => row({ name }));
        const outcomes = first(rows, held === null ? null : stored({ name: held }));
        // Each mention is a change exactly when no earlier mention, nor the graph, gave its name last.
        let last = held;
        given.forEach((name, i) => {
          const expected = last === null ? 'created' : last === name ? 'unchanged' : 'updated';
          expect(outcomes[i]).toBe(expected);
          last = name;
        });
      }),
    );
  });
});
