import nlp from 'compromise';
import { conceptOf, formatQuestion, type Quantity } from '../model';
import { findDates, spellDate } from './dates';
import { findFigures } from './figures';
import { placesIn } from './places';
import { splitSentences } from './sentences';
import { trimSpan, upperFirst, type Span } from './text';

/** A claim drawn from the content of a statement. */
export interface DraftClaim {
  text: string;
  span: Span;
  quantity?: Quantity;
  question?: string;
  occurredAt?: string;
  contradicts: DraftClaim[];
  /**
   * A denial's words restated as what the denial says: "denied that anyone had died" claims "Nobody had
   * died", which the denial supports, so that it is one claim with "nobody died" in other reports.
   */
  restated?: true;
}

const SPLIT = /,?\s+(?:and|but|while|whereas)\s+|;\s+|,\s+/g;

/**
 * The claims a statement's content makes: one per figure, each worded by the clause that holds it ("at least
 * four people were killed and about 28 demonstrators were taken to Osh hospital" makes two), or one for the
 * whole content when it holds no figure. Relative dates in the wording are resolved ("today" becomes "on 20
 * March 2005"). Figures share a question when they count the same thing at the same place on the same day,
 * in any report: the question says what, where and when (model's formatQuestion), never which document.
 */
export function claimsOf(text: string, content: Span, context: ClaimContext): DraftClaim[] {
  // A quote of several sentences makes a claim or more of each.
  return splitSentences(text.slice(content.start, content.end)).flatMap((s) =>
    clauseClaims(text, { start: content.start + s.start, end: content.start + s.end }, context),
  );
}

/** What a claim is read against: the publication date, what the report is about, and its sentence's day. */
export interface ClaimContext {
  publishedAt: string | undefined;
  /** The place the report names most, for a figure whose clause names none. */
  mainPlace: string | undefined;
  /** The day the report's lead names, for a figure whose sentence names none. */
  leadDay: string | undefined;
  /** A day named before the words, in the sentence's leading phrase ("Later today, thousands gathered"). */
  leadingDay?: string;
  /** The words are what a statement denies. */
  denied?: boolean;
}

function clauseClaims(text: string, content: Span, context: ClaimContext): DraftClaim[] {
  const { publishedAt } = context;
  const figures = findFigures(text, content);
  const pieces = splitAtFigures(
    text,
    content,
    figures.map((f) => f.start),
  );
  return pieces.flatMap((piece) => {
    const own = figures.filter((f) => f.start >= piece.start && f.end <= piece.end);
    const dates = findDates(text, piece, publishedAt);
    const wording = word(text, piece, dates);
    const occurredAt = dates[0]?.date ?? context.leadingDay;
    const base = { text: wording, span: piece, contradicts: [], ...(occurredAt ? { occurredAt } : {}) };
    // A clause that asks or urges ("Nobody should be going back", "please stay away") claims no figure.
    if (own.length === 0 || !assertive(text.slice(piece.start, piece.end))) return [base];
    // Figures of one clause answer different questions ("several protesters and one police officer were
    // injured"): when unit and concept coincide, the counted noun tells them apart.
    const questions = own.map((f) => questionOf(text, piece, f.quantity, undefined, occurredAt, context));
    return own.map((f, i) => {
      const shared = questions.filter((q) => q === questions[i]).length > 1;
      const question = shared
        ? questionOf(text, piece, f.quantity, f.noun, occurredAt, context)
        : questions[i];
      // "The toll has risen to three": a count of what happens to people counts people, as the figures it
      // is compared with say.
      const people =
        f.quantity.unit === undefined &&
        /^(?:deaths|injured|hospitalised|missing|detained|evacuated|crowd)\b/.test(question ?? '');
      const quantity = people ? { ...f.quantity, unit: 'people' } : f.quantity;
      if (context.denied && f.start === piece.start && ANYONE_AT_START.test(wording)) {
        const nobody = wording.replace(ANYONE_AT_START, 'Nobody');
        return {
          ...base,
          text: nobody,
          quantity: { value: 0, unit: quantity.unit },
          question,
          restated: true,
        };
      }
      return { ...base, quantity, question };
    });
  });
}

const ANYONE_AT_START = /^(?:Anyone|Anybody)\b/;

/** Whether a clause states something: not an obligation, a request, an order or a question. */
const assertive = (words: string) =>
  !/\b(?:should|must|ought to|shall|let's|let us|please)\b|\?\s*["”]?$/i.test(words) &&
  !/^\s*(?:do not|don't|never)\s/i.test(words);

/** Splits the content between figures, where a clause with a verb of its own ends. */
function splitAtFigures(text: string, content: Span, starts: number[]): Span[] {
  const pieces: Span[] = [];
  let from = content.start;
  for (const next of starts.slice(1)) {
    const region = text.slice(from, next);
    const boundaries = [...region.matchAll(SPLIT)];
    const last = boundaries.pop();
    if (!last) continue;
    const cut = from + (last.index ?? 0);
    if (!nlp(text.slice(from, cut)).has('#Verb')) continue;
    pieces.push(trimSpan(text, { start: from, end: cut }));
    from = cut + last[0].length;
  }
  pieces.push(trimSpan(text, { start: from, end: content.end }));
  return pieces.filter((p) => p.end > p.start);
}

function word(text: string, piece: Span, dates: ReturnType<typeof findDates>): string {
  let out = '';
  let at = piece.start;
  for (const d of dates.filter((x) => x.relative)) {
    // "Sunday's rally" is "the 20 March 2005 rally", not "on 20 March 2005's rally".
    const possessive = /^['’]s\b/.exec(text.slice(d.end));
    out += `${text.slice(at, d.start)}${possessive ? 'the' : 'on'} ${spellDate(d.date)}`;
    at = d.end + (possessive?.[0].length ?? 0);
  }
  out += text.slice(at, piece.end);
  out = upperFirst(out.replace(/\s+/g, ' ').trim());
  return /[.!?]["”']?$/.test(out) ? out : `${out}.`;
}

function questionOf(
  text: string,
  piece: Span,
  quantity: Quantity,
  noun: string | undefined,
  day: string | undefined,
  context: ClaimContext,
): string {
  const words = text.slice(piece.start, piece.end);
  // The concepts are things that happen to people; other units are told apart by their verb.
  // The concepts are what happens to people: a figure measured in another unit is told apart by its verb.
  // A clause that names no concept ("put the number at 20,000") takes its sentence's ("the crowd ...").
  const sentence = sentenceAround(text, piece);
  // "Opposition leaders put the number at 20,000 to 30,000": the number the sentence before counted.
  const anaphor = /\b(?:the|that|this|their|its) (?:number|figure|total|estimate|count)\b/i.test(words);
  const found =
    conceptOf(words) ??
    conceptOf(text.slice(sentence.start, sentence.end)) ??
    (anaphor ? conceptOf(sentenceBefore(text, sentence.start)) : undefined);
  const concept = MEASURES.test(quantity.unit ?? '') && found !== 'turnout' ? undefined : found;
  const unit = noun ? nlp(noun).nouns().toPlural().text() || noun : (quantity.unit ?? 'things');
  const verb = concept === undefined ? verbOf(words) : undefined;
  const what = concept
    ? `${concept}${noun ? ` (${unit.toLowerCase()})` : ''}`
    : `${unit}${verb ? ` ${verb}` : ''}`;
  // "The death toll rose to three on Tuesday": a running count is of the event the report leads with, on
  // its day, whatever day the count was given; "two more were detained on Tuesday" are Tuesday's.
  const when = (CUMULATIVE.test(words) ? context.leadDay : undefined) ?? day ?? context.leadDay ?? null;
  return formatQuestion({ what, where: placeOf(text, piece, context), when });
}

const CUMULATIVE =
  /\b(?:(?:death )?toll|total|in all|so far|(?:has|have|had) (?:now )?(?:risen|climbed|grown|increased)|rose|climbed)\b/i;

/** The sentence a clause stands in, by the full stops (or line ends) around it. */
function sentenceAround(text: string, piece: Span): Span {
  return { start: sentenceStart(text, piece.start), end: sentenceEnd(text, piece.end) };
}

/** The sentence that ends where `start` begins its own, in the same paragraph. */
function sentenceBefore(text: string, start: number): string {
  const end = text.slice(0, start).trimEnd().length;
  if (end < 2 || text.slice(end, start).includes('\n')) return '';
  // From before its own full stop.
  return text.slice(sentenceStart(text, end - 2), end);
}

const sentenceStart = (text: string, at: number) =>
  Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at)) + 1;

function sentenceEnd(text: string, at: number): number {
  const stop = /[.!?]["”]?(?=\s|$)/.exec(text.slice(at));
  return stop ? at + stop.index + stop[0].length : text.length;
}

// Units of measure, which no concept of what happens to people counts (turnout is counted in percent).
const MEASURES =
  /^(?:percent|%|per ?cent|points?|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|hours?|minutes?|days?|weeks?|months?|years?|tonnes?|tons?|litres?|dollars?|euros?|pounds?|roubles?|som|tenge|hryvnias?|mm|millimet(?:re|er)s?)$/i;

/**
 * Where a figure was counted: the place its clause names, else the last place named before it in its
 * paragraph ("Thousands gathered in Jalal-Abad. Officials put the crowd at 10,000."), else the report's.
 */
function placeOf(text: string, piece: Span, context: ClaimContext): string | null {
  const [own] = placesIn(text, piece);
  if (own !== undefined) return own;
  const paragraph = text.lastIndexOf('\n', piece.start) + 1;
  const before = placesIn(text, { start: paragraph, end: piece.start });
  return before[before.length - 1] ?? context.mainPlace ?? null;
}

/** The clause's main verb in the past participle ("seized", "occupied"), for a question no concept names. */
function verbOf(words: string): string | undefined {
  const verbs = nlp(words).verbs();
  const json = verbs.json() as { verb?: { infinitive?: string; auxiliary?: string } }[];
  const main = json.map((v) => v.verb?.infinitive).find((v) => v && !/^(?:be|have|do)$/.test(v));
  if (!main) return undefined;
  // On its own an infinitive often reads as a noun ("march", "rescue"): conjugate it after a subject.
  const forms = nlp(`they ${main}`).verbs().conjugate()[0] as
    { Participle?: string; PastTense?: string } | undefined;
  const past = forms?.Participle ?? forms?.PastTense;
  return past && !/^(?:was|were|is|are|be|been|had|has|have)$/i.test(past) ? past.toLowerCase() : undefined;
}
