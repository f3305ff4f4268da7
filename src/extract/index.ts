// Extraction: a raw news report in, a draft bundle of who said what out, and its scoring against gold.
export { extractBundle } from './extract';
export { evaluate, formatEvaluation } from './evaluate';
export type { Evaluation, PartEvaluation, StatementRef } from './evaluate';
export { findFigures } from './figures';
export { findDates } from './dates';
export { sameSource } from './names';
