// Resolution: which sources, claims and questions of different documents are the same, and how well a load
// found them (scored against gold).
export { evaluateResolution, formatResolution, RELATIONS } from './evaluate';
export type { PredictedDocument, PredictedStatement, Relation, ResolutionEvaluation, Unit } from './evaluate';
