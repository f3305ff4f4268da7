export { Database, connectOptions, checkedQueries } from './database';
export type { ConnectOptions, QueryRunner, Transactions } from './database';
export { applyMigrations, loadMigrations } from './migrations';
export type { Migration } from './migrations';
export { loadQueryFiles, cypherParameters, CYPHER_DIR } from './queryFiles';
export type { QueryFile } from './queryFiles';
export { QUERIES } from './registry';
export type { Arity, QueryName, ParamsOf, ResultOf, RowOf } from './registry';
export type {
  AliasRow,
  ClaimRow,
  ClaimSortKey,
  DocumentRow,
  EdgeRow,
  MergeRecord,
  MembershipRow,
  Props,
  ResolutionRow,
  SideRow,
  SourcePlaceRow,
  SourceRow,
  StatementRow,
  StoredClaim,
  StoredSource,
  SuggestionRow,
} from './rows';
export { mergeRecord } from './rows';
export { neo4jFailure } from './errors';
export type { Neo4jFailure } from './errors';
export { fulltextQuery } from './fulltext';
