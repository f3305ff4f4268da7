/**
 * The typed registry of named queries: for each file in cypher/ (by file name), its parameters and the row
 * it returns. The parameter names are checked at start-up against the file's `$parameters`, so a query file
 * and its registration cannot drift apart; the types are what the rest of the code sees.
 */
export interface QuerySpec<P, R> {
  parameters: readonly string[];
  /** Carries the types only; never set. */
  readonly types?: { params: P; row: R };
}

const query = <P extends object, R>(...parameters: (keyof P & string)[]): QuerySpec<P, R> => ({
  parameters: [...parameters].sort(),
});

type None = Record<string, never>;

export const QUERIES = {
  // health
  ping: query<None, { ok: number }>(),
  findServerInfo: query<None, { name: string; version: string; edition: string }>(),
} as const;

export type Queries = typeof QUERIES;
export type QueryName = keyof Queries;
export type ParamsOf<N extends QueryName> = NonNullable<Queries[N]['types']>['params'];
export type RowOf<N extends QueryName> = NonNullable<Queries[N]['types']>['row'];
