import {
  intervalOf,
  pairBySpan,
  pairGreedily,
  questionKey,
  scoreOf,
  type Bundle,
  type Quantity,
  type Score,
} from '../model';

/** A statement as the graph holds it after a load: where it is, who said it, and the claims it bears on. */
export interface PredictedStatement {
  id: string;
  span: { start: number; end: number } | null;
  sourceId: string;
  stances: { claimId: string; questionKey: string | null; quantity: Quantity | null; text: string }[];
}

export interface PredictedDocument {
  documentId: string;
  statements: PredictedStatement[];
}

/** One side of a pair: a statement's stance on a claim, in gold and as predicted. */
export interface Unit {
  document: string;
  quote: string;
  gold: { speaker: string; claim: string; question: string | null };
  predicted: { speaker: string; claim: string; question: string | null };
}

export type Relation = 'sameClaim' | 'sameQuestion' | 'sameSpeaker';
export const RELATIONS: Relation[] = ['sameClaim', 'sameQuestion', 'sameSpeaker'];

export interface RelationEvaluation {
  score: Score;
  /** Pairs the gold links and the graph does not. */
  missed: [Unit, Unit][];
  /** Pairs the graph links and the gold does not. */
  wrong: [Unit, Unit][];
}

export interface ResolutionEvaluation {
  documents: number;
  statements: { gold: number; predicted: number; matched: number };
  /** Statement-stances compared (claims and questions); matched statements are compared for speakers. */
  units: number;
  relations: Record<Relation, RelationEvaluation>;
  /** Of every pair the graph links, over the three relations: the share the gold links too. */
  autoLinkPrecision: Score;
}

/**
 * Scores how a load resolved several documents against gold bundles that give the same id to the same
 * source and claim and the same question to the same question across documents (docs/resolution.md, How
 * it is measured). Within each document, predicted statements are matched one-to-one to gold ones by span
 * overlap; a matched statement's stances are paired with the gold's (one each, else by equal figures, then
 * by shared words). Every two such stances in different documents are then a pair, which the gold links
 * or not (same claim id, same question) and the graph links or not (same claim node, same question key);
 * speakers are compared likewise over matched statements (same source id, same source node). Scores are
 * pairwise precision, recall and F1.
 */
export function evaluateResolution(gold: Bundle[], predicted: PredictedDocument[]): ResolutionEvaluation {
  const byId = new Map(predicted.map((d) => [d.documentId, d]));
  const units: Unit[] = [];
  /** One per matched statement, for the speaker: a statement with several stances is one act of saying. */
  const saidBy: Unit[] = [];
  let goldStatements = 0;
  let predictedStatements = 0;
  let matched = 0;
  for (const bundle of gold) {
    const documentId = bundle.document.id ?? '';
    const statements = bundle.statements ?? [];
    const found = byId.get(documentId)?.statements ?? [];
    goldStatements += statements.length;
    predictedStatements += found.length;
    const claims = new Map((bundle.claims ?? []).map((c) => [c.id, c]));
    const pairs = pairBySpan(statements, found, { gold: (g) => g, predicted: (p) => p });
    matched += pairs.length;
    for (const [g, p] of pairs) {
      const none = { claim: '', question: null };
      saidBy.push({
        document: documentId,
        quote: g.quote ?? '',
        gold: { speaker: g.source, ...none },
        predicted: { speaker: p.sourceId, ...none },
      });
      const goldStances = g.stances.flatMap(({ claim }) => {
        const c = claims.get(claim);
        return c ? [{ claim, question: c.question ?? null, quantity: c.quantity ?? null, text: c.text }] : [];
      });
      for (const [gs, ps] of alignStances(goldStances, p.stances)) {
        units.push({
          document: documentId,
          quote: g.quote ?? '',
          gold: {
            speaker: g.source,
            claim: gs.claim,
            question: gs.question === null ? null : questionKey(gs.question),
          },
          predicted: { speaker: p.sourceId, claim: ps.claimId, question: ps.questionKey },
        });
      }
    }
  }
  const relations = {
    sameClaim: relate(units, (side) => side.claim),
    sameQuestion: relate(units, (side) => side.question),
    sameSpeaker: relate(saidBy, (side) => side.speaker),
  };
  const sum = (pick: (s: Score) => number) => RELATIONS.reduce((n, r) => n + pick(relations[r].score), 0);
  return {
    documents: gold.length,
    statements: { gold: goldStatements, predicted: predictedStatements, matched },
    units: units.length,
    relations,
    autoLinkPrecision: scoreOf(
      sum((s) => s.matched),
      sum((s) => s.predicted),
      sum((s) => s.gold),
    ),
  };
}

type GoldStance = { claim: string; question: string | null; quantity: Quantity | null; text: string };
type PredictedStance = PredictedStatement['stances'][number];

/** Pairs a statement's gold stances with its predicted ones: one each, else equal figures, then shared words. */
function alignStances(gold: GoldStance[], predicted: PredictedStance[]): [GoldStance, PredictedStance][] {
  if (gold.length === 1 && predicted.length === 1)
    return [[gold[0] as GoldStance, predicted[0] as PredictedStance]];
  return pairGreedily(gold, predicted, likeness);
}

/** How alike two stances' claims read: an equal figure counts most, then the share of words in common. */
function likeness(g: GoldStance, p: PredictedStance): number {
  const sameFigure =
    g.quantity !== null && p.quantity !== null && sameInterval(g.quantity, p.quantity) ? 1 : 0;
  const a = words(g.text);
  const b = words(p.text);
  const shared = [...a].filter((w) => b.has(w)).length;
  return sameFigure + shared / Math.max(1, Math.min(a.size, b.size));
}

const sameInterval = (a: Quantity, b: Quantity) => {
  const x = intervalOf(a);
  const y = intervalOf(b);
  return x.low === y.low && x.high === y.high;
};

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Pairwise scores of one relation over every two units in different documents. */
function relate(
  units: Unit[],
  key: (side: Unit['gold'] | Unit['predicted']) => string | null,
): RelationEvaluation {
  let both = 0;
  let goldOnly = 0;
  let predictedOnly = 0;
  const missed: [Unit, Unit][] = [];
  const wrong: [Unit, Unit][] = [];
  units.forEach((a, i) => {
    for (const b of units.slice(i + 1)) {
      if (a.document === b.document) continue;
      const inGold = linked(key(a.gold), key(b.gold));
      const inGraph = linked(key(a.predicted), key(b.predicted));
      if (inGold && inGraph) both += 1;
      else if (inGold) {
        goldOnly += 1;
        missed.push([a, b]);
      } else if (inGraph) {
        predictedOnly += 1;
        wrong.push([a, b]);
      }
    }
  });
  return { score: scoreOf(both, both + predictedOnly, both + goldOnly), missed, wrong };
}

const linked = (a: string | null, b: string | null) => a !== null && a === b;

/** The evaluation as a report to read: the scores, then every missed and wrong pair of each relation. */
export function formatResolution(e: ResolutionEvaluation, listPairs = true): string {
  const pct = (n: number) => n.toFixed(3);
  const line = (name: string, s: Score) =>
    `  ${name.padEnd(28)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (${s.matched} linked by both, ${s.predicted} by the graph, ${s.gold} by the gold)`;
  const unit = (u: Unit) =>
    `${u.document}: ${JSON.stringify(u.quote.length > 60 ? `${u.quote.slice(0, 57)}...` : u.quote)}`;
  const ids = (u: Unit, pick: (s: Unit['gold']) => string | null) =>
    `[gold ${pick(u.gold) ?? '-'}; graph ${pick(u.predicted) ?? '-'}]`;
  const pair = ([a, b]: [Unit, Unit], pick: (s: Unit['gold']) => string | null) =>
    `    ${unit(a)} ${ids(a, pick)}\n      ~ ${unit(b)} ${ids(b, pick)}`;
  const picks: Record<Relation, (s: Unit['gold']) => string | null> = {
    sameClaim: (s) => s.claim,
    sameQuestion: (s) => s.question,
    sameSpeaker: (s) => s.speaker,
  };
  const lines = [
    `${e.documents} documents; statements: ${e.statements.matched} matched of ${e.statements.gold} gold and ${e.statements.predicted} predicted; ${e.units} statement-stances compared`,
    line('same claim', e.relations.sameClaim.score),
    line('same question', e.relations.sameQuestion.score),
    line('same speaker', e.relations.sameSpeaker.score),
    line('automatic links (all three)', e.autoLinkPrecision),
  ];
  if (listPairs) {
    for (const relation of RELATIONS) {
      const { missed, wrong } = e.relations[relation];
      lines.push('', `${relation}: missed (${missed.length})`);
      lines.push(...missed.map((p) => pair(p, picks[relation])));
      lines.push(`${relation}: wrong (${wrong.length})`);
      lines.push(...wrong.map((p) => pair(p, picks[relation])));
    }
  }
  return lines.join('\n');
}
