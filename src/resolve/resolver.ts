import { fulltextQuery, type QueryRunner, type RowOf } from '../graph';
import {
  aliasKey,
  documentIdOf,
  intervalOf,
  quantityFromColumns,
  questionKey,
  sha256,
  type Bundle,
  type BundleClaim,
  type BundleSource,
  type MatchKind,
} from '../model';
import { compareClaims, contentWords, type ClaimFacts } from './claims';
import { nameSounds, words } from './names';
import { compareQuestions, countOf } from './questions';
import { compareSources, type Likeness, type SourceFacts } from './sources';

/** Above this an incoming item joins the one already there; below it, down to SUGGEST, a match is suggested. */
export const ACCEPT = 0.85;
export const SUGGEST = 0.5;
/** Two candidates this close at the top are too close to call: both are suggested, neither joined. */
const TIE = 0.05;

/** What one provisional item of a bundle became. */
export interface Resolved {
  /** The id (the question's text, for a question) it is stored under. */
  id: string;
  /** True when it joined an item already in the graph or loaded earlier in the run. */
  joined: boolean;
  score: number;
  reasons: string[];
}

export interface Suggestion {
  id: string;
  kind: MatchKind;
  /** The incoming item, as stored. */
  itemId: string;
  candidateId: string;
  score: number;
  reasons: string[];
  /** Names the incoming source brought that already name the candidate or another source: kept here. */
  aliases: string[];
}

/** How a provisional bundle's items resolve: checkBundle stores them so, and the load records it. */
export interface BundleResolution {
  documentId: string;
  sources: Map<string, Resolved & { withheld: Set<string> }>;
  claims: Map<string, Resolved>;
  /** A claim's question as given, and as stored (the question it joined). */
  questions: Map<string, Resolved>;
  suggestions: Suggestion[];
}

/** What is known outside the bundle about which names and ids are taken (the load's RunKnowledge). */
export interface Taken {
  sourceForKey(key: string): string | undefined;
  claimExists(id: string): boolean;
}

interface SourceCandidate extends SourceFacts {
  id: string;
  story: Set<string>;
}
interface ClaimCandidate extends ClaimFacts {
  id: string;
  story: Set<string>;
}

/**
 * Resolves provisional bundles in the order of a load (docs/resolution.md). Candidates come from the graph,
 * fetched once per batch through Neo4j's indexes (the sound of names, the questions that count the same
 * thing, the full text of claims), and from the items of earlier bundles of the same load, held here. A
 * document loaded before is resolved as it was then: what each item became is recorded and read back.
 */
export class Resolver {
  // The candidates seen so far, each kind indexed by what finds it, so that an item is compared only with
  // those that share a sound of a name, a question, a concept or a word with it, never with all.
  private readonly sources = new Index<SourceCandidate>(50, (s) => nameSounds([s.name, ...s.aliases]));
  private readonly claims = new Index<ClaimCandidate>(100, claimKeys);
  // By key, and by what they count (a question that says neither what nor where is found by its key only).
  private readonly questions = new Index<{ id: string; text: string }>(Infinity, (q) => {
    const what = countOf(q.text);
    return [`k:${q.id}`, ...(what === undefined ? [] : [`c:${what}`])];
  });
  private recorded = new Map<string, RowOf<'findResolutions'>>();

  /** Fetches, in one read transaction, the candidates of every provisional item of a batch. */
  async prefetch(tx: QueryRunner, bundles: Bundle[]): Promise<void> {
    const provisional = bundles.filter((b) => b.provisional === true);
    if (provisional.length === 0) return;
    const keys = provisional.flatMap((b) => {
      const documentId = documentIdOf(b);
      return [
        ...(b.sources ?? []).map((s) => recordKey('SOURCE', documentId, s.id)),
        ...(b.claims ?? []).map((c) => recordKey('CLAIM', documentId, c.id)),
        ...questionsOf(b).map((q) => recordKey('QUESTION', documentId, q)),
      ];
    });
    this.recorded = new Map((await tx.run('findResolutions', { keys })).map((r) => [r.key, r]));

    const soundQueries = provisional.flatMap((b) =>
      (b.sources ?? []).flatMap((s) => {
        const query = soundQuery(s);
        return query === null ? [] : [{ ref: s.id, query }];
      }),
    );
    for (const row of await tx.run('findSourceCandidates', { queries: soundQueries })) {
      this.sources.add({ ...row, story: new Set(row.story) });
    }
    const whats = [...new Set(provisional.flatMap(questionsOf).flatMap((q) => countOf(q) ?? []))];
    const questionKeys: string[] = [];
    for (const row of await tx.run('findQuestionCandidates', { whats })) {
      this.questions.add({ id: row.key, text: row.text });
      questionKeys.push(row.key);
    }
    const texts = provisional.flatMap((b) =>
      (b.claims ?? []).flatMap((c) => {
        const query = c.quantity === undefined ? fulltextQuery(words(c.text).join(' '), 'any') : null;
        return query === null ? [] : [{ ref: c.id, query }];
      }),
    );
    for (const row of await tx.run('findClaimCandidates', { questionKeys, texts })) {
      this.claims.add({
        id: row.id,
        text: row.text,
        quantity: quantityFromColumns(row.quantity),
        question: row.question,
        occurredAt: row.occurredAt,
        story: new Set(row.story),
      });
    }
  }

  /** Resolves a provisional bundle against the graph and the load so far; undefined for an authoritative one. */
  resolve(bundle: Bundle, taken: Taken): BundleResolution | undefined {
    if (bundle.provisional !== true) return undefined;
    const documentId = documentIdOf(bundle);
    const resolution: BundleResolution = {
      documentId,
      sources: new Map(),
      claims: new Map(),
      questions: new Map(),
      suggestions: [],
    };
    const suffix = sha256(documentId).slice(0, 6);

    // Questions first: which questions a report answers tells which story it belongs to.
    for (const text of questionsOf(bundle)) {
      const recorded = this.recorded.get(recordKey('QUESTION', documentId, text));
      if (recorded) {
        resolution.questions.set(text, {
          id: recorded.nodeId,
          joined: recorded.joined,
          score: 1,
          reasons: [],
        });
        continue;
      }
      const best = this.bestQuestion(text);
      resolution.questions.set(
        text,
        best && best.score >= ACCEPT
          ? { id: best.text, joined: true, score: best.score, reasons: best.reasons }
          : { id: text, joined: false, score: 0, reasons: [] },
      );
    }
    const story = new Set([...resolution.questions.values()].map((q) => questionKey(q.id)));

    // People before bodies: a person's name says who it is, a body's often only what it is, and the people
    // a report quotes tell its story too.
    const sources = [...(bundle.sources ?? [])].sort(
      (a, b) => Number(b.type === 'PERSON') - Number(a.type === 'PERSON'),
    );
    for (const source of sources) {
      const resolved = this.resolveSource(source, documentId, suffix, story, taken, resolution);
      resolution.sources.set(source.id, resolved);
      if (source.type === 'PERSON') story.add(resolved.id);
    }
    for (const claim of bundle.claims ?? []) {
      resolution.claims.set(claim.id, this.resolveClaim(claim, documentId, suffix, story, taken, resolution));
    }
    return resolution;
  }

  /**
   * Remembers what a bundle added, so that later bundles of the load can join it: a provisional bundle's
   * items as resolved, an authoritative one's under their own ids.
   */
  accept(bundle: Bundle, resolution: BundleResolution = asGiven(bundle)): void {
    const story = new Set([
      ...[...resolution.questions.values()].map((q) => questionKey(q.id)),
      ...(bundle.sources ?? []).flatMap((s) =>
        s.type === 'PERSON' ? [resolution.sources.get(s.id)?.id ?? s.id] : [],
      ),
    ]);
    for (const q of resolution.questions.values()) this.questions.add({ id: questionKey(q.id), text: q.id });
    for (const source of bundle.sources ?? []) {
      const id = resolution.sources.get(source.id)?.id ?? source.id;
      const known = this.sources.get(id);
      this.sources.add({
        id,
        name: known?.name ?? source.name,
        aliases: [...(known?.aliases ?? []), ...(known ? [source.name] : []), ...(source.aliases ?? [])],
        type: known?.type ?? source.type,
        role: known?.role ?? source.role ?? null,
        story: new Set([...(known?.story ?? []), ...story]),
      });
    }
    for (const claim of bundle.claims ?? []) {
      const id = resolution.claims.get(claim.id)?.id ?? claim.id;
      const known = this.claims.get(id);
      this.claims.add(
        known
          ? { ...known, story: new Set([...known.story, ...story]) }
          : {
              id,
              ...this.claimFacts(claim, resolution),
              story,
            },
      );
    }
  }

  private bestQuestion(text: string): { text: string; score: number; reasons: string[] } | undefined {
    const [same] = this.questions.near([`k:${questionKey(text)}`]);
    if (same) return { text: same.text, score: 1, reasons: ['the same question'] };
    const what = countOf(text);
    if (what === undefined) return undefined;
    let best: { text: string; score: number; reasons: string[] } | undefined;
    for (const { text: candidate } of this.questions.near([`c:${what}`])) {
      const found = compareQuestions(text, candidate);
      if (found.score > (best?.score ?? 0)) best = { text: candidate, ...found };
    }
    return best;
  }

  private resolveSource(
    source: BundleSource,
    documentId: string,
    suffix: string,
    story: Set<string>,
    taken: Taken,
    resolution: BundleResolution,
  ): Resolved & { withheld: Set<string> } {
    const facts: SourceFacts = {
      name: source.name,
      aliases: source.aliases ?? [],
      type: source.type,
      role: source.role ?? null,
    };
    const recorded = this.recorded.get(recordKey('SOURCE', documentId, source.id));
    const ranked = recorded
      ? []
      : this.sources
          .near(nameSounds([source.name, ...(source.aliases ?? [])]))
          .map((candidate) => ({
            candidate,
            likeness: compareSources(facts, candidate, overlaps(story, candidate.story)),
          }))
          .filter((r) => r.likeness.score >= SUGGEST)
          .sort(byLikeness);
    const top = clearWinner(ranked);
    const clear = top !== undefined;
    const id = recorded?.nodeId ?? (top ? top.candidate.id : freeSourceId(source.id, suffix, taken));
    const joined = recorded?.joined ?? clear;
    // Names that already name another source stay off this one: on the suggestion, if there is one.
    const names = [source.id, ...(joined ? [source.name] : []), ...(source.aliases ?? [])];
    const withheld = new Set(
      names.map(aliasKey).filter((key) => {
        const owner = taken.sourceForKey(key);
        return owner !== undefined && owner !== id;
      }),
    );
    if (!joined) {
      for (const { candidate, likeness } of ranked.slice(0, 3)) {
        resolution.suggestions.push(
          suggestion(
            'SOURCE',
            id,
            candidate.id,
            likeness,
            names.filter((n) => withheld.has(aliasKey(n))),
          ),
        );
      }
    }
    const likeness = top ? top.likeness : { score: 0, reasons: [] };
    return { id, joined, score: likeness.score, reasons: likeness.reasons, withheld };
  }

  private resolveClaim(
    claim: BundleClaim,
    documentId: string,
    suffix: string,
    story: Set<string>,
    taken: Taken,
    resolution: BundleResolution,
  ): Resolved {
    const recorded = this.recorded.get(recordKey('CLAIM', documentId, claim.id));
    if (recorded) return { id: recorded.nodeId, joined: recorded.joined, score: 1, reasons: [] };
    const facts = this.claimFacts(claim, resolution);
    const ranked = this.claims
      .near(claimKeys(facts))
      .map((candidate) => {
        const likeness = compareClaims(facts, candidate);
        // Words alone make the same claim only within one story: the same sentence about another event is
        // another claim.
        const sameStory = overlaps(story, candidate.story);
        return {
          candidate,
          likeness:
            facts.quantity === null && !sameStory
              ? {
                  score: Math.min(likeness.score, SUGGEST),
                  reasons: [...likeness.reasons, 'but in another story'],
                }
              : likeness,
        };
      })
      .filter((r) => r.likeness.score >= SUGGEST)
      .sort(byLikeness);
    const top = clearWinner(ranked);
    if (top)
      return { id: top.candidate.id, joined: true, score: top.likeness.score, reasons: top.likeness.reasons };
    const id = taken.claimExists(claim.id) || this.claims.has(claim.id) ? `${claim.id}-${suffix}` : claim.id;
    for (const { candidate, likeness } of ranked.slice(0, 3)) {
      resolution.suggestions.push(suggestion('CLAIM', id, candidate.id, likeness, []));
    }
    return { id, joined: false, score: 0, reasons: [] };
  }

  private claimFacts(claim: BundleClaim, resolution: BundleResolution): ClaimFacts {
    const question =
      claim.question === undefined ? null : (resolution.questions.get(claim.question)?.id ?? claim.question);
    return {
      text: claim.text,
      quantity: claim.quantity ?? null,
      question: question === null ? null : questionKey(question),
      occurredAt: claim.occurredAt ?? null,
    };
  }
}

/** An authoritative bundle's items, each under its own id. */
function asGiven(bundle: Bundle): BundleResolution {
  const own = (id: string): Resolved & { withheld: Set<string> } => ({
    id,
    joined: false,
    score: 0,
    reasons: [],
    withheld: new Set(),
  });
  return {
    documentId: documentIdOf(bundle),
    sources: new Map((bundle.sources ?? []).map((s) => [s.id, own(s.id)])),
    claims: new Map((bundle.claims ?? []).map((c) => [c.id, own(c.id)])),
    questions: new Map(questionsOf(bundle).map((q) => [q, own(q)])),
    suggestions: [],
  };
}

/**
 * Items by the keys that find them: an item is a candidate for another when they share a key. A key that
 * more than `common` items share (a first name, a common word) finds none, as it tells nothing apart.
 */
class Index<T extends { id: string }> {
  private readonly items = new Map<string, T>();
  private readonly byKey = new Map<string, Set<string>>();
  constructor(
    private readonly common: number,
    private readonly keysOf: (item: T) => string[],
  ) {}

  get = (id: string) => this.items.get(id);
  has = (id: string) => this.items.has(id);

  add(item: T): void {
    this.items.set(item.id, item);
    for (const key of this.keysOf(item)) {
      const ids = this.byKey.get(key) ?? new Set<string>();
      ids.add(item.id);
      this.byKey.set(key, ids);
    }
  }

  near(keys: string[]): T[] {
    const ids = new Set<string>();
    for (const key of new Set(keys)) {
      const found = this.byKey.get(key);
      if (found && found.size <= this.common) found.forEach((id) => ids.add(id));
    }
    return [...ids].sort().flatMap((id) => this.items.get(id) ?? []);
  }
}

type Ranked<C extends { id: string }> = { candidate: C; likeness: Likeness };

/** Candidates worth suggesting, best first (then by id, so that every load decides alike). */
function byLikeness<C extends { id: string }>(a: Ranked<C>, b: Ranked<C>): number {
  return b.likeness.score - a.likeness.score || (a.candidate.id < b.candidate.id ? -1 : 1);
}

/** The best candidate when it is sure enough and no second comes close; undefined otherwise. */
function clearWinner<C extends { id: string }>(ranked: Ranked<C>[]): Ranked<C> | undefined {
  const [top, second] = ranked;
  const clear =
    top !== undefined &&
    top.likeness.score >= ACCEPT &&
    (second === undefined || top.likeness.score - second.likeness.score > TIE);
  return clear ? top : undefined;
}

/**
 * What finds a claim's candidates: its question and figure (only the same figure for the same question can
 * be the same claim, however many figures the question has), else its content words.
 */
function claimKeys(claim: ClaimFacts): string[] {
  if (claim.quantity === null) return [...contentWords(claim.text)].map((w) => `w:${w}`);
  const { low, high } = intervalOf(claim.quantity);
  return [`q:${claim.question ?? ''}|${low}|${high}`];
}

/** The key under which what a provisional item became is recorded. */
export const recordKey = (kind: MatchKind, documentId: string, provisionalId: string) =>
  `${kind}|${documentId}|${provisionalId}`;

const questionsOf = (bundle: Bundle) => [
  ...new Set((bundle.claims ?? []).flatMap((c) => (c.question === undefined ? [] : [c.question]))),
];

const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/** A full-text query for sources whose names share a word's sound with the given source's names. */
function soundQuery(source: BundleSource): string | null {
  const sounds = nameSounds([source.name, ...(source.aliases ?? [])]);
  return sounds.length === 0 ? null : fulltextQuery(sounds.join(' '), 'any');
}

/** The provisional id, unless another source has it already: then the id made unique by the document. */
const freeSourceId = (id: string, suffix: string, taken: Taken) =>
  taken.sourceForKey(aliasKey(id)) === undefined ? id : `${id}-${suffix}`;

function suggestion(
  kind: MatchKind,
  itemId: string,
  candidateId: string,
  likeness: Likeness,
  aliases: string[],
): Suggestion {
  // One suggestion per pair of items, whichever came first: a pair an analyst has decided stays decided.
  const [a, b] = [itemId, candidateId].sort() as [string, string];
  return {
    id: `${kind}:${sha256(a, b).slice(0, 24)}`,
    kind,
    itemId,
    candidateId,
    score: likeness.score,
    reasons: likeness.reasons,
    aliases,
  };
}
