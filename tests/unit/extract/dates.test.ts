import { findDates } from '../../../src/extract';

const dates = (words: string, published: string) =>
  findDates(words, { start: 0, end: words.length }, published).map((d) => d.date);

describe('dates read against the publication date', () => {
  it('reads today, yesterday and a day of the month', () => {
    expect(dates('The mayor spoke today about what happened yesterday and on 2 May.', '2024-05-06')).toEqual([
      '2024-05-06',
      '2024-05-05',
      '2024-05-02',
    ]);
  });

  it('reads "two days ago" and "the night of 2 May"', () => {
    expect(dates('The crash happened two days ago, on the night of 2 May.', '2024-05-06')).toEqual([
      '2024-05-04',
      '2024-05-02',
    ]);
  });

  it('reads a bare weekday as the last one on or before publication', () => {
    // 6 May 2024 is a Monday: "on Friday" is 3 May, "on Monday" the day itself.
    expect(dates('The vote on Friday was confirmed on Monday.', '2024-05-06')).toEqual([
      '2024-05-03',
      '2024-05-06',
    ]);
  });

  it('reads a weekday with a time of day in the paper of that day as that day', () => {
    // 2 August 2025 is a Saturday.
    expect(dates('The ferry capsized on Saturday evening.', '2025-08-02')).toEqual(['2025-08-02']);
    expect(dates('It sank late on Saturday.', '2025-08-04')).toEqual(['2025-08-02']);
  });

  it('ignores words that fix no day', () => {
    expect(dates('It opened in November at 4 a.m.', '2024-05-06')).toEqual([]);
  });
});

describe('spans of time', () => {
  it('does not read "after three days" or "within a week" as a day, but keeps named days', () => {
    expect(
      dates('The pumps ran after three days of rain and should be fixed within a week.', '2024-09-04'),
    ).toEqual([]);
    expect(dates('The road shut on Tuesday and reopened yesterday.', '2024-09-04')).toEqual([
      '2024-09-03',
      '2024-09-03',
    ]);
  });
});
