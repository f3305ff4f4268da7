// How predictions are scored against hand-annotated gold, for extraction and resolution alike.

/** Precision, recall and F1 of one criterion. */
export interface Score {
  matched: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export function scoreOf(matched: number, predicted: number, gold: number): Score {
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = gold === 0 ? 0 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { matched, predicted, gold, precision, recall, f1 };
}

type Spanned = { span?: { start: number; end: number } | null };

/** How many characters two statements' spans share; 0 when either has none. */
export const spanOverlap = (a: Spanned, b: Spanned): number =>
  a.span && b.span ? Math.min(a.span.end, b.span.end) - Math.max(a.span.start, b.span.start) : 0;

/**
 * One-to-one pairs of gold and predicted items, the highest `score` first (then in the given order); pairs
 * scoring 0 or less are never made.
 */
export function pairGreedily<G, P>(gold: G[], predicted: P[], score: (g: G, p: P) => number): [G, P][] {
  const candidates = gold
    .flatMap((g, gi) => predicted.map((p, pi) => ({ g, p, gi, pi, score: score(g, p) })))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.gi - b.gi || a.pi - b.pi);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [G, P][] = [];
  for (const { g, p, gi, pi } of candidates) {
    if (usedG.has(gi) || usedP.has(pi)) continue;
    usedG.add(gi);
    usedP.add(pi);
    pairs.push([g, p]);
  }
  return pairs;
}

/**
 * One-to-one pairs of gold and predicted statements whose spans overlap (by one character or more) and
 * that `accept` allows, taken greediest first by the length of their overlap, then in the given order.
 */
export const pairBySpan = <G, P>(
  gold: G[],
  predicted: P[],
  spanOf: { gold: (g: G) => Spanned; predicted: (p: P) => Spanned },
  accept: (g: G, p: P) => boolean = () => true,
): [G, P][] =>
  pairGreedily(gold, predicted, (g, p) =>
    accept(g, p) ? spanOverlap(spanOf.gold(g), spanOf.predicted(p)) : 0,
  );
