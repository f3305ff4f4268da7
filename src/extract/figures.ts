import nlp from 'compromise';
import type { Quantity } from '../model';
import { PEOPLE_NOUNS } from './lexicon';
import type { Span } from './text';

/** A figure read from the text: the words, where they are, and the interval they allow. */
export interface Figure extends Span {
  quantity: Quantity;
  /** What is counted, as written ("demonstrators"), before `quantity.unit` normalises it. */
  noun: string | undefined;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
}; // prettier-ignore
const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

// ../shared/domain.md, "Reading figures": vague counts give a lower bound only.
const VAGUE: [RegExp, number][] = [
  [/^tens of thousands\b/i, 20_000],
  [/^a few\b/i, 2],
  [/^several\b/i, 3],
  [/^dozens\b/i, 24],
  [/^scores\b/i, 40],
  [/^hundreds\b/i, 200],
  [/^thousands\b/i, 2_000],
  [/^millions\b/i, 2_000_000],
];
const ZERO_WORDS = /^(?:nobody|no one|no-one|none)\b/i;
// "denied that anyone had died", "whether anybody was hurt": at least one person, the claim a denial or a
// question is about; only before what happens to people, so that "anyone who wants to leave" counts nothing.
const ANYONE =
  /^(?:anyone|anybody)\b(?=(?:\s+(?:else|at all|had|has|have|was|were|been|is|be|being|seriously|actually|ever))*\s+(?:died|dead|killed|injured|hurt|wounded|arrested|detained|missing)\b)/i;
const APPROX =
  /^(?:about|around|roughly|some|nearly|almost|approximately|an estimated|closer to|close to)\s+/i;
const AT_LEAST = /^(?:at least|no fewer than|no less than)\s+/i;
const MORE_THAN = /^(?:more than|over|above|upwards of)\s+/i;
const AT_MOST = /^(?:at most|up to|no more than|as many as|as much as|could reach|within|a maximum of)\s+/i;
const FEWER_THAN = /^(?:fewer than|less than|under|below)\s+/i;

// Measures are not counts: "more than six hours" is six or more, not seven.
const MEASURES = new Set(
  (
    'percent per cent hours hour minutes minute seconds days weeks months years km kilometres kilometers ' +
    'miles metres meters tonnes tons kg kilograms litres liters degrees dollars euros pounds'
  ).split(' '),
);
// Between two figures of one clause, when the second leaves out its noun: "people died and 14 were injured".
const ELIDED = /^[^,;.]{0,30}(?:,\s*|\s)(?:and|but|while)\s+$|^\s*(?:,|and|or|to)\s*$/i;
const CURRENCIES: Record<string, string> = { $: 'dollars', '€': 'euros', '£': 'pounds' };
const PART_OF =
  /\b(?:half|a third|a quarter|two thirds|three quarters|most|many|some|few|all but|none)\s+of\s+(?:the|its|their|his|her|those|these)\s+$/i;
const TIME_UNITS = /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries)$/i;
// The words before a span of time that make it a circumstance, not what is claimed ("lasted 14 hours" is).
const SCENE_SETTING = /\b(?:after|in|over|during|since)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+|next\s+)?$/i;
const STOP_AFTER_NUMBER = new Set(
  (
    'of in on at to from by for with without inside outside into near during after before as than who ' +
    'which that were was are is had have has been being will would could and or but while since'
  ).split(' '),
);

const NUMBER_TOKEN =
  /^(?:\d+(?:\.\d+)?\s+(?:million|billion)\b|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:a\s+)?(?:dozen|hundred|thousand|million|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)(?:\s+(?:hundred|thousand|million|billion)(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))?)*)\b/i;

/** The value of a number as written: "10,000", "twenty-five", "two hundred", "1.5 million", "a dozen". */
export function numberValue(words: string): number | undefined {
  const w = words.toLowerCase().replace(/^a\s+/, '');
  if (/^\d/.test(w)) {
    const [num, mult] = w.split(/\s+/);
    const n = Number((num ?? '').replace(/,/g, ''));
    return Number.isFinite(n) ? n * (mult ? (MULTIPLIERS[mult] ?? 1) : 1) : undefined;
  }
  if (w === 'dozen') return 12;
  let total = 0;
  let current = 0;
  for (const part of w.split(/[\s-]+/)) {
    if (part === 'and') continue;
    if (part in SMALL) current += SMALL[part] as number;
    else if (part === 'hundred') current = (current || 1) * 100;
    else if (part in MULTIPLIERS) {
      total += (current || 1) * (MULTIPLIERS[part] as number);
      current = 0;
    } else return undefined;
  }
  return total + current;
}

/**
 * Every figure in text[span], read as ../shared/domain.md ("Reading figures") says: a number alone is that
 * value; "about", "some", "nearly"... mark it approximate; "X to Y" and "between X and Y" are ranges; "at
 * least N" is N or more, "more than N" N+1 or more for counts; "up to N", "at most N", "within N" N or less,
 * "fewer than N" N-1 or less; "nobody", "no one", "none" and "no" before a counted noun are zero; "anyone"
 * and "anybody" before what happens to people ("denied that anyone had died") are one or more; "a few",
 * "several", "dozens", "hundreds", "thousands", "tens of thousands" give a lower bound only. Years, dates
 * and clock times are not figures.
 */
export function findFigures(text: string, span: Span): Figure[] {
  const figures: Figure[] = [];
  const region = text.slice(span.start, span.end);
  const tags = tagsByOffset(region);
  let i = 0;
  while (i < region.length) {
    // A figure starts at a word, not inside a number ("2,000" holds no "000").
    const inNumber = /[,.]/.test(region[i - 1] ?? '') && /\d/.test(region[i - 2] ?? '');
    const atWord =
      /[\p{L}\p{N}$€£]/u.test(region[i] as string) &&
      !/[\p{L}\p{N}]/u.test(region[i - 1] ?? ' ') &&
      !inNumber;
    const found = atWord ? readFigureAt(region, i, tags) : undefined;
    if (found) {
      // "Two people died and 14 were injured": a number without its noun counts what the one before counted.
      const previous = figures[figures.length - 1];
      const elided =
        found.noun === undefined &&
        previous?.noun !== undefined &&
        ELIDED.test(text.slice(previous.end, span.start + found.start));
      if (elided && previous?.noun) {
        found.noun = previous.noun;
        found.quantity = withUnit(found.quantity, previous.noun);
      }
      figures.push({ ...found, start: span.start + found.start, end: span.start + found.end });
      i = found.end;
    } else i += 1;
  }
  return figures;
}

type Read = { start: number; end: number; quantity: Quantity; noun: string | undefined };

function readFigureAt(region: string, at: number, tags: Map<number, string[]>): Read | undefined {
  const rest = region.slice(at);
  const before = region.slice(Math.max(0, at - 12), at).toLowerCase();
  const zero = ZERO_WORDS.exec(rest);
  if (zero)
    return { start: at, end: at + zero[0].length, quantity: { value: 0, unit: 'people' }, noun: undefined };
  const anyone = ANYONE.exec(rest);
  if (anyone)
    return { start: at, end: at + anyone[0].length, quantity: { min: 1, unit: 'people' }, noun: undefined };
  const no = /^no\s+/i.exec(rest);
  if (no) {
    const noun = nounAfter(region, at + no[0].length, tags);
    const counted = noun && (PEOPLE_NOUNS.has(noun.word.toLowerCase()) || isPlural(noun.word));
    const comparison = /^no\s+(?:more|fewer|less|longer)\b/i.test(rest);
    if (noun && counted && !comparison)
      return { start: at, end: noun.end, quantity: { value: 0, unit: unitOf(noun.word) }, noun: noun.word };
    // "no more than 50" is read below, as a bound.
    if (!/^no\s+(?:more|fewer|less)\s+than\b/i.test(rest)) return undefined;
  }
  for (const [pattern, min] of VAGUE) {
    const m = pattern.exec(rest);
    if (!m) continue;
    const noun = nounAfter(region, at + m[0].length, tags);
    return {
      start: at,
      end: noun?.end ?? at + m[0].length,
      quantity: withUnit({ min }, noun?.word),
      noun: noun?.word,
    };
  }
  let cursor = at;
  let approx = false;
  let bound: 'atLeast' | 'moreThan' | 'atMost' | 'fewerThan' | undefined;
  const take = (pattern: RegExp) => {
    const m = pattern.exec(region.slice(cursor));
    if (m) cursor += m[0].length;
    return m !== null;
  };
  if (take(AT_LEAST)) bound = 'atLeast';
  else if (take(MORE_THAN)) bound = 'moreThan';
  else if (take(AT_MOST)) bound = 'atMost';
  else if (take(FEWER_THAN)) bound = 'fewerThan';
  if (take(APPROX)) approx = true;
  const between = bound === undefined && take(/^between\s+/i);
  const currency = CURRENCIES[region[cursor] ?? ''];
  if (currency) cursor += 1;
  const first = NUMBER_TOKEN.exec(region.slice(cursor));
  if (!first) return undefined;
  let low = numberValue(first[0]);
  if (low === undefined || isNotACount(region, cursor, first[0], before)) return undefined;
  // "half of the 2,000 workers": the number is the whole, not what the words count.
  if (PART_OF.test(region.slice(Math.max(0, at - 40), at))) return undefined;
  cursor += first[0].length;
  let high: number | undefined;
  const range = (between ? /^\s+and\s+/i : /^\s*(?:to|-|–)\s*/i).exec(region.slice(cursor));
  if (range) {
    const second = NUMBER_TOKEN.exec(region.slice(cursor + range[0].length));
    const value = second ? numberValue(second[0]) : undefined;
    // "5 to 6 million": the multiplier of the second number is the first's too.
    const multiplier = second ? /\s(hundred|thousand|million|billion)$/i.exec(second[0])?.[1] : undefined;
    const scaled =
      multiplier && !/\s/.test(first[0]) ? low * (MULTIPLIERS[multiplier.toLowerCase()] as number) : low;
    if (second && value !== undefined && value >= scaled) {
      low = scaled;
      high = value;
      cursor += range[0].length + second[0].length;
    }
  }
  if (between && high === undefined) return undefined;
  const noun = nounAfter(region, cursor, tags);
  // "after two days of rain", "the worst flood in forty years": a span of time that sets the scene.
  if (noun && TIME_UNITS.test(noun.word) && SCENE_SETTING.test(region.slice(0, at))) return undefined;
  const measure = noun !== undefined && MEASURES.has(noun.word.toLowerCase());
  let quantity: Quantity;
  if (high !== undefined) quantity = { min: low, max: high };
  else if (bound === 'atLeast') quantity = { min: low };
  else if (bound === 'moreThan') quantity = { min: measure ? low : low + 1 };
  else if (bound === 'atMost') quantity = { max: low };
  else if (bound === 'fewerThan') quantity = { max: measure ? low : low - 1 };
  else quantity = { value: low };
  if (approx) quantity.approx = true;
  const unitWord = noun?.word ?? currency;
  return { start: at, end: noun?.end ?? cursor, quantity: withUnit(quantity, unitWord), noun: unitWord };
}

/** Years, days of the month, clock times and "one of the" are numbers but not counts. */
function isNotACount(region: string, at: number, words: string, before: string): boolean {
  const after = region.slice(at + words.length, at + words.length + 16);
  if (/^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|:\d)/i.test(after)) return true;
  if (
    /^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(
      after,
    )
  )
    return true;
  if (
    /(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+$/.test(
      before,
    )
  )
    return true;
  if (/^(?:1[89]|20)\d\d$/.test(words)) return true;
  if (
    /^one$/i.test(words) &&
    (/^\s+of\b/i.test(after) || /\b(?:no|any|every|each|the|this|that)\s+$/i.test(before))
  )
    return true;
  return false;
}

/** The counted noun after a number: the last word of the run of nouns and adjectives that follows it. */
function nounAfter(region: string, at: number, tags: Map<number, string[]>) {
  // "40%" is 40 percent.
  if (region[at] === '%') return { word: 'percent', end: at + 1 };
  const after = /^(\s+of\b)?/.exec(region.slice(at))?.[0] ?? '';
  const words = [...region.slice(at + after.length).matchAll(/[\p{L}][\p{L}'’-]*|[^\s\p{L}]/gu)].slice(0, 5);
  let last: { word: string; end: number } | undefined;
  for (const m of words) {
    const word = m[0];
    const start = at + after.length + (m.index ?? 0);
    const t = tags.get(start) ?? [];
    if (!/^\p{L}/u.test(word) || STOP_AFTER_NUMBER.has(word.toLowerCase())) break;
    // compromise reads "government buildings" as a verb after a noun; a plural after a modifier is the noun.
    const pluralAfterModifier = last !== undefined && !isPlural(last.word) && isPlural(word);
    if (
      last &&
      !pluralAfterModifier &&
      (t.includes('Verb') || t.includes('Adverb') || t.includes('Preposition'))
    )
      break;
    if (last && !isPlural(last.word) && isPlural(word) === false && !t.includes('Noun')) break;
    if (last && (isPlural(last.word) || MEASURES.has(last.word.toLowerCase())) && !t.includes('Noun')) break;
    last = { word, end: start + word.length };
  }
  return last;
}

const isPlural = (word: string) =>
  /(?:[^s]s|people|children|men|women|police|staff|troops)$/i.test(word) && !/(?:ss|us|is)$/i.test(word);

function withUnit(quantity: Quantity, noun: string | undefined): Quantity {
  return noun === undefined ? quantity : { ...quantity, unit: unitOf(noun) };
}

/** People are counted as "people"; anything else in the plural as written ("buildings", "tonnes"). */
export function unitOf(noun: string): string {
  const w = noun.toLowerCase();
  if (PEOPLE_NOUNS.has(w) || /(?:men|folk)$/.test(w) || nlp(w).has('#Actor') || nlp(w).has('#Person'))
    return 'people';
  if (MEASURES.has(w) || isPlural(w)) return w;
  return nlp(w).nouns().toPlural().text() || w;
}

/** compromise's part-of-speech tags of each word, by offset in `region`. */
function tagsByOffset(region: string): Map<number, string[]> {
  const map = new Map<number, string[]>();
  const json = nlp(region).json({ offset: true }) as {
    terms: { offset: { start: number }; tags: string[] }[];
  }[];
  json.forEach((s) => s.terms.forEach((t) => map.set(t.offset.start, t.tags)));
  return map;
}
