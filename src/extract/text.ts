/** A stretch of the document: UTF-16 offsets, end exclusive, as bundle spans count them. */
export interface Span {
  start: number;
  end: number;
}

const EDGE_PUNCTUATION = /[\s.,;:!?\-–—"“”'‘’()[\]]/;

/**
 * The span without white space or punctuation at either end; a closing bracket or a full stop that belongs
 * to the words (as inside a direct quote) is kept by the callers that want it.
 */
export function trimSpan(text: string, span: Span, punctuation = true): Span {
  let { start, end } = span;
  const edge = (ch: string | undefined) =>
    ch !== undefined && (punctuation ? EDGE_PUNCTUATION.test(ch) : /\s/.test(ch));
  while (start < end && edge(text[start])) start += 1;
  while (end > start && edge(text[end - 1]) && !closesQuote(text, start, end - 1)) end -= 1;
  return { start, end };
}

/** Whether the quotation mark at `at` closes one opened inside text[start, at): 'would “fight to the end”'. */
function closesQuote(text: string, start: number, at: number): boolean {
  const inside = text.slice(start, at);
  const count = (re: RegExp) => (inside.match(re) ?? []).length;
  if (text[at] === '”') return count(/“/g) > count(/”/g);
  if (text[at] === '"') return count(/"/g) % 2 === 1;
  return false;
}

/** A lowercase identifier made of the words of a name: "RFE/RL's Kyrgyz Service" → "rfe-rl-s-kyrgyz-service". */
export function slug(words: string, maxLength = 48): string {
  const s = words
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, maxLength).replace(/-+$/, '') || 'x';
}

/** Words with their offsets inside `text` (from `offset` on). */
export function wordsOf(text: string, offset = 0): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’/.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)].map((m) => ({
    word: m[0],
    start: offset + (m.index ?? 0),
    end: offset + (m.index ?? 0) + m[0].length,
  }));
}

export const isCapitalised = (word: string) => /^[\p{Lu}]/u.test(word);

/** "the regional fire brigade" → "Regional fire brigade": how an unnamed source is named. */
export const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
