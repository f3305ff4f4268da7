import type { Credibility, Reliability, VerdictStatus } from '../model';

/** An independent origin on one side of a claim: the source its speakers lead back to. */
export interface OriginOnSide {
  key: string;
  name: string;
  /** The origin source's reliability; F (cannot be judged) when no one has rated it. */
  reliability: Reliability;
  /** The speakers on this side that lead back to it. */
  sourceNames: string[];
}

export interface Verdict {
  status: VerdictStatus;
  credibility: Credibility;
  /** The chance that at least one supporting origin is right, weighing each by its reliability. */
  support: number;
  /** The same for the contradicting origins. */
  contradiction: number;
  /** The strength of the case for the claim, from 0 to 1, that the credibility is read from. */
  score: number;
  explanation: string;
}

/**
 * How likely an origin of each rating is to be right, for weighing the sides. F ("cannot be judged") counts
 * as an even chance, like D: no rating is no evidence either way.
 */
export const RELIABILITY_WEIGHT: Record<Reliability, number> = {
  A: 0.95,
  B: 0.8,
  C: 0.65,
  D: 0.5,
  E: 0.35,
  F: 0.5,
};

const CREDIBILITY_WORDS = [
  '',
  'confirmed',
  'probably true',
  'possibly true',
  'doubtful',
  'improbable',
  'cannot be judged',
];

export function statusOf(supporting: number, contradicting: number): VerdictStatus {
  if (supporting === 0) return 'UNSUPPORTED';
  if (contradicting > 0) return 'CONTESTED';
  return supporting >= 2 ? 'CORROBORATED' : 'SINGLE_SOURCE';
}

/** The chance that at least one of the origins is right, if each is right independently with its weight. */
const anyRight = (origins: OriginOnSide[]) =>
  1 - origins.reduce((wrong, o) => wrong * (1 - RELIABILITY_WEIGHT[o.reliability]), 1);

/**
 * The verdict on a claim from the independent origins on each side (docs/analysis.md gives the rules):
 * the support is the chance that at least one supporting origin is right, the contradiction likewise; the
 * score is support × (1 − contradiction / 2), so that evenly matched sides leave a claim doubtful rather
 * than refuted. Credibility 1 needs two or more independent origins; 6 is for a claim no origin speaks to.
 */
export function verdictOf(
  supporting: OriginOnSide[],
  contradicting: OriginOnSide[],
  bothSides: string[] = [],
): Verdict {
  const status = statusOf(supporting.length, contradicting.length);
  const support = anyRight(supporting);
  const contradiction = anyRight(contradicting);
  const score = support * (1 - contradiction / 2);
  const credibility =
    supporting.length + contradicting.length === 0
      ? 6
      : score >= 0.9 && supporting.length >= 2
        ? 1
        : score >= 0.7
          ? 2
          : score >= 0.5
            ? 3
            : score >= 0.3
              ? 4
              : 5;

  const list = (origins: OriginOnSide[]) =>
    origins
      .map((o) => {
        const through = o.sourceNames.filter((n) => n !== o.name);
        return `${o.name} (${o.reliability}${through.length > 0 ? `, through ${through.join(', ')}` : ''})`;
      })
      .join('; ');
  const count = (n: number, side: string) => `${n} ${side} origin${n === 1 ? '' : 's'}`;
  const parts = [
    `${status.replace('_', ' ').toLowerCase()}: ${count(supporting.length, 'supporting')}` +
      (supporting.length > 0 ? ` [${list(supporting)}]` : '') +
      `, ${count(contradicting.length, 'contradicting')}` +
      (contradicting.length > 0 ? ` [${list(contradicting)}]` : '') +
      '.',
  ];
  if (bothSides.length > 0)
    parts.push(`On both sides: ${bothSides.join(', ')} (a revised or disputed account).`);
  parts.push(
    credibility === 6
      ? 'No origin speaks to the claim: credibility 6 (cannot be judged).'
      : `Support ${support.toFixed(2)}, contradiction ${contradiction.toFixed(2)}, score ${score.toFixed(2)}: ` +
          `credibility ${credibility} (${CREDIBILITY_WORDS[credibility]}).`,
  );
  return { status, credibility, support, contradiction, score, explanation: parts.join(' ') };
}
