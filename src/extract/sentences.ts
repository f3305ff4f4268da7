import type { Span } from './text';

export interface Sentence extends Span {
  text: string;
  /** Index of the paragraph (line) the sentence is in. */
  paragraph: number;
  /** Whether the sentence stands wholly in brackets; its span and text are then the words inside them. */
  bracketed?: boolean;
}

// Who wrote or helped: "(Reporting by ...; editing by ...)", "(X in Prague contributed to this report)".
const CREDITS =
  /\b(?:contributed to (?:this|the) (?:report|story|article)|(?:additional )?reporting by|editing by|writing by|compiled by)\b/i;

/** The credits of a report, in brackets: no one's statement, and not the publisher's narration. */
export const isCredits = (s: Sentence) => s.bracketed === true && CREDITS.test(s.text);

// A full stop after these is not the end of a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st gen col lt sgt capt maj sen rep gov pres jr sr inc ltd corp co no nos vs etc ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec approx dept est fig al'
  ).split(' '),
);

/**
 * Sentences with their offsets. A line break always ends one (news copy puts one paragraph per line); inside
 * a line, ., ! or ? followed by closing quotes or brackets, white space and a capital letter, an opening
 * quote or a digit ends one, unless the word before the full stop is an abbreviation or an initial
 * ("Mr.", "a.m.", "U.S.").
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  const push = (start: number, end: number) => {
    const leading = text.slice(start, end).search(/\S/);
    if (leading < 0) return;
    let s = start + leading;
    let e = end;
    while (e > s && /\s/.test(text[e - 1] as string)) e -= 1;
    const bracketed = /^\([^()]*\)$/.test(text.slice(s, e));
    if (bracketed) [s, e] = [s + 1, e - 1];
    sentences.push({
      start: s,
      end: e,
      text: text.slice(s, e),
      paragraph,
      ...(bracketed ? { bracketed } : {}),
    });
  };
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    let start = lineStart;
    const boundary = /[.!?]+["”’)\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
    for (const m of line.matchAll(boundary)) {
      const at = lineStart + (m.index ?? 0);
      if (m[0].startsWith('.') && isAbbreviation(text, at)) continue;
      const end = at + m[0].length;
      push(start, end);
      start = end;
    }
    push(start, lineEnd);
    lineStart = lineEnd + 1;
    paragraph += 1;
  }
  return sentences;
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (before.length === 0) return false;
  // Initials and dotted abbreviations: "U.S", "a.m", a single letter.
  if (before.includes('.') || before.length === 1) return true;
  return ABBREVIATIONS.has(before.toLowerCase());
}
