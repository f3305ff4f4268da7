// The domain's vocabulary, the bottom of the layers: the bundle format, ids and keys, figures and their
// intervals, verdict statuses, write outcomes and error codes. It imports nothing of the project.
export type {
  Affiliation,
  Bundle,
  BundleClaim,
  BundleDocument,
  BundleSource,
  BundleStatement,
  Quantity,
  Reliability,
  SourceType,
  Stance,
} from './bundle';
export { AFFILIATIONS, RELIABILITIES, SOURCE_TYPES, STANCES } from './bundle';
export {
  aliasKey,
  canonicalJson,
  derivedDocumentId,
  derivedStatementId,
  documentIdOf,
  questionKey,
  sha256,
  statementIdOf,
} from './keys';
export {
  DEFAULT_TOLERANCE,
  contains,
  disjoint,
  formatInterval,
  intervalOf,
  quantityFromColumns,
  quantityProps,
  sameUnit,
} from './quantity';
export type { Interval, QuantityColumns, QuantityProps } from './quantity';
export { withoutNulls } from './fields';
export { VERDICT_STATUSES } from './verdict';
export type { Credibility, VerdictStatus } from './verdict';
export type { WriteOutcome } from './writeOutcome';
export { ErrorCode } from './errors';
export { pairBySpan, pairGreedily, scoreOf, spanOverlap } from './scores';
export type { Score } from './scores';
export { CONCEPTS, conceptOf, formatQuestion, parseQuestion } from './questions';
export type { QuestionParts } from './questions';
export { MATCH_KINDS, MERGE_KINDS, SUGGESTION_STATUSES } from './matches';
export type { MatchKind, MergeKind, SuggestionStatus } from './matches';
