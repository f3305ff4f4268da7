import * as chrono from 'chrono-node';
import type { Span } from './text';

/** A date expression in the text, resolved to a calendar day. */
export interface FoundDate extends Span {
  /** YYYY-MM-DD */
  date: string;
  /** Whether the words only make sense against the publication date ("today", "on Sunday"). */
  relative: boolean;
  words: string;
}

const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A calendar day, a weekday, or today and its neighbours: "18 March", "2005-03-20", "on Sunday", "tonight",
 * "two days ago".
 */
const NAMES_A_DAY =
  /\b(?:today|yesterday|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{1,4}[/.-]\d{1,2}|\b(?:a|an|one|two|three|four|five|six|seven|\d+)\s+days?\s+ago\b/i;

/**
 * The dates named in text[span], read by chrono-node against the publication date (noon local time, so that
 * no time zone moves the day). Only expressions that fix a day count: "today", "yesterday", "on Sunday",
 * "18 March", "20 March 2005"; "in November" or "4 a.m." do not. A bare weekday is the last one on or before
 * the publication date, as news copy uses it ("on Sunday" in Monday's paper is the day before).
 */
export function findDates(text: string, span: Span, publishedAt: string | undefined): FoundDate[] {
  if (publishedAt === undefined) return [];
  const [y, m, d] = publishedAt.slice(0, 10).split('-').map(Number) as [number, number, number];
  const reference = new Date(y, m - 1, d, 12);
  return chrono.parse(text.slice(span.start, span.end), reference).flatMap((result) => {
    const c = result.start;
    const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
    if (!c.isCertain('day') && !weekdayOnly) {
      // chrono reads "the night of 18 March" as tonight: the day is in the words after "of".
      const of = /\sof\s/.exec(result.text);
      const from = span.start + result.index + (of ? of.index + of[0].length : 0);
      return of
        ? findDates(text, { start: from, end: span.start + result.index + result.text.length }, publishedAt)
        : [];
    }
    // Only words that name a day count, not a span of time counted from now ("after two days").
    if (!NAMES_A_DAY.test(result.text)) return [];
    let when = c.date();
    // By the day, not the hour: "on Saturday evening" in Saturday's paper is that day, not a week before.
    if (weekdayOnly && iso(when) > iso(reference)) when = new Date(when.getTime() - 7 * DAY_MS);
    const start = span.start + result.index;
    return [
      {
        start,
        end: start + result.text.length,
        date: iso(when),
        relative: !/\d/.test(result.text),
        words: result.text,
      },
    ];
  });
}

/** "20 March 2005" for "2005-03-20": how a claim names a day that its source called "today". */
export function spellDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const month = new Date(2000, m - 1, 1).toLocaleString('en-GB', { month: 'long' });
  return `${d} ${month} ${y}`;
}
