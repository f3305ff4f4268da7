import nlp from 'compromise';
import { cueLemma, DENIAL_LEMMAS, introducingLemma } from './cues';
import { DISCOURSE, isKnownNoun, PEOPLE_NOUNS } from './lexicon';
import { CHANNEL_NOUN, channelIn, DESCRIBED_NAME, readModifiers, WHEN, type Modifiers } from './modifiers';
import type { Quote } from './quotes';
import { isCredits, type Sentence } from './sentences';
import { parseSpeakers } from './speakers';
import { trimSpan, type Span } from './text';

/** One act of reporting found in the text, before its speaker is resolved to a source. */
export interface Attribution {
  /** The subject as written, and where it starts (pronouns resolve against what came before). */
  subject: string;
  subjectAt: number;
  /** For "X, whose spokesman, Y, said": the body the relative clause hangs on. */
  antecedent?: string;
  cue: string;
  lemma: string;
  /** The reported words; absent for "denied the claim" with nothing after it. */
  content?: Span;
  direct: boolean;
  channel?: string;
  relays: string[];
  /** What a denial names as denied when it has no content of its own ("the "Res Publica" claim", "that"). */
  denied?: string;
  /** The words of the sentence outside the content: where the time of saying is read from. */
  frame: Span[];
  sentence: number;
}

type Tagged = { text: string; start: number; end: number; tags: string[] };

const AUXILIARY = new Set(
  'has have had is are was were will would shall should can could may might must did does do be been being'.split(
    ' ',
  ),
);
const VERB_ADVERBS =
  /^(?:also|both|again|repeatedly|previously|later|earlier|still|never|not|flatly|publicly|privately|all|now|then|first|\w+ly)$/i;
const DENIED_OBJECT = new RegExp(
  String.raw`^\s+((?:the|that|this|these|those|such)\s+(?:["“][^"”]+["”]\s+|[\w'’-]+\s+){0,3}?(?:claims?|reports?|allegations?|accusations?|charges?|accounts?|figures?|estimates?|numbers?|tall(?:y|ies)|assessments?|findings?|suggestions?|criticism|stor(?:y|ies)|assertions?|version|statements?)|that|this|it|them)(?=\s*[,.;]|\s*$|\s+(?:${WHEN}|as\s[^,.;]+)\s*(?:[,.;]|$))`,
  'i',
);
const HANDOVER = /^\s*,?\s*(?:saying|adding|insisting|arguing|stating|explaining)\s+(?:that\s+)?/i;
const PARTICIPLE =
  /\b(claiming|saying|stating|alleging|insisting|warning|arguing|announcing|asserting|reporting)\b/gi;

/**
 * Every attribution in the text: direct quotes (with their attribution after, before or around them), then
 * reported speech sentence by sentence. Sentences consumed by a direct quote are not read again.
 */
export function findAttributions(text: string, sentences: Sentence[], quotes: Quote[]): Attribution[] {
  const { found, consumed } = directQuotes(text, sentences, quotes);
  sentences.forEach((sentence, index) => {
    if (consumed.some((c) => c.start < sentence.end && sentence.start < c.end)) return;
    if (isCredits(sentence)) return;
    const attribution = reported(text, sentence, index);
    if (attribution) found.push(...attribution);
  });
  return found.sort((a, b) => (a.content?.start ?? a.subjectAt) - (b.content?.start ?? b.subjectAt));
}

/** compromise's terms of a stretch of text, with offsets into the whole text. */
function tag(text: string, span: Span): Tagged[] {
  const json = nlp(text.slice(span.start, span.end)).json({ offset: true }) as {
    terms: { text: string; offset: { start: number; length: number }; tags: string[] }[];
  }[];
  return json.flatMap((s) =>
    s.terms
      .filter((t) => t.text.length > 0)
      .map((t) => ({
        text: t.text,
        start: span.start + t.offset.start,
        end: span.start + t.offset.start + t.offset.length,
        tags: t.tags,
      })),
  );
}

/** Stretches that the subject's verb is not looked for in: relative clauses, appositions, brackets, quotes. */
function asides(text: string, span: Span): Span[] {
  const s = text.slice(span.start, span.end);
  const found: Span[] = [];
  for (const m of s.matchAll(
    /,\s*(?:who|which|whose|where|whom|a|an|the|in|on|at|during|\p{Ll}+ing|(?:quoted|cited|interviewed)\s+by)\s[^,]*,|\([^)]*\)|["“][^"”]*["”]/giu,
  )) {
    found.push({ start: span.start + (m.index ?? 0), end: span.start + (m.index ?? 0) + m[0].length });
  }
  return found;
}

// A phrase of time, place or circumstance before the subject, up to its comma: "On Monday,", "In Paris,",
// "Hours after the crash,", "Weeks later,", "As the water rose,". Only words of time may come before the
// preposition or conjunction that opens it, so that a subject ("Police in Osh, who ...,") is never taken.
const LEADING_ADVERBIAL = new RegExp(
  String.raw`^(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|hours?|minutes?|days?|weeks?|months?|years?|shortly|soon|just|moments?|late|early|only|long)\s+){0,2}` +
    String.raw`(?:on|in|at|late|early|earlier|later|ago|last|this|yesterday|today|tonight|meanwhile|separately|however|after|before|during|following|amid|despite|within|since|until|when|while|as|once|although|though|because|if|by|for|from|with|without|under|over|throughout|across|inside|outside|near)\b[^,]{0,60},\s+`,
  'i',
);

/** The start of a sentence's subject: after "But", "Meanwhile," and a leading phrase ("On Monday,"). */
export function subjectStart(text: string, sentence: Sentence): number {
  let s = sentence.text;
  let offset = 0;
  for (;;) {
    const discourse = DISCOURSE.exec(s);
    const time = LEADING_ADVERBIAL.exec(s);
    // A leading participle clause ("Speaking to reporters at the rest centre on Sunday, ...", "Asked whether
    // ..., ") is not the subject.
    const participial =
      /^(?:\p{Lu}\p{Ll}+ing|Asked|Pressed|Questioned|Contacted|Reached|Interviewed)\s[^,]{0,80},\s+/u.exec(s);
    const m = discourse ?? time ?? participial;
    if (!m) break;
    offset += m[0].length;
    s = s.slice(m[0].length);
  }
  return sentence.start + offset;
}

/**
 * Whether a term can be the verb of the subject before it: a verb outside the asides. A capitalised word never
 * is: at the start it opens the sentence, later it is part of a name ("Mill Lane Housing Trust").
 */
const isVerbOutside = (t: Tagged, asides: Span[]) =>
  t.tags.includes('Verb') &&
  !asides.some((s) => t.start >= s.start && t.start < s.end) &&
  !/^\p{Lu}/u.test(t.text) &&
  t.text !== "'s";

/** The verb group after the subject: auxiliaries and adverbs, then the main verb. */
function mainVerb(terms: Tagged[], from: number): Tagged | undefined {
  for (let i = from; i < terms.length; i += 1) {
    const t = terms[i] as Tagged;
    if (AUXILIARY.has(t.text.toLowerCase()) || VERB_ADVERBS.test(t.text)) continue;
    return t;
  }
  return undefined;
}

// "..., the union said, while the ministry said ...": a contrast after an attribution opens another.
const CONTRAST = /,\s+(?:while|whereas|but)\s+/g;

function reported(text: string, sentence: Sentence, index: number): Attribution[] | undefined {
  for (const m of sentence.text.matchAll(CONTRAST)) {
    const cut = sentence.start + (m.index ?? 0);
    const first = backward(text, part(text, sentence, sentence.start, cut), index);
    if (!first) continue;
    const rest = part(text, sentence, cut + m[0].length, sentence.end);
    return [...first, ...(reported(text, rest, index) ?? [])];
  }
  return (
    accordingTo(text, sentence, index) ??
    quotedAs(text, sentence, index) ??
    backward(text, sentence, index) ??
    forward(text, sentence, index)
  );
}

/**
 * "The Times quoted Lee as saying ...", "Lee was quoted by the Herald as saying that ...": Lee's words, with
 * the outlet that quoted them as relay.
 */
function quotedAs(text: string, sentence: Sentence, index: number): Attribution[] | undefined {
  const start = subjectStart(text, sentence);
  const words = text.slice(start, bodyEnd(text, sentence));
  const active = /^(.+?)\s+(?:quoted|cited)\s+(.+?)\s+as\s+(saying|stating)\s+(?:that\s+)?/u.exec(words);
  const passive =
    /^(.+?)\s+(?:was|were|has been|have been|had been)\s+(?:quoted|cited)(?:\s+by\s+(.+?))?\s+as\s+(saying|stating)\s+(?:that\s+)?/u.exec(
      words,
    );
  const m = passive ?? active;
  if (!m) return undefined;
  const [speaker, relay] = passive ? [m[1] as string, m[2]] : [m[2] as string, m[1] as string];
  if (parseSpeakers(speaker).length === 0) return undefined;
  const content = trimSpan(text, { start: start + m[0].length, end: bodyEnd(text, sentence) });
  return [
    {
      subject: speaker,
      subjectAt: start + words.indexOf(speaker),
      cue: m[3] as string,
      lemma: cueLemma(m[3] as string) as string,
      content,
      direct: false,
      relays: relay ? [relay] : [],
      frame: [{ start: sentence.start, end: content.start }],
      sentence: index,
    },
  ];
}

const bodyEnd = (text: string, sentence: Sentence) => trimSpan(text, sentence).end;

/** A stretch of a sentence, read as a sentence of its own. */
const part = (text: string, sentence: Sentence, start: number, end: number): Sentence => ({
  ...sentence,
  start,
  end,
  text: text.slice(start, end),
});

/** "According to X, ..." and "..., according to X." */
function accordingTo(text: string, sentence: Sentence, index: number): Attribution[] | undefined {
  const m = /(^|,\s*)according to\s+([^,.;]+?)(?=\s*(?:[,.;]|$))/i.exec(sentence.text);
  if (!m) return undefined;
  const at = sentence.start + (m.index ?? 0);
  const subjectAt = at + m[0].length - (m[2] as string).length;
  if (parseSpeakers(m[2] as string).length === 0) return undefined;
  const leading = (m[1] as string).length === 0 && at === sentence.start;
  const content = leading
    ? trimSpan(text, { start: subjectAt + (m[2] as string).length, end: bodyEnd(text, sentence) })
    : trimSpan(text, { start: subjectStart(text, sentence), end: at });
  const frame = leading
    ? [{ start: sentence.start, end: content.start }]
    : [{ start: content.end, end: sentence.end }];
  // "The mine will close, Lee said, according to the Herald": Lee's words, relayed by the Herald.
  const relayed = leading
    ? undefined
    : backward(
        text,
        { ...sentence, end: content.end + 1, text: text.slice(sentence.start, content.end + 1) },
        index,
      );
  if (relayed?.[0]) return [{ ...relayed[0], relays: [...relayed[0].relays, m[2] as string] }];
  return [
    {
      subject: m[2] as string,
      subjectAt,
      cue: 'according to',
      lemma: 'according to',
      content,
      direct: false,
      relays: [],
      frame,
      sentence: index,
    },
    ...whichSaid(text, sentence, index, m[2] as string, subjectAt, subjectAt + (m[2] as string).length),
  ];
}

/** "..., according to Northshire Police, which said ...": the body named says the words after its cue. */
function whichSaid(
  text: string,
  sentence: Sentence,
  index: number,
  subject: string,
  subjectAt: number,
  from: number,
): Attribution[] {
  const end = bodyEnd(text, sentence);
  const m = /^\s*,\s*(?:which|who)\s+(?:also\s+|later\s+)?([\p{L}]+)\b/u.exec(text.slice(from, end));
  if (!m || cueLemma(m[1] as string) === undefined || /ing$/.test(m[1] as string)) return [];
  const verbEnd = from + m[0].length;
  const verb = { text: m[1] as string, start: verbEnd - (m[1] as string).length, end: verbEnd };
  return secondCues(text, attributionAfterCue(text, sentence, index, subject, subjectAt, verb, end));
}

/** "..., the company said in a statement." and "..., said Tomas Reiner, a spokesman for ...". */
function backward(text: string, sentence: Sentence, index: number): Attribution[] | undefined {
  const end = bodyEnd(text, sentence);
  const body = text.slice(sentence.start, end);
  const commas = [...body.matchAll(/,\s+/g)].map((m) => m.index ?? 0).reverse();
  for (const comma of commas) {
    const tailAt = sentence.start + comma + 1;
    const tail = text.slice(tailAt, end);
    const words = [...tail.matchAll(/\S+/g)];
    const cueIndex = words.findIndex((w) => cueLemma(w[0].replace(/[,.]$/, '')) !== undefined);
    if (cueIndex < 0 || words.length > 24) continue;
    const cueWord = words[cueIndex] as RegExpMatchArray;
    const cue = cueWord[0].replace(/[,.]$/, '');
    const lemma = cueLemma(cue) as string;
    const cueAt = tailAt + (cueWord.index ?? 0);
    let subject: string;
    let subjectAt: number;
    let mods: Modifiers;
    if (cueIndex === 0) {
      // "said Tomas Reiner, a spokesman for the regional fire brigade"
      subjectAt = cueAt + cue.length + 1;
      subject = text.slice(subjectAt, end);
      // Only a short name or title closing the clause is a speaker after its verb; "accused the minister of
      // hiding cuts" or "acknowledged that ..." are the verb's object: the speaker stands before the verb.
      if (!speakerAfterVerb(subject)) continue;
      mods = { end, relays: [], that: false };
    } else {
      subject = text.slice(tailAt, cueAt).trim();
      subjectAt = cueAt - subject.length - 1;
      mods = readModifiers(text, cueAt + cue.length, lemma, end);
      if (text.slice(mods.end, end).trim().length > 0) continue;
    }
    if (parseSpeakers(subject).length === 0 || hasVerb(subject)) continue;
    const content = trimSpan(text, { start: subjectStart(text, sentence), end: sentence.start + comma });
    if (content.end - content.start < 8) continue;
    return [
      {
        subject,
        subjectAt,
        cue,
        lemma,
        content,
        direct: false,
        channel: mods.channel,
        relays: mods.relays,
        frame: [{ start: content.end, end: sentence.end }],
        sentence: index,
      },
    ];
  }
  return undefined;
}

/**
 * Whether the words after a clause-initial cue ("said ...") read as its speaker: a name or title of at most
 * six words before any apposition, holding a capitalised word or opening with a determiner, with no "that",
 * no -ing form and no verb of its own.
 */
function speakerAfterVerb(words: string): boolean {
  const head = (words.split(',')[0] ?? '').trim();
  const list = head.split(/\s+/).filter(Boolean);
  if (list.length === 0 || list.length > 6) return false;
  if (list.some((w) => /^(?:that|whether|if|to|of)$/i.test(w) || /^\p{Ll}[\p{L}]*ing$/u.test(w)))
    return false;
  if (!list.some((w) => /^\p{Lu}/u.test(w)) && !/^(?:the|a|an|its|his|her|their)$/i.test(list[0] as string)) {
    return false;
  }
  return !hasVerb(head);
}

// compromise reads some nouns alone as verbs ("police", "staff", "nurses"): the lexicon's nouns are nouns.
const hasVerb = (words: string) =>
  tag(words, { start: 0, end: words.length }).some(
    (t) =>
      t.tags.includes('Verb') &&
      !t.tags.includes('Gerund') &&
      !t.tags.includes('Participle') &&
      !AUXILIARY.has(t.text.toLowerCase()) &&
      cueLemma(t.text) === undefined &&
      !isKnownNoun(t.text),
  );

const NEGATION = /\b(?:not|never)\b|n['’]t\b/i;
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\b/i;
const ESTIMATE =
  /^put(?:s|ting)?\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:figure|number|toll|turnout|crowd|cost|total|damage|losses|count|attendance)(?:\s+of\s+[\p{L}-]+)?\s+(?:at\s|(?:much\s+|far\s+|considerably\s+)?(?:higher|lower)\b)/iu;

/** "X said (that) ...", "X has denied the claim", "X distributed a press release claiming that ...". */
function forward(text: string, sentence: Sentence, index: number): Attribution[] | undefined {
  const start = subjectStart(text, sentence);
  const end = bodyEnd(text, sentence);
  const terms = tag(text, { start, end });
  const skip = asides(text, { start, end });
  const outside = (t: Tagged) => !skip.some((s) => t.start >= s.start && t.start < s.end);
  const firstVerb = pastParticiplePhrase(
    terms,
    terms.findIndex((t) => isVerbOutside(t, skip)),
  );
  if (firstVerb <= 0) return undefined;
  // "The government estimates 300 people died": compromise reads some cues as plural nouns. Followed at once
  // by a verb ("Police reports show"), the noun reading is the right one.
  const misread = terms.findIndex(
    (t, i) => i > 0 && i < firstVerb - 1 && outside(t) && /s$/.test(t.text) && cueLemma(t.text) !== undefined,
  );
  if (misread > 0) {
    const cue = terms[misread] as Tagged;
    const before = text.slice(start, cue.start).trim();
    if (parseSpeakers(before).length > 0) {
      return secondCues(text, attributionAfterCue(text, sentence, index, before, start, cue, end));
    }
  }
  const subjectEnd = (terms[firstVerb] as Tagged).start;
  const subject = text.slice(start, subjectEnd).trim();
  const verb = mainVerb(terms, firstVerb);
  // "She did not say by how much": a cue denied is no statement. "Staff were told of the plans": the subject
  // heard the words, and nobody named said them.
  const auxiliaries = verb ? text.slice(subjectEnd, verb.start) : '';
  if (NEGATION.test(auxiliaries) || (PASSIVE.test(auxiliaries) && !/ing$/i.test(verb?.text ?? ''))) {
    return undefined;
  }
  // "Police put the crowd at 5,000": an estimate.
  const estimate = verb && ESTIMATE.test(text.slice(verb.start, end)) ? 'estimate' : undefined;
  const lemma = verb && (cueLemma(verb.text) ?? estimate);
  if (verb && lemma !== undefined && parseSpeakers(subject).length > 0) {
    return secondCues(
      text,
      attributionAfterCue(text, sentence, index, subject, start, { ...verb, lemma }, end),
    );
  }
  return (
    participle(text, sentence, index, subject, start, terms, firstVerb, end) ??
    embedded(text, sentence, index, terms, firstVerb, end)
  );
}

/**
 * "Workers leaving the site at lunchtime described ...", "People living near the plant said ...": an -ing
 * phrase after a noun for people describes them; the subject's verb is the reporting verb after it.
 */
function pastParticiplePhrase(terms: Tagged[], verb: number): number {
  const t = terms[verb];
  const noun = terms[verb - 1];
  if (!t || !noun || !/\p{Ll}ing$/u.test(t.text) || !PEOPLE_NOUNS.has(noun.text.toLowerCase())) return verb;
  const cue = terms.findIndex(
    (c, i) => i > verb && c.tags.includes('Verb') && cueLemma(c.text) !== undefined && !/ing$/.test(c.text),
  );
  return cue > 0 ? cue : verb;
}

function attributionAfterCue(
  text: string,
  sentence: Sentence,
  index: number,
  subject: string,
  subjectAt: number,
  verb: { text: string; start: number; end: number; lemma?: string },
  end: number,
  antecedent?: string,
): Attribution {
  const lemma = verb.lemma ?? (cueLemma(verb.text) as string);
  const base = {
    subject,
    subjectAt,
    cue: verb.text,
    lemma,
    direct: false,
    sentence: index,
    ...(antecedent ? { antecedent } : {}),
  };
  if (DENIAL_LEMMAS.has(lemma)) {
    const object = DENIED_OBJECT.exec(text.slice(verb.end, end));
    if (object) {
      const after = verb.end + object[0].length;
      const handover = HANDOVER.exec(text.slice(after, end));
      const denied = (object[1] as string).trim();
      if (!handover) {
        return { ...base, relays: [], denied, frame: [{ start: sentence.start, end: sentence.end }] };
      }
      const content = trimSpan(text, { start: after + handover[0].length, end });
      return { ...base, relays: [], denied, content, frame: [{ start: sentence.start, end: content.start }] };
    }
  }
  const mods = readModifiers(text, verb.end, lemma, end);
  let from = mods.end;
  if (!mods.that) {
    // "complained for years that ...": a short phrase without a verb before "that" belongs to the frame.
    const m = /^(.{0,60}?)\bthat\s+/.exec(text.slice(from, end));
    if (m && !/,/.test(m[1] as string) && !hasVerb(m[1] as string)) from += m[0].length;
  }
  const content = trimSpan(text, { start: from, end });
  const relays = [...mods.relays, ...(mods.addressee ? [mods.addressee] : [])];
  // A leading "In an interview with Antena Sul radio,", "Speaking to the Associated Press," or "In comments
  // broadcast by Channel 4," gives the channel and the relay, not the subject.
  const lead = subjectAt > sentence.start ? text.slice(sentence.start, subjectAt) : '';
  // ... or in an aside of the subject: "Callan, quoted by the trade magazine Fleet Weekly, said".
  const leadRelay = (LEAD_RELAY.exec(lead) ?? LEAD_RELAY.exec(subject))?.[1];
  if (leadRelay && !relays.includes(leadRelay)) relays.push(leadRelay);
  return {
    ...base,
    content,
    // A channel in the lead or in an aside of the subject ("Smith, speaking by phone from Kyiv, said").
    channel: mods.channel ?? channelIn(`${lead} ${subject}`),
    relays,
    frame: [{ start: sentence.start, end: content.start }],
  };
}

const LEAD_RELAY = new RegExp(
  String.raw`\b(?:(?:interview|conversation)\s+with|(?:[Ss]peaking|[Tt]alking|[Ww]riting)\s+to|(?:broadcast|published|carried|aired|quoted|cited|interviewed)\s+by)\s+(${DESCRIBED_NAME})`,
  'u',
);

const SECOND_CUE =
  /(?:,\s*|\s+)(?:and|but)\s+(?:(?:has|have|had)\s+)?(?:(?:also|then|later|still)\s+)?([\p{L}]+)\b|,\s+([\p{L}]+ing)\b/gu;

/**
 * A second reporting verb of the same subject inside the content ("told X that P, and warned that Q",
 * "acknowledged P but insisted Q", "denied that P, saying Q"): the content stops before it, and the words
 * after it are a second statement of the same speaker, read as after any cue (recursively).
 */
function secondCues(text: string, first: Attribution): Attribution[] {
  const content = first.content;
  if (!content) return [first];
  const words = text.slice(content.start, content.end);
  for (const m of words.matchAll(SECOND_CUE)) {
    const verb = (m[1] ?? m[2]) as string;
    const lemma = cueLemma(verb);
    if (lemma === undefined || (m[1] !== undefined && /ing$/.test(verb))) continue;
    const verbStart = content.start + (m.index ?? 0) + m[0].length - verb.length;
    const verbEnd = verbStart + verb.length;
    const mods = readModifiers(text, verbEnd, lemma, content.end);
    let from = mods.end;
    if (!mods.that) {
      const that = /^\s*that\s+/.exec(text.slice(from, content.end));
      if (that) from += that[0].length;
    }
    const rest = trimSpan(text, { start: from, end: content.end });
    if (rest.end - rest.start < 8) continue;
    const head = trimSpan(text, { start: content.start, end: content.start + (m.index ?? 0) });
    if (head.end - head.start < 8) continue;
    const second: Attribution = {
      ...first,
      cue: verb,
      lemma,
      content: rest,
      channel: mods.channel,
      relays: [...mods.relays, ...(mods.addressee ? [mods.addressee] : [])],
      frame: [{ start: head.end, end: rest.start }],
    };
    delete second.denied;
    return [{ ...first, content: head }, ...secondCues(text, second)];
  }
  return [first];
}

// What a participle follows when it hands over the subject's words: a comma or a channel ("a press release",
// "an email on Sunday").
const HANDS_OVER = new RegExp(String.raw`(?:,|\b${CHANNEL_NOUN}(?:\s+${WHEN})?)\s*$`, 'i');

/** "X has distributed a press release claiming that ...": the participle hands the subject's words over. */
function participle(
  text: string,
  sentence: Sentence,
  index: number,
  subject: string,
  subjectAt: number,
  terms: Tagged[],
  firstVerb: number,
  end: number,
): Attribution[] | undefined {
  const from = (terms[firstVerb] as Tagged).start;
  const region = text.slice(from, end);
  for (const m of region.matchAll(PARTICIPLE)) {
    const at = from + (m.index ?? 0);
    const before = text.slice(from, at);
    if (!HANDS_OVER.test(before)) continue;
    if (parseSpeakers(subject).length === 0) return undefined;
    const lemma = cueLemma(m[1] as string) as string;
    const mods = readModifiers(text, at + (m[1] as string).length, lemma, end);
    const content = trimSpan(text, { start: mods.end, end });
    return [
      {
        subject,
        subjectAt,
        cue: m[1] as string,
        lemma,
        content,
        direct: false,
        channel: mods.channel ?? channelIn(before),
        relays: mods.relays,
        frame: [{ start: sentence.start, end: content.start }],
        sentence: index,
      },
    ];
  }
  return undefined;
}

/** A reporting verb later in the sentence with a subject of its own: "..., whose director, Erik Dalgaard, told". */
function embedded(
  text: string,
  sentence: Sentence,
  index: number,
  terms: Tagged[],
  firstVerb: number,
  end: number,
): Attribution[] | undefined {
  for (let i = firstVerb + 1; i < terms.length; i += 1) {
    const t = terms[i] as Tagged;
    if (!t.tags.includes('Verb') || cueLemma(t.text) === undefined || /ing$/.test(t.text)) continue;
    const before = text.slice(sentence.start, t.start);
    const boundary = [
      ...before.matchAll(/,\s*(?:whose|and|but|while)\s+|;\s*|\s+(?:and|but|while)\s+/g),
    ].pop();
    if (!boundary) continue;
    const subjectAt = sentence.start + (boundary.index ?? 0) + boundary[0].length;
    let subject = text.slice(subjectAt, t.start).trim();
    const aux = /\s+(?:has|have|had|was|were|also|both)$/i.exec(subject);
    if (aux) subject = subject.slice(0, aux.index);
    const speakers = parseSpeakers(subject);
    if (speakers.length === 0 || speakers.some((s) => s.kind === 'description')) continue;
    const antecedent = /whose/.test(boundary[0])
      ? /((?:[\p{Lu}][\p{L}'’-]*\s*)+)$/u.exec(before.slice(0, boundary.index))?.[1]?.trim()
      : undefined;
    return secondCues(
      text,
      attributionAfterCue(text, sentence, index, subject, subjectAt, t, end, antecedent),
    );
  }
  return undefined;
}

/**
 * Direct quotes: the attribution after the quote ("“...,” said X." / "“...,” X said."), around it ("“...,” she
 * said. “...”" joins both parts), or before it ("He told RFE/RL by telephone: “...”").
 */
function directQuotes(
  text: string,
  sentences: Sentence[],
  quotes: Quote[],
): { found: Attribution[]; consumed: Span[] } {
  const found: Attribution[] = [];
  const consumed: Span[] = [];
  const speech = quotes.filter((q) => q.speech);
  const sentenceAt = (offset: number) => sentences.findIndex((s) => s.start <= offset && offset < s.end);
  let previous: { attribution: Attribution; end: number } | undefined;
  for (let qi = 0; qi < speech.length; qi += 1) {
    const q = speech[qi] as Quote;
    // A quote left open at its paragraph's end closes on the line break, outside any sentence.
    const si = sentenceAt(text[q.close] === '\n' ? q.close - 1 : q.close);
    const sentence = sentences[si];
    if (!sentence) continue;
    const next = speech[qi + 1];
    const limit = next && next.open < sentence.end ? next.open : sentence.end;
    const after = afterQuote(text, q.close + 1, limit);
    let attribution: Attribution | undefined;
    let last = q;
    if (after) {
      // A second part follows the attribution, in the same sentence or as the next sentence of the paragraph.
      const tail = text.slice(after.end, (next?.open ?? after.end) + 1);
      const joins =
        next !== undefined &&
        /^\s*[,.]?\s*["“]$/.test(tail) &&
        !text.slice(after.end, next.open).includes('\n');
      const continues =
        joins &&
        next !== undefined &&
        afterQuote(text, next.close + 1, sentenceEnd(sentences, next.close)) === undefined;
      if (continues && next) {
        // A quote is the words inside the quotation marks: each part around the attribution is a statement.
        last = next;
        qi += 1;
        found.push({
          ...after.attribution,
          relays: [...after.attribution.relays],
          content: trimQuoteContent(text, next.start, next.end),
          direct: true,
          frame: [{ start: q.close, end: after.end }],
          sentence: sentenceAt(next.open),
        });
      }
      const content = trimQuoteContent(text, q.start, q.end);
      attribution = {
        ...after.attribution,
        content,
        direct: true,
        frame: [{ start: q.close, end: after.end }],
        sentence: si,
      };
      consumed.push({ start: q.open, end: Math.max(after.end, last.close + 1) });
      if (after.continuation) {
        const { content: words, ...cue } = after.continuation;
        found.push({
          ...after.attribution,
          ...cue,
          content: words,
          direct: false,
          frame: [{ start: q.close, end: words.start }],
          sentence: si,
        });
      }
    } else {
      const introSentence = sentences[sentenceAt(q.open)];
      if (!introSentence) continue;
      attribution =
        introSentence.start === q.open
          ? continuedQuote(text, q, previous, sentenceAt(q.open))
          : beforeQuote(text, introSentence, q, sentenceAt(q.open));
      if (attribution) consumed.push({ start: introSentence.start, end: q.close + 1 });
    }
    if (attribution) {
      found.push(attribution);
      previous = { attribution, end: consumed[consumed.length - 1]?.end ?? q.close + 1 };
    }
  }
  return { found, consumed };
}

/**
 * A paragraph that is nothing but a quote, right after a quoted speaker's paragraph, goes on with that
 * speaker's words (the printer's convention for long quotes): "“...,” said Ana Lopes. \n“The storm was ...”".
 */
function continuedQuote(
  text: string,
  q: Quote,
  previous: { attribution: Attribution; end: number } | undefined,
  sentence: number,
): Attribution | undefined {
  const opensParagraph = q.open === 0 || text[q.open - 1] === '\n';
  if (!previous || !opensParagraph || text.slice(previous.end, q.open).trim() !== '') return undefined;
  return { ...previous.attribution, content: trimQuoteContent(text, q.start, q.end), frame: [], sentence };
}

const sentenceEnd = (sentences: Sentence[], offset: number) =>
  sentences.find((s) => s.start <= offset && offset < s.end)?.end ?? offset;

/** The quoted words: a comma that hands over to the attribution is not part of them. */
function trimQuoteContent(text: string, start: number, end: number): Span {
  const span = trimSpan(text, { start, end }, false);
  if (text[span.end - 1] === ',') span.end -= 1;
  return span;
}

const QUOTE_HANDOVER =
  /,\s*(adding|saying|insisting|arguing|stating|explaining|warning|noting)\s+(?:that\s+)?/i;

/** The attribution after a quote, and the words it hands over to after a participle, if any. */
interface AfterQuote {
  attribution: Omit<Attribution, 'content' | 'direct' | 'frame' | 'sentence'>;
  continuation?: { cue: string; lemma: string; content: Span };
  end: number;
}

/** ",” said X, a ROLE." or ",” X said in a statement." between a quote and the end of its sentence. */
function afterQuote(text: string, from: number, limit: number): AfterQuote | undefined {
  const region = text.slice(from, limit);
  const m = /^\s*,?\s*([^"“”]*?)\s*[,.!?]?\s*$/.exec(region);
  const all = m?.[1];
  if (!all || all.length === 0) return undefined;
  // "“...,” Lee said, adding that inspections were monthly": the words after the participle are Lee's too.
  const handover = QUOTE_HANDOVER.exec(all);
  const words = handover ? all.slice(0, handover.index) : all;
  const list = [...words.matchAll(/\S+/g)];
  const cueIndex = list.findIndex((w) => cueLemma(w[0].replace(/[,.]$/, '')) !== undefined);
  if (cueIndex < 0) return undefined;
  const wordsAt = from + region.indexOf(words);
  const cueMatch = list[cueIndex] as RegExpMatchArray;
  const cue = cueMatch[0].replace(/[,.]$/, '');
  const lemma = cueLemma(cue) as string;
  const cueAt = wordsAt + (cueMatch.index ?? 0);
  let subject: string;
  let subjectAt: number;
  let mods: Modifiers = { end: cueAt + cue.length, relays: [], that: false };
  if (cueIndex === 0) {
    subjectAt = cueAt + cue.length + 1;
    subject = text.slice(subjectAt, wordsAt + words.length);
  } else {
    subjectAt = wordsAt;
    subject = text.slice(wordsAt, cueAt).trim();
    mods = readModifiers(text, cueAt + cue.length, lemma, wordsAt + words.length);
  }
  if (parseSpeakers(subject).length === 0) return undefined;
  const participle = handover?.[1];
  return {
    attribution: {
      subject,
      subjectAt,
      cue,
      lemma,
      channel: mods.channel,
      relays: [...mods.relays, ...(mods.addressee ? [mods.addressee] : [])],
    },
    ...(handover && participle
      ? {
          continuation: {
            cue: participle,
            lemma: cueLemma(participle) as string,
            content: trimSpan(text, {
              start: wordsAt + handover.index + handover[0].length,
              end: wordsAt + all.length,
            }),
          },
        }
      : {}),
    end: wordsAt + all.length + (/[,.]/.test(text[wordsAt + all.length] ?? '') ? 1 : 0),
  };
}

/** "He spoke to RFE/RL by telephone about what he saw: “...”": the sentence's subject said the words. */
function beforeQuote(text: string, sentence: Sentence, q: Quote, index: number): Attribution | undefined {
  const intro = text.slice(sentence.start, q.open).trimEnd();
  if (!/[:,]$/.test(intro)) return undefined;
  const start = subjectStart(text, sentence);
  const end = sentence.start + intro.length - 1;
  const terms = tag(text, { start, end });
  const skip = asides(text, { start, end });
  const firstVerb = terms.findIndex((t) => isVerbOutside(t, skip));
  if (firstVerb <= 0) return undefined;
  const subject = text.slice(start, (terms[firstVerb] as Tagged).start).trim();
  if (parseSpeakers(subject).length === 0) return undefined;
  const cueTerm =
    terms.slice(firstVerb).find((t) => t.tags.includes('Verb') && introducingLemma(t.text) !== undefined) ??
    (intro.endsWith(':') ? mainVerb(terms, firstVerb) : undefined);
  if (!cueTerm) return undefined;
  const lemma = introducingLemma(cueTerm.text) ?? cueTerm.text.toLowerCase();
  const hearer = /\b(?:to|told)\s+((?:the\s+)?[\p{Lu}][\p{L}'’/.&-]*(?:\s+[\p{Lu}][\p{L}'’/.&-]*)*)/u.exec(
    text.slice(cueTerm.start, end),
  );
  return {
    subject,
    subjectAt: start,
    cue: cueTerm.text,
    lemma,
    content: trimQuoteContent(text, q.start, q.end),
    direct: true,
    channel: channelIn(text.slice(cueTerm.start, end)),
    relays: hearer ? [hearer[1] as string] : [],
    frame: [{ start: sentence.start, end: q.open }],
    sentence: index,
  };
}

/** Whether a denial's cue: its statement contradicts what it names. */
export const isDenial = (a: Attribution) => DENIAL_LEMMAS.has(a.lemma);

/** The subject of a sentence as written (the words before its first verb), and where it starts. */
export function sentenceSubject(
  text: string,
  sentence: Sentence,
): { subject: string; at: number } | undefined {
  const start = subjectStart(text, sentence);
  const end = bodyEnd(text, sentence);
  const terms = tag(text, { start, end });
  const skip = asides(text, { start, end });
  const first = terms.findIndex((t) => isVerbOutside(t, skip));
  if (first <= 0) return undefined;
  return { subject: text.slice(start, (terms[first] as Tagged).start).trim(), at: start };
}
