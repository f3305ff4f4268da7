/** What kind of item resolution matches (docs/resolution.md). */
export const MATCH_KINDS = ['SOURCE', 'CLAIM', 'QUESTION'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** Where a suggested match stands: resolution makes OPEN ones; analysts confirm or reject them. */
export const SUGGESTION_STATUSES = ['OPEN', 'CONFIRMED', 'REJECTED'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/** What analysts can merge, and unmerge (docs/model.md, "Curating"). */
export const MERGE_KINDS = ['SOURCE', 'CLAIM'] as const;
export type MergeKind = (typeof MERGE_KINDS)[number];
