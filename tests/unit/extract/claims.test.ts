import { read } from './helpers';

describe('claims', () => {
  it('makes a claim of each figure, worded by its clause, with relative dates resolved', () => {
    const { bundle } = read(
      'Medics said at least three people were killed today and about 40 people were taken to hospital.',
    );
    expect(bundle.claims?.map((c) => [c.text, c.quantity])).toEqual([
      ['At least three people were killed on 6 May 2024.', { min: 3, unit: 'people' }],
      ['About 40 people were taken to hospital.', { value: 40, approx: true, unit: 'people' }],
    ]);
    expect(bundle.claims?.[0]?.occurredAt).toBe('2024-05-06');
  });

  it('shares a question between figures about the same thing, and not with others', () => {
    const { bundle } = read(
      'Organisers said 50,000 people marched. Police said about 12,000 people marched. Police said 30 people were arrested.',
    );
    const [a, b, c] = bundle.claims ?? [];
    expect(a?.question).toBe(b?.question);
    expect(c?.question).not.toBe(a?.question);
  });
});
