/** How a claim stands, from the independent origins on each side (docs/analysis.md). */
export type VerdictStatus = 'CORROBORATED' | 'CONTESTED' | 'SINGLE_SOURCE' | 'UNSUPPORTED';

/** The Admiralty code's credibility: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged. */
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;
