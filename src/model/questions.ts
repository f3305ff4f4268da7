/**
 * What a figure counts, in the words that name it across reports, and the question key that several reports
 * of one event share (docs/resolution.md, Questions). The extractor writes a question as
 * `<what> | <where> | <when>`: "deaths | Osh | 2005-03-20" for "four people were killed in Osh on Sunday".
 * `<where>` is the place the clause names, else the place the report names most, or "-"; `<when>` the day
 * the clause names, else the day the report's lead names, or "-".
 */

// The first that matches wins, so that "28 demonstrators were taken to hospital" counts hospital cases.
export const CONCEPTS: [RegExp, string][] = [
  [
    /\b(?:died|dies|die|dying|dead|deaths?|killed|kill|killing|fatalit\w*|perished|bod(?:y|ies)|(?:death )?toll)\b/i,
    'deaths',
  ],
  [/\bhospitali[sz]\w*|\bhospital\w*/i, 'hospitalised'],
  [
    /\b(?:injured|injuring|injuries|wounded|wounding|hurt|sought medical (?:help|treatment)|treated for)\b/i,
    'injured',
  ],
  [/\b(?:missing|unaccounted)\b/i, 'missing'],
  [/\b(?:detained|detaining|arrested|arresting|detentions?|arrests?|custody)\b/i, 'detained'],
  [/\bevacuat\w*|\b(?:moved|relocated) out\b|\bfled their homes\b/i, 'evacuated'],
  [/\bturnout\b/i, 'turnout'],
  [/\b(?:crowds?|demonstrat\w*|protest\w*|rall(?:y|ies|ied)|gathered|marched|on the streets)\b/i, 'crowd'],
];

/** The concept a clause's figure counts, if the lexicon names it. */
export const conceptOf = (words: string): string | undefined => CONCEPTS.find(([re]) => re.test(words))?.[1];

export interface QuestionParts {
  what: string;
  /** The place as written, or null. */
  where: string | null;
  /** YYYY-MM-DD, or null. */
  when: string | null;
}

export const formatQuestion = ({ what, where, when }: QuestionParts): string =>
  `${what} | ${where ?? '-'} | ${when ?? '-'}`;

/** A question the extractor wrote, read back; undefined for any other wording (a hand-written question). */
export function parseQuestion(text: string): QuestionParts | undefined {
  const parts = text.split(' | ');
  if (parts.length !== 3) return undefined;
  const [what, where, when] = parts.map((p) => p.trim()) as [string, string, string];
  if (what === '' || !/^(?:-|\d{4}-\d{2}-\d{2})$/.test(when)) return undefined;
  return { what, where: where === '-' ? null : where, when: when === '-' ? null : when };
}
