/** How a claim stands, from the independent origins on each side (docs/analysis.md). */
export const VERDICT_STATUSES = ['CORROBORATED', 'CONTESTED', 'SINGLE_SOURCE', 'UNSUPPORTED'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

/** The Admiralty code's credibility: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged. */
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;
