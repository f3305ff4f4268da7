import DataLoader from 'dataloader';
import { assessClaims, originOf, refreshStaleVerdicts, type Assessment } from '../analysis';
import type { Database, RowOf } from '../graph';
import { aliasKey } from '../model';
import { toClaim, type ClaimNode, type DocumentNode, type SourceNode, type StatementNode } from './model';

/**
 * One loader per kind of lookup, made for each request: every `load` in the same tick becomes one query
 * with all the ids, so a page of claims with their sides and statements costs a few queries, however
 * long the page. Results are cached for the request only; the service itself keeps nothing.
 */
export function createLoaders(db: Database) {
  /** A loader over a query that returns one row per id found, with that id; `convert` shapes the row. */
  const byId = <R extends { id: string }, T>(find: (ids: string[]) => Promise<R[]>, convert: (row: R) => T) =>
    new DataLoader<string, T | null>(async (ids) => {
      const found = new Map((await find([...ids])).map((row) => [row.id, convert(row)]));
      return ids.map((id) => found.get(id) ?? null);
    });
  const same = <T>(row: T) => row;

  let freshVerdicts: Promise<number> | undefined;
  const statementPages = new Map<string, DataLoader<string, RowOf<'findSourceStatementPages'> | null>>();
  return {
    claims: byId((ids) => db.read('findClaimsByIds', { ids }), toClaim),
    /** Each claim's sides (current positions) and every statement on it, superseded ones included. */
    claimSides: byId((ids) => db.read('findClaimSides', { ids }), same),
    sources: byId((ids) => db.read('findSourcesByIds', { ids }), same),
    sourceClaims: byId((ids) => db.read('findSourceClaims', { ids }), same),
    statements: byId((ids) => db.read('findStatementsByIds', { ids }), same),
    statementStances: byId(
      (ids) => db.read('findStatementStances', { ids }),
      (row) => row.stances,
    ),
    documents: byId((ids) => db.read('findDocumentsByIds', { ids }), same),
    claimConflicts: byId(
      (ids) => db.read('findClaimConflicts', { ids }),
      (row) => row.conflicts,
    ),
    suggestions: byId((ids) => db.read('findSuggestionsByIds', { ids }), same),
    /** The claim a draft's provisional claim id joined, for `claim(id)` with that id. */
    joinedClaims: byId(
      (ids) => db.read('findJoinedClaims', { ids }),
      (row) => row.claimId,
    ),
    /** The claim that a merge took each claim id into. */
    mergedClaims: byId(
      (ids) => db.read('findMergedClaims', { ids }),
      (row) => row.claimId,
    ),
    /** The open suggestions each source or claim is in. */
    suggestionsOf: byId(
      (ids) => db.read('findOpenSuggestionsOf', { ids }),
      (row) => row.suggestionIds,
    ),
    /** Each claim's verdict, worked out now from the graph as it is. */
    assessments: new DataLoader<string, Assessment | null>(async (ids) => {
      const found = await db.readTransaction('claims: assess', (tx) => assessClaims(tx, [...ids]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** The origin each source's statements count for. */
    origins: byId(
      (ids) => db.read('findSourcePlaces', { ids }),
      (row) => originOf(row.id, new Map(row.places.map((p) => [p.id, p]))),
    ),
    questions: new DataLoader<string, RowOf<'findQuestionsByKeys'> | null>(async (keys) => {
      const rows = await db.read('findQuestionsByKeys', { keys: [...keys] });
      const found = new Map(rows.map((row) => [row.key, row]));
      return keys.map((key) => found.get(key) ?? null);
    }),
    /** A source id for an id or alias, compared as alias keys are (case and diacritics folded). */
    sourceIdByName: new DataLoader<string, string | null>(async (names) => {
      const keys = names.map(aliasKey);
      const rows = await db.read('findSourcesByAliasKeys', { keys: [...new Set(keys)] });
      const found = new Map(rows.map((row) => [row.key, row.sourceId]));
      return keys.map((key) => found.get(key) ?? null);
    }),
    /** Stale stored verdicts brought up to date, once per request, before anything reads them. */
    freshVerdicts: () => (freshVerdicts ??= refreshStaleVerdicts(db)),
    /** Pages of each source's statements; sources asked for the same page share one query. */
    sourceStatementPage(first: number, after: string | null) {
      const args = JSON.stringify([first, after]);
      let loader = statementPages.get(args);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const rows = await db.read('findSourceStatementPages', { ids: [...ids], first, after });
          const found = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => found.get(id) ?? null);
        });
        statementPages.set(args, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type { ClaimNode, DocumentNode, SourceNode, StatementNode };
