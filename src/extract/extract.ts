import {
  type Bundle,
  type BundleClaim,
  type BundleDocument,
  type BundleSource,
  type BundleStatement,
  type Stance,
  aliasKey,
  sha256,
} from '../model';
import { findAttributions, isDenial, sentenceSubject, subjectStart, type Attribution } from './attributions';
import { claimsOf, type ClaimContext, type DraftClaim } from './claims';
import { isPresentForm } from './cues';
import { findDates } from './dates';
import { HONORIFICS, TITLES, typeByHead } from './lexicon';
import { mainPlace } from './places';
import { findQuotes } from './quotes';
import { isCredits, splitSentences, type Sentence } from './sentences';
import { affiliationOf, SourceRegistry, type DraftSource } from './sources';
import { slug, trimSpan, type Span } from './text';

/** A statement as extracted, before it is written out. */
interface Draft {
  speaker: DraftSource;
  attribution?: Attribution;
  content: Span;
  relays: DraftSource[];
  claims: DraftClaim[];
  stances: Map<DraftClaim, Stance>;
  saidAt?: string;
}

/**
 * Reads a news report into a draft bundle of who said what: every attribution with its speaker, cue, words
 * and offsets, relays and channel; the publisher's own narration as statements of the publisher; claims with
 * their figures and questions; denials as CONTRADICTS stances. The document's fields are kept as given;
 * `document.text` is required.
 */
export function extractBundle(document: BundleDocument & { text: string }): Bundle {
  const text = document.text;
  const documentId = document.id ?? documentIdFor(document);
  const sentences = splitSentences(text);
  const attributions = findAttributions(text, sentences, findQuotes(text));
  const sources = new SourceRegistry(document.publisher);
  const covered = coveredSentences(sentences, attributions);

  // Names are resolved in the order the text gives them, so that pronouns find what came before.
  noticeTitledNames(text, sources);
  const events: { at: number; run: () => void }[] = [];
  // Every sentence's subject is a possible antecedent, even inside reported words ("Helvex Pharma has
  // suspended ..., the company said").
  const quoted = attributions.filter((a) => a.direct && a.content).map((a) => a.content as Span);
  sentences.forEach((sentence) => {
    if (quoted.some((q) => q.start <= sentence.start + 1 && sentence.start < q.end)) return;
    const subject = sentenceSubject(text, sentence);
    if (subject) events.push({ at: subject.at, run: () => sources.notice(subject.subject, subject.at) });
  });
  for (const body of namedBodies(text))
    events.push({ at: body.at, run: () => sources.notice(body.name, body.at) });
  const drafts: Draft[] = [];
  for (const a of attributions) {
    events.push({
      at: a.subjectAt,
      run: () => {
        const speakers = sources.resolveSubject(a.subject, a.subjectAt, a.antecedent);
        const relays = a.relays
          // A relay is named ("the Herald", "state broadcaster DTV"); "reporters" is not one.
          .filter((r) => /\p{Lu}/u.test(r))
          .flatMap((r) => sources.resolveName(r, a.subjectAt) ?? []);
        for (const speaker of speakers) {
          const content = a.content ?? deniedSpan(text, sentences[a.sentence] as Sentence, a);
          drafts.push({
            speaker,
            attribution: a,
            content,
            relays: relays.filter((r) => r !== speaker),
            claims: [],
            stances: new Map(),
          });
        }
      },
    });
  }
  events.sort((x, y) => x.at - y.at).forEach((e) => e.run());
  drafts.sort((x, y) => x.content.start - y.content.start);

  const merged = mergeBareDenials(drafts, sentences);
  const narration = sources.publisher ? narrate(text, sentences, covered, sources.publisher) : [];
  const all = [...merged, ...narration].sort((x, y) => x.content.start - y.content.start);
  attachClaims(text, all, sentences, {
    publishedAt: document.publishedAt,
    mainPlace: mainPlace(text),
    leadDay: leadDay(text, sentences, document.publishedAt),
  });
  linkDenials(all);
  contradictByZero(all);
  all.forEach((d) => (d.saidAt = saidAt(text, d, document.publishedAt)));
  // Names met in several spellings ("President Akaev", "President Akayev") are kept for their aliases.
  const variants = sources.all.filter((s) => s.aliases.length > 0 && !s.publisher);
  return write(document, documentId, all, variants);
}

/** A document id from what identifies the report: its url, else its publisher, date, title and text. */
function documentIdFor(document: BundleDocument & { text: string }): string {
  const basis =
    document.url ??
    `${document.publisher ?? ''}|${document.publishedAt ?? ''}|${document.title ?? ''}|${document.text}`;
  const name = slug(`${document.publisher ?? ''} ${document.publishedAt ?? ''} ${document.title ?? ''}`, 60);
  return `doc-${name === 'x' ? '' : `${name}-`}${sha256(basis).slice(0, 8)}`;
}

function coveredSentences(sentences: Sentence[], attributions: Attribution[]): Set<number> {
  const covered = new Set<number>();
  sentences.forEach((s, i) => {
    if (isCredits(s)) covered.add(i);
    for (const a of attributions) {
      const spans = [...a.frame, ...(a.content ? [a.content] : [])];
      if (a.sentence === i || spans.some((sp) => sp.start < s.end && s.start < sp.end)) covered.add(i);
    }
  });
  return covered;
}

// A run of capitalised words, with "of", "and" or "for" inside: "National Cyber Resilience Agency".
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|and|for|the)\s+)*\p{Lu}[\p{L}'’.-]*)+/gu;

/**
 * Bodies named anywhere in the text, inside reported words too ("He said the National Cyber Resilience Agency
 * had sent a team"): a run of two or more capitalised words that ends in a body's head noun. They are
 * antecedents for a later description ("The agency, in a statement, said").
 */
function namedBodies(text: string): { name: string; at: number }[] {
  return [...text.matchAll(CAPITALISED_RUN)]
    .map((m) => ({ name: m[0].replace(/^The\s+/, ''), at: m.index ?? 0 }))
    .filter(({ name }) => name.includes(' ') && typeByHead(name.split(/\s+/).pop() as string) !== undefined);
}

/** Titled names anywhere in the text ("President Akaev"): their variants become one source's aliases. */
function noticeTitledNames(text: string, sources: SourceRegistry): void {
  const re = /\b(\p{Lu}[\p{L}.]*)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu;
  for (const m of text.matchAll(re)) {
    const title = (m[1] as string).replace(/\.$/, '');
    if (!TITLES.has(title)) continue;
    // "Mr Pryde": an honorific is no role.
    const said = HONORIFICS.has(title) ? {} : { role: m[1] as string };
    sources.resolve(
      { kind: 'name', surface: m[2] as string, name: m[2] as string, type: 'PERSON', ...said },
      m.index ?? 0,
    );
  }
}

/** The words a bare denial names ("the "Res Publica" claim"), as its span. */
function deniedSpan(text: string, sentence: Sentence, a: Attribution): Span {
  const at = text.indexOf(a.denied ?? '', sentence.start);
  return at >= 0 && a.denied ? { start: at, end: at + a.denied.length } : trimSpan(text, sentence);
}

/**
 * "X denied the claim. He told RFE/RL that nobody died.": a denial with no words of its own, followed in the
 * next sentence by the same speaker's words, is one statement: the words are the denial's.
 */
function mergeBareDenials(drafts: Draft[], sentences: Sentence[]): Draft[] {
  const out: Draft[] = [];
  drafts.forEach((d, i) => {
    const a = d.attribution;
    if (!a || a.content !== undefined || a.denied === undefined) return void out.push(d);
    const next = drafts
      .slice(i + 1)
      .find((n) => n.speaker === d.speaker && n.attribution?.content !== undefined);
    const adjacent =
      next?.attribution &&
      next.attribution.sentence - a.sentence <= 1 &&
      sentences[next.attribution.sentence];
    if (next?.attribution && adjacent) {
      next.attribution = {
        ...next.attribution,
        cue: a.cue,
        lemma: a.lemma,
        denied: a.denied,
        frame: [...a.frame, ...next.attribution.frame],
      };
    } else out.push(d);
  });
  return out;
}

/** The publisher's own statements: every sentence that no attribution covers, but the closing credits. */
function narrate(text: string, sentences: Sentence[], covered: Set<number>, publisher: DraftSource): Draft[] {
  return sentences.flatMap((s, i) => {
    if (covered.has(i)) return [];
    const content = trimSpan(text, { start: subjectStart(text, s), end: s.end });
    if (content.end - content.start < 12) return [];
    return [{ speaker: publisher, content, relays: [], claims: [], stances: new Map() }];
  });
}

/**
 * Claims for each content; statements over the same words (two speakers of one sentence) share them. A day
 * named in the leading phrase of the sentence ("Later today, ...") dates the claims that name none.
 */
function attachClaims(text: string, drafts: Draft[], sentences: Sentence[], context: ClaimContext): void {
  const bySpan = new Map<string, DraftClaim[]>();
  for (const d of drafts) {
    // A denial with no words of its own ("rejected the Kessler report") claims nothing: it only contradicts.
    if (d.attribution?.denied !== undefined && d.attribution.content === undefined) continue;
    // "denied that any child was harmed": the words are what is denied.
    const denied =
      d.attribution !== undefined && isDenial(d.attribution) && d.attribution.denied === undefined;
    const key = `${d.content.start}:${d.content.end}:${denied}`;
    const claims =
      bySpan.get(key) ??
      claimsOf(text, d.content, { ...context, ...leadingDay(text, sentences, d, context), denied });
    bySpan.set(key, claims);
    d.claims = claims;
    // A denial supports what it says, restated ("Nobody had died"), and contradicts the rest of its words.
    claims.forEach((c) => d.stances.set(c, denied && !c.restated ? 'CONTRADICTS' : 'SUPPORTS'));
  }
}

/**
 * The earliest day the report's lead (its first paragraph) names: when what it reports happened, as a
 * follow-up's lead names the day of its news and the day of the events ("said on Monday that two people
 * died in Sunday's raids").
 */
function leadDay(text: string, sentences: Sentence[], publishedAt: string | undefined): string | undefined {
  const end = text.indexOf('\n');
  const lead = { start: 0, end: end > 0 ? end : (sentences[0]?.end ?? text.length) };
  return findDates(text, lead, publishedAt)
    .map((d) => d.date)
    .sort()[0];
}

/** The day named in the leading phrase of the sentence a statement's words start in, when before them. */
function leadingDay(text: string, sentences: Sentence[], d: Draft, context: ClaimContext) {
  const sentence = sentences.find((s) => s.start <= d.content.start && d.content.start < s.end);
  if (!sentence) return {};
  const lead = { start: sentence.start, end: Math.min(subjectStart(text, sentence), d.content.start) };
  const day = lead.end > lead.start ? findDates(text, lead, context.publishedAt)[0]?.date : undefined;
  return day ? { leadingDay: day } : {};
}

/**
 * A denial that names what it denies ("denied the "Res Publica" claim", "rejected that criticism")
 * contradicts the claims of the statement it names: the last one by a source named in the denial's words,
 * else the last one by another speaker before it.
 */
function linkDenials(drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    const denied = d.attribution?.denied;
    if (denied === undefined) return;
    const before = drafts
      .slice(0, i)
      .filter((p) => p.speaker !== d.speaker && !p.speaker.publisher)
      .reverse();
    const named = before.find((p) =>
      [p.speaker.name, ...p.speaker.aliases].some((n) =>
        denied.replace(/["“”]/g, '').toLowerCase().includes(n.toLowerCase()),
      ),
    );
    const target = named ?? before[0];
    if (!target) return;
    drafts
      .filter((p) => p.content.start === target.content.start && p.content.end === target.content.end)
      .forEach((p) => p.claims.forEach((c) => d.stances.has(c) || d.stances.set(c, 'CONTRADICTS')));
  });
}

/**
 * "Nobody died" against "at least four people were killed": a figure of zero contradicts the other
 * speakers' figures above zero on the same question.
 */
function contradictByZero(drafts: Draft[]): void {
  for (const d of drafts) {
    for (const zero of d.claims.filter((c) => c.quantity?.value === 0 && c.question !== undefined)) {
      for (const other of drafts) {
        if (other.speaker === d.speaker) continue;
        for (const c of other.claims) {
          const q = c.quantity;
          const positive = q !== undefined && ((q.value ?? 0) > 0 || (q.min ?? 0) > 0);
          if (c === zero || c.question !== zero.question || !positive) continue;
          if (!d.stances.has(c)) d.stances.set(c, 'CONTRADICTS');
          if (!zero.contradicts.includes(c)) zero.contradicts.push(c);
        }
      }
    }
  }
}

/** When the words were said: a date in the attribution's own words, else the publication date for "says". */
function saidAt(text: string, d: Draft, publishedAt: string | undefined): string | undefined {
  const a = d.attribution;
  if (!a) return publishedAt;
  const dates = a.frame.flatMap((f) => findDates(text, f, publishedAt));
  if (dates[0]) return dates[0].date;
  return isPresentForm(a.cue) ? publishedAt : undefined;
}

// Words around an attribution saying that the speaker changed its account: "Police now say three died",
// "the ministry revised its toll", "corrected", "updated", "raised its estimate".
const REVISION =
  /\b(?:now (?:says?|said|puts?|estimates?|believes?)|revis(?:ed|es|ing)|correct(?:ed|s|ing)|updat(?:ed|es|ing)|(?:raised|lowered) (?:its|their|the|his|her) (?:figure|toll|estimate|count))\b/i;

/** Whether the words around a statement say that it revises its speaker's earlier account. */
const revises = (text: string, d: Draft) =>
  d.attribution?.frame.some((f) => REVISION.test(text.slice(f.start, f.end))) ?? false;

function write(
  document: BundleDocument,
  documentId: string,
  drafts: Draft[],
  variants: DraftSource[],
): Bundle {
  const key = sha256(documentId).slice(0, 8);
  // The sources the statements need: speakers, relays, the bodies they belong to, and names with variants.
  const needed = new Set<DraftSource>();
  const need = (s: DraftSource) => {
    if (needed.has(s)) return;
    needed.add(s);
    s.memberOf.forEach(need);
    if (s.speaksFor) need(s.speaksFor);
  };
  drafts.forEach((d) => [d.speaker, ...d.relays].forEach(need));
  variants.forEach(need);
  const ids = new Map<DraftSource, string>();
  const taken = new Set<string>();
  for (const s of needed) {
    let id = `src-${slug(s.name)}`;
    for (let n = 2; taken.has(id); n += 1) id = `src-${slug(s.name)}-${n}`;
    taken.add(id);
    ids.set(s, id);
  }
  const aliasesOf = aliasTable([...needed], ids);
  const sources: BundleSource[] = [...needed].map((s) => {
    const affiliation = affiliationOf(s);
    const memberOf = s.memberOf.filter((m) => needed.has(m)).map((m) => ids.get(m) as string);
    const aliases = aliasesOf.get(s) ?? [];
    return {
      id: ids.get(s) as string,
      name: s.name,
      type: s.type,
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(s.role ? { role: s.role } : s.publisher ? { role: 'Publisher of the report' } : {}),
      ...(affiliation ? { affiliation } : {}),
      ...(memberOf.length > 0 ? { memberOf } : {}),
      ...(s.speaksFor && needed.has(s.speaksFor) ? { speaksFor: ids.get(s.speaksFor) as string } : {}),
    };
  });
  const claimIds = new Map<DraftClaim, string>();
  drafts.forEach((d) =>
    d.claims.forEach(
      (c) => claimIds.has(c) || claimIds.set(c, `clm-${key}-${String(claimIds.size + 1).padStart(2, '0')}`),
    ),
  );
  drafts.forEach((d) =>
    [...d.stances.keys()].forEach(
      (c) => claimIds.has(c) || claimIds.set(c, `clm-${key}-${String(claimIds.size + 1).padStart(2, '0')}`),
    ),
  );
  const claims: BundleClaim[] = [...claimIds].map(([c, id]) => ({
    id,
    text: c.text,
    ...(c.question ? { question: c.question } : {}),
    ...(c.quantity ? { quantity: c.quantity } : {}),
    ...(c.contradicts.length > 0 ? { contradicts: c.contradicts.map((x) => claimIds.get(x) as string) } : {}),
    ...(c.occurredAt ? { occurredAt: c.occurredAt } : {}),
  }));
  const text = document.text as string;
  const statements: BundleStatement[] = drafts
    .filter((d) => d.stances.size > 0 && d.content.end > d.content.start)
    .map((d, i) => {
      const a = d.attribution;
      const via = [...new Set(d.relays.map((r) => ids.get(r) as string))];
      return {
        id: `st-${key}-${String(i + 1).padStart(2, '0')}`,
        source: ids.get(d.speaker) as string,
        ...(a ? { cue: a.cue } : {}),
        quote: text.slice(d.content.start, d.content.end),
        direct: a?.direct ?? false,
        span: { start: d.content.start, end: d.content.end },
        ...(via.length > 0 ? { via } : {}),
        ...(a?.channel ? { channel: a.channel } : {}),
        ...(d.saidAt ? { saidAt: d.saidAt } : {}),
        ...(revises(text, d) ? { revises: true } : {}),
        stances: [...d.stances].map(([c, stance]) => ({ claim: claimIds.get(c) as string, stance })),
      };
    });
  return {
    format: 'whosaid.bundle/v1',
    // A draft's ids name its items only within it: loading resolves them against the graph.
    provisional: true,
    document: { ...document, id: documentId },
    sources,
    claims,
    statements,
  };
}

/**
 * Each source's aliases as written, with the surname of a person named in full (not of "One woman"); an alias that would also
 * name another source (two people of one surname) is left out, as ingest would refuse it.
 */
function aliasTable(sources: DraftSource[], ids: Map<DraftSource, string>): Map<DraftSource, string[]> {
  const wanted = new Map<DraftSource, string[]>();
  for (const s of sources) {
    const named = s.type === 'PERSON' && !s.described && s.name.split(/\s+/).length > 1;
    const surname = named ? [s.name.split(/\s+/).pop() as string] : [];
    wanted.set(s, [...s.aliases, ...surname]);
  }
  const owners = new Map<string, Set<DraftSource>>();
  for (const s of sources) {
    for (const k of [s.name, ids.get(s) as string, ...(wanted.get(s) ?? [])].map(aliasKey)) {
      owners.set(k, (owners.get(k) ?? new Set()).add(s));
    }
  }
  const out = new Map<DraftSource, string[]>();
  for (const [s, list] of wanted) {
    const unique = [...new Map(list.map((a) => [aliasKey(a), a])).values()].filter(
      (a) => aliasKey(a) !== aliasKey(s.name) && (owners.get(aliasKey(a))?.size ?? 0) === 1,
    );
    out.set(s, unique);
  }
  return out;
}
