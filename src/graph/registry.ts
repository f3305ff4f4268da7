import type { Reliability, Stance, WriteOutcome } from '../model';
import type {
  AliasRow,
  ClaimRow,
  DocumentRow,
  EdgeRow,
  MembershipRow,
  SourceRow,
  StatementRow,
} from './writeRows';

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
/** A node's properties as stored. */
type StoredProps = Record<string, unknown>;
type Rows<R> = { rows: R[] };
/** How many rows a write found its nodes for and wrote. */
type Written = { written: number };

type Ids = { ids: string[] };
/** One side of a claim, as cypher/fragments/claimSides.cypher works it out. */
export interface SideRow {
  sourceId: string;
  stance: Stance;
  derived: boolean;
  reason: string | null;
  statementIds: string[];
}
/** Where a claim sorts, in either order a claim list offers. */
export interface ClaimSortKey {
  id: string;
  contest: number;
  origins: number;
}
/** A source and what lies above it, for finding origins (cypher/fragments/placesAbove.cypher). */
export interface SourcePlaceRow {
  id: string;
  name: string;
  reliability: Reliability | null;
  speaksFor: string | null;
  memberOf: string[];
}
/** One mutation call as the audit log keeps it. */
interface AuditEntryRow {
  id: string;
  /** ISO 8601, UTC, to the millisecond: strings of one length that sort as the times do. */
  at: string;
  keyName: string;
  operation: string;
  arguments: string;
  outcome: string;
}
/** A page of ids in order: one more than asked for when there is a next page. */
type IdPage = { totalCount: number; ids: string[] };

export const QUERIES = {
  // health
  ping: query<None, { ok: number }>(),
  findServerInfo: query<None, { name: string; version: string; edition: string }>(),

  // ingest: what is already known, checked before any write
  findSourcesByAliasKeys: query<
    { keys: string[] },
    { key: string; sourceId: string; mergedFrom: string | null }
  >('keys'),
  findExistingClaims: query<{ ids: string[] }, { id: string }>('ids'),
  findSourceAncestry: query<
    { ids: string[] },
    { from: string; to: string; type: 'MEMBER_OF' | 'SPEAKS_FOR' }
  >('ids'),
  findStatementDocuments: query<{ ids: string[] }, { id: string; documentId: string }>('ids'),
  findDocumentStates: query<
    { ids: string[] },
    { id: string; hash: string; statements: { id: string; hash: string }[] }
  >('ids'),
  countDocuments: query<None, { count: number }>(),

  // ingest: the writes of a batch of valid bundles
  mergeDocuments: query<Rows<DocumentRow>, never>('rows'),
  mergeSources: query<Rows<SourceRow>, { id: string; status: WriteOutcome }>('rows'),
  mergeAliases: query<Rows<AliasRow>, Written>('rows'),
  mergeMemberships: query<Rows<MembershipRow>, Written>('rows'),
  replaceSpokesmen: query<Rows<EdgeRow>, Written>('rows'),
  mergeClaims: query<Rows<ClaimRow>, { id: string; status: WriteOutcome }>('rows'),
  mergeClaimSupports: query<Rows<EdgeRow>, Written>('rows'),
  mergeClaimContradictions: query<Rows<EdgeRow>, Written>('rows'),
  deleteDocumentStatements: query<{ documentIds: string[] }, { claimIds: string[] }>('documentIds'),
  createStatements: query<Rows<StatementRow>, Written & { incomplete: number }>('rows'),

  // export: documents back as bundles
  findDocumentForExport: query<
    { id: string },
    {
      document: StoredProps;
      statements: (StoredProps & {
        via: { id: string; order: number }[];
        stances: { claim: string; stance: Stance }[];
      })[];
      speakerIds: string[];
    }
  >('id'),
  findSourcesForExport: query<
    { ids: string[] },
    { source: StoredProps; memberOf: { id: string; order: number }[]; speaksFor: string | null }
  >('ids'),
  findClaimsForExport: query<
    { ids: string[] },
    { claim: StoredProps; supports: string[]; contradicts: string[] }
  >('ids'),

  // claims, for the API
  findClaimsByIds: query<
    Ids,
    { id: string; claim: StoredProps; question: { key: string; text: string } | null }
  >('ids'),
  findClaimSides: query<Ids, { id: string; sides: SideRow[] }>('ids'),
  findClaimPage: query<
    {
      first: number;
      after: ClaimSortKey | null;
      orderBy: 'ID' | 'MOST_CONTESTED';
      textQuery: string | null;
      questionKey: string | null;
      sourceId: string | null;
      status: string | null;
      contested: boolean | null;
    },
    { totalCount: number; keys: ClaimSortKey[] }
  >('first', 'after', 'orderBy', 'textQuery', 'questionKey', 'sourceId', 'status', 'contested'),
  findAgreement: query<
    { a: string; b: string },
    { bothSupport: string[]; bothContradict: string[]; opposed: string[] }
  >('a', 'b'),

  // sources, for the API
  findSourcesByIds: query<
    Ids,
    { id: string; source: StoredProps; memberOf: string[]; speaksFor: string | null }
  >('ids'),
  findSourcePage: query<
    {
      first: number;
      after: string | null;
      nameQuery: string | null;
      type: string | null;
      affiliation: string | null;
    },
    IdPage
  >('first', 'after', 'nameQuery', 'type', 'affiliation'),
  findSourceClaims: query<Ids, { id: string; supports: string[]; contradicts: string[] }>('ids'),
  findSourceStatementPages: query<Ids & { first: number; after: string | null }, IdPage & { id: string }>(
    'ids',
    'first',
    'after',
  ),

  // statements and documents, for the API
  findStatementsByIds: query<
    Ids,
    { id: string; statement: StoredProps; sourceId: string; documentId: string; via: string[] }
  >('ids'),
  findStatementStances: query<
    Ids,
    { id: string; stances: { claimId: string; stance: Stance; derived: boolean; reason: string | null }[] }
  >('ids'),
  findDocumentsByIds: query<Ids, { id: string; document: StoredProps; statementIds: string[] }>('ids'),

  // search
  searchText: query<
    { query: string; first: number },
    { kind: 'claim' | 'source' | 'statement'; id: string; score: number }
  >('query', 'first'),

  // analysis: figures, relations between claims and verdicts, kept up to date as data is written
  findQuestionFigures: query<
    { claimIds: string[] },
    {
      key: string;
      figures: {
        claimId: string;
        value: number | null;
        min: number | null;
        max: number | null;
        approx: boolean | null;
        unit: string | null;
      }[];
    }
  >('claimIds'),
  replaceFigureRelations: query<
    {
      keys: string[];
      claimIds: string[];
      rows: { from: string; to: string; kind: 'CONFLICTS' | 'SUPPORTS'; reason: string }[];
    },
    Written & { endpoints: string[] }
  >('claimIds', 'keys', 'rows'),
  markStaleClaims: query<{ claimIds: string[]; sourceIds: string[] }, { marked: number }>(
    'claimIds',
    'sourceIds',
  ),
  findStaleClaims: query<{ limit: number }, { id: string }>('limit'),
  markUnanalysedClaims: query<None, { marked: number }>(),
  findStandingInputs: query<Ids, { id: string; sides: SideRow[]; places: SourcePlaceRow[] }>('ids'),
  findSourcePlaces: query<Ids, { id: string; places: SourcePlaceRow[] }>('ids'),
  setClaimStandings: query<
    {
      rows: {
        id: string;
        status: string;
        credibility: number;
        score: number;
        contest: number;
        origins: number;
      }[];
    },
    Written
  >('rows'),
  findClaimConflicts: query<Ids, { id: string; conflicts: { claimId: string; reason: string }[] }>('ids'),
  findQuestionsByKeys: query<{ keys: string[] }, { key: string; text: string; claimIds: string[] }>('keys'),
  findQuestionPage: query<{ first: number; after: string | null }, IdPage>('first', 'after'),
  findAllClaimIds: query<None, { id: string }>(),

  // curation: the admin mutations, each in one write transaction
  rateSource: query<
    { id: string; reliability: Reliability; ratedBy: string; ratedAt: string },
    { previous: Reliability | null }
  >('id', 'reliability', 'ratedBy', 'ratedAt'),
  foldSourceInto: query<
    { keep: string; merge: string; aliases: string[]; nameAlias: { key: string; name: string } | null },
    {
      aliases: number;
      statements: number;
      relayed: number;
      memberOf: number;
      members: number;
      speaksFor: number;
      spokesmen: number;
      cycle: boolean;
    }
  >('keep', 'merge', 'aliases', 'nameAlias'),
  deleteDocument: query<{ id: string }, { deleted: number }>('id'),

  // audit: one entry per mutation call, read newest first
  createAuditEntry: query<AuditEntryRow, never>('id', 'at', 'keyName', 'operation', 'arguments', 'outcome'),
  findAuditPage: query<{ first: number; after: { at: string; id: string } | null }, { entry: AuditEntryRow }>(
    'first',
    'after',
  ),
} as const;

export type Queries = typeof QUERIES;
export type QueryName = keyof Queries;
export type ParamsOf<N extends QueryName> = NonNullable<Queries[N]['types']>['params'];
export type RowOf<N extends QueryName> = NonNullable<Queries[N]['types']>['row'];
