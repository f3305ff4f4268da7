// Resolution: which sources, claims and questions of different documents are the same (docs/resolution.md),
// and how well a load found them, scored against gold.
export { evaluateResolution, formatResolution, RELATIONS } from './evaluate';
export type { PredictedDocument, PredictedStatement, Relation, ResolutionEvaluation, Unit } from './evaluate';
export { fillResolutionKeys } from './backfill';
export { soundKey, soundsOf } from './names';
export { countOf, readQuestion } from './questions';
export { ACCEPT, SUGGEST, recordKey, Resolver } from './resolver';
export type { BundleResolution, Resolved, Suggestion, Taken } from './resolver';
