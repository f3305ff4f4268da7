import { intervalOf, type Quantity } from '../model';
import { words } from './names';
import type { Likeness } from './sources';

/** What resolution knows of a claim: its words, its figure, the question it answers as stored, its day. */
export interface ClaimFacts {
  text: string;
  quantity: Quantity | null;
  /** The question key, once the question is resolved. */
  question: string | null;
  occurredAt: string | null;
}

// Words that carry no proposition of their own, and the verbs of reporting that a claim's wording may keep.
const STOP = new Set(
  `a an the of to in on at by for from with and or but that this these those it its was were is are be been
  being has have had will would could should may might as into than then there their they he she his her we
  our you your said says after before about over under more most some any all no not also very still`.split(
    /\s+/,
  ),
);

// One word for each group that reports use for one thing: "protesters" and "demonstrators", "killed" and "died".
const SAME: [RegExp, string][] = [
  [/^(?:protester|protestor|demonstrator)s?$/, 'protester'],
  [/^(?:killed|died|dead|deaths?|perished)$/, 'died'],
  [/^(?:injured|wounded|hurt)$/, 'injured'],
  [/^(?:detained|arrested|held)$/, 'detained'],
  [/^(?:seized|occupied|stormed)$/, 'seized'],
  [/^(?:police|policem[ae]n|policemans|officers?)$/, 'police'],
  [/^(?:election|vote|poll|ballot)s?$/, 'election'],
  [/^(?:building|office|headquarters|administration)s?$/, 'building'],
];

/** The content words of a claim, each reduced to a common stem. */
export function contentWords(text: string): Set<string> {
  return new Set(
    words(text)
      .filter((w) => !STOP.has(w) && !/^\d/.test(w))
      .map((w) => SAME.find(([re]) => re.test(w))?.[1] ?? w.replace(/(?:ing|ed|es|s)$/, '')),
  );
}

/**
 * How likely two claims are to be one proposition (docs/resolution.md, Claims). A claim with a figure is the
 * same as another only with the same figure for the same question; a claim without one, by the words the
 * two share, on the same day when both name one.
 */
export function compareClaims(a: ClaimFacts, b: ClaimFacts): Likeness {
  if ((a.quantity === null) !== (b.quantity === null)) return { score: 0, reasons: [] };
  if (a.occurredAt !== null && b.occurredAt !== null && a.occurredAt !== b.occurredAt) {
    return { score: 0, reasons: [] };
  }
  if (a.quantity !== null && b.quantity !== null) {
    if (a.question === null || a.question !== b.question) return { score: 0, reasons: [] };
    const x = intervalOf(a.quantity);
    const y = intervalOf(b.quantity);
    // A unit left out ("put the crowd at 10,000") is the one the question counts.
    const [ua, ub] = [a.quantity.unit, b.quantity.unit];
    if (x.low !== y.low || x.high !== y.high || (ua !== undefined && ub !== undefined && ua !== ub)) {
      return { score: 0, reasons: [] };
    }
    return { score: 0.95, reasons: ['the same figure for the same question'] };
  }
  const wa = contentWords(a.text);
  const wb = contentWords(b.text);
  const shared = [...wa].filter((w) => wb.has(w));
  const union = new Set([...wa, ...wb]).size;
  const overlap = union === 0 ? 0 : shared.length / union;
  if (overlap === 0) return { score: 0, reasons: [] };
  return {
    score: overlap,
    reasons: [`${shared.length} of ${union} words in common (${shared.slice(0, 8).join(', ')})`],
  };
}
