export { Database, connectOptions, checkedQueries } from './database';
export type { ConnectOptions, QueryRunner, Transactions } from './database';
export { applyMigrations, loadMigrations } from './migrations';
export type { Migration } from './migrations';
export { loadQueryFiles, cypherParameters, CYPHER_DIR } from './queryFiles';
export type { QueryFile } from './queryFiles';
export { QUERIES } from './registry';
export type { ClaimSortKey, QueryName, ParamsOf, RowOf, SideRow, SourcePlaceRow } from './registry';
export type {
  AliasRow,
  ClaimRow,
  DocumentRow,
  EdgeRow,
  MembershipRow,
  Props,
  SourceRow,
  StatementRow,
} from './writeRows';
