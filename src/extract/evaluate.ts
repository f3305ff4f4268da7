import {
  aliasKey,
  pairBySpan,
  scoreOf,
  type Bundle,
  type BundleSource,
  type BundleStatement,
  type Score,
} from '../model';

export interface StatementRef {
  index: number;
  speaker: string;
  cue?: string;
  span?: { start: number; end: number };
  quote: string;
}

/** The scores of one part of the statements: attributed ones, or the publisher's narration. */
export interface PartEvaluation {
  /** Content spans overlap and speakers are one source: the main score. */
  match: Score;
  /** Content spans overlap, whoever the speaker. */
  span: Score;
  /** Overlap, same speaker and the same cue (case aside). */
  cue: Score;
  /** Same speaker and exactly the same span. */
  exact: Score;
  misses: StatementRef[];
  falseHits: StatementRef[];
}

export interface Evaluation {
  attributed: PartEvaluation;
  narration: PartEvaluation;
}

type Indexed = { statement: BundleStatement; index: number; keys: Set<string> };

/**
 * Scores predicted statements against gold ones as the quote-attribution literature does: a predicted
 * statement matches at most one gold statement, and does so when their content spans overlap (by one
 * character or more) and their speakers are one source, by id, name or alias on either side. Pairs are
 * taken greediest first, by the length of their overlap. Statements without a cue are the publisher's own
 * narration (the bundle format's meaning of an absent cue) and are scored apart from attributed ones.
 */
export function evaluate(gold: Bundle, predicted: Bundle): Evaluation {
  const g = indexed(gold);
  const p = indexed(predicted);
  const part = (narration: boolean) =>
    evaluatePart(
      g.filter((s) => (s.statement.cue === undefined) === narration),
      p.filter((s) => (s.statement.cue === undefined) === narration),
    );
  return { attributed: part(false), narration: part(true) };
}

function indexed(bundle: Bundle): Indexed[] {
  const sources = bundle.sources ?? [];
  return (bundle.statements ?? []).map((statement, index) => ({
    statement,
    index,
    keys: speakerKeys(statement.source, sources),
  }));
}

/** Every name the speaker is known by: the reference as written, and the id, name and aliases of its source. */
function speakerKeys(ref: string, sources: BundleSource[]): Set<string> {
  // An article is not part of a name: "A hospital spokeswoman" is "Hospital spokeswoman".
  const norm = (s: string) => aliasKey(s).replace(/^(?:the|a|an)\s+/, '');
  const source = sources.find(
    (s) => s.id === ref || [s.name, ...(s.aliases ?? [])].some((n) => norm(n) === norm(ref)),
  );
  const names = source ? [source.id, source.name, ...(source.aliases ?? [])] : [];
  return new Set([ref, ...names].map(norm));
}

const sameSpeaker = (a: Indexed, b: Indexed) => [...a.keys].some((k) => b.keys.has(k));
const sameCue = (a: Indexed, b: Indexed) =>
  (a.statement.cue ?? '').trim().toLowerCase() === (b.statement.cue ?? '').trim().toLowerCase();
const sameSpan = (a: Indexed, b: Indexed) =>
  a.statement.span?.start === b.statement.span?.start && a.statement.span?.end === b.statement.span?.end;

function evaluatePart(gold: Indexed[], predicted: Indexed[]): PartEvaluation {
  const run = (accept: (g: Indexed, p: Indexed) => boolean) => pairUp(gold, predicted, accept);
  const main = run(sameSpeaker);
  const score = (pairs: [Indexed, Indexed][]) => scoreOf(pairs.length, predicted.length, gold.length);
  const matchedGold = new Set(main.map(([g]) => g));
  const matchedPredicted = new Set(main.map(([, p]) => p));
  return {
    match: score(main),
    span: score(run(() => true)),
    cue: score(run((a, b) => sameSpeaker(a, b) && sameCue(a, b))),
    exact: score(run((a, b) => sameSpeaker(a, b) && sameSpan(a, b))),
    misses: gold.filter((s) => !matchedGold.has(s)).map(ref),
    falseHits: predicted.filter((s) => !matchedPredicted.has(s)).map(ref),
  };
}

/** One-to-one pairs with overlapping spans that `accept` allows, the longest overlaps first. */
const pairUp = (gold: Indexed[], predicted: Indexed[], accept: (g: Indexed, p: Indexed) => boolean) =>
  pairBySpan(gold, predicted, { gold: (g) => g.statement, predicted: (p) => p.statement }, accept);

const ref = (s: Indexed): StatementRef => ({
  index: s.index,
  speaker: s.statement.source,
  ...(s.statement.cue ? { cue: s.statement.cue } : {}),
  ...(s.statement.span ? { span: s.statement.span } : {}),
  quote: s.statement.quote ?? '',
});

/** The evaluation as a report to read: the scores, then every miss and false hit. */
export function formatEvaluation(e: Evaluation): string {
  const pct = (n: number) => n.toFixed(3);
  const line = (name: string, s: Score) =>
    `  ${name.padEnd(34)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (${s.matched} matched of ${s.predicted} predicted, ${s.gold} gold)`;
  const item = (r: StatementRef) =>
    `    #${r.index} ${r.speaker}${r.cue ? ` [${r.cue}]` : ''} ${r.span ? `${r.span.start}-${r.span.end}` : 'no span'}: ${JSON.stringify(r.quote.length > 90 ? `${r.quote.slice(0, 87)}...` : r.quote)}`;
  const part = (title: string, p: PartEvaluation) => [
    title,
    line('overlap + same speaker (match)', p.match),
    line('overlap, any speaker (span)', p.span),
    line('overlap + speaker + same cue', p.cue),
    line('exact span + speaker', p.exact),
    `  misses (${p.misses.length}):`,
    ...p.misses.map(item),
    `  false hits (${p.falseHits.length}):`,
    ...p.falseHits.map(item),
  ];
  return [
    ...part('Attributed statements', e.attributed),
    '',
    ...part("Publisher's narration", e.narration),
  ].join('\n');
}
