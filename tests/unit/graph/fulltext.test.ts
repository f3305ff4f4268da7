import { fulltextQuery } from '../../../src/graph/fulltext';

describe('fulltextQuery', () => {
  it('ranks by any word for search, and requires every word for filters', () => {
    expect(fulltextQuery('  crowd   size ', 'any')).toBe('crowd size');
    expect(fulltextQuery('crowd size', 'all')).toBe('+crowd +size');
  });

  it("escapes every character of Lucene's query syntax, so input is taken literally", () => {
    expect(fulltextQuery('a+b -c && d || !e (f) {g} [h] ^i "j" ~k *l ?m :n \\o /p', 'any')).toBe(
      'a\\+b \\-c \\&\\& d \\|\\| \\!e \\(f\\) \\{g\\} \\[h\\] \\^i \\"j\\" \\~k \\*l \\?m \\:n \\\\o \\/p',
    );
  });

  it('turns the operators AND, OR and NOT into plain words', () => {
    expect(fulltextQuery('killed AND NOT injured OR Android', 'all')).toBe(
      '+killed +and +not +injured +or +Android',
    );
  });

  it('is null when there are no words', () => {
    expect(fulltextQuery(' \t\n', 'any')).toBeNull();
  });
});
