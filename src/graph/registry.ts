import { z } from 'zod';
import { SOURCE_TYPES } from '../model';
import * as row from './rows';

/**
 * The registry of named queries: for each file in cypher/ (by file name), how many rows it returns, the
 * parameters it takes and the row it returns, as zod schemas. Start-up checks each file's `:one`, `:many`
 * or `:exec` header and its `$parameters` against its entry (database.ts, checkedQueries), so that a file
 * and its registration cannot drift apart; tests/integration/graph/queryRows.test.ts runs every query and
 * checks its rows against the schema. The executor returns a row (or undefined) for `:one`, a list for
 * `:many` and nothing for `:exec`.
 */
export type Arity = 'one' | 'many' | 'exec';

export interface QuerySpec<A extends Arity, P extends z.ZodRawShape, R extends z.ZodType> {
  arity: A;
  params: z.ZodObject<P>;
  row: R;
}

const spec =
  <A extends Arity>(arity: A) =>
  <P extends z.ZodRawShape, R extends z.ZodType>(params: P, row: R): QuerySpec<A, P, R> => ({
    arity,
    params: z.strictObject(params),
    row,
  });
const one = spec('one');
const many = spec('many');
const exec = <P extends z.ZodRawShape>(params: P) => spec('exec')(params, z.never());

const { text } = row;
const count = z.number().int();
const ids = z.array(text);
const nullable = <T extends z.ZodType>(type: T) => type.nullable();
const record = z.strictObject;
const rows = <T extends z.ZodType>(type: T) => ({ rows: z.array(type) });
const byIds = { ids };
const none = {};

export const QUERIES = {
  // health
  ping: one(none, record({ ok: count })),
  findServerInfo: one(none, record({ name: text, version: text, edition: text })),

  // ingest: what is already known, checked before any write
  findSourcesByAliasKeys: many(
    { keys: ids },
    record({ key: text, sourceId: text, mergedFrom: nullable(text) }),
  ),
  findExistingClaims: many(byIds, record({ id: text })),
  findSourceAncestry: many(
    byIds,
    record({ from: text, to: text, type: z.enum(['MEMBER_OF', 'SPEAKS_FOR']) }),
  ),
  findStatementDocuments: many(byIds, record({ id: text, documentId: text })),
  findDocumentStates: many(
    byIds,
    record({ id: text, hash: text, statements: z.array(record({ id: text, hash: text })) }),
  ),
  countDocuments: one(none, record({ count })),

  // ingest: the writes of a batch of valid bundles; sources and claims say what they held before
  writeDocuments: exec(rows(row.documentRow)),
  writeSources: many(rows(row.sourceRow), record({ id: text, before: nullable(row.storedSource) })),
  writeAliases: one(rows(row.aliasRow), row.written),
  writeMemberships: one(rows(row.membershipRow), row.written),
  replaceSpokesmen: one(rows(row.edgeRow), row.written),
  writeClaims: many(rows(row.claimRow), record({ id: text, before: nullable(row.storedClaim) })),
  writeClaimSupports: one(rows(row.edgeRow), row.written),
  writeClaimContradictions: one(rows(row.edgeRow), row.written),
  deleteDocumentStatements: one({ documentIds: ids }, record({ claimIds: ids, sourceIds: ids })),
  createStatements: one(rows(row.statementRow), record({ written: count, incomplete: count })),

  // resolution: what provisional items of drafts may be, and what they became
  findResolutions: many({ keys: ids }, record({ key: text, nodeId: text, joined: z.boolean() })),
  findSourceCandidates: many(
    { queries: z.array(record({ ref: text, query: text })) },
    record({
      id: text,
      name: text,
      aliases: ids,
      type: z.enum(SOURCE_TYPES),
      role: nullable(text),
      story: ids,
    }),
  ),
  findQuestionCandidates: many({ whats: ids }, record({ key: text, text })),
  findClaimCandidates: many(
    { questionKeys: ids, texts: z.array(record({ ref: text, query: text })) },
    record({
      id: text,
      text,
      quantity: row.quantityColumns,
      question: nullable(text),
      occurredAt: nullable(text),
      story: ids,
    }),
  ),
  writeResolutions: one(rows(row.resolutionRow), row.written),
  findSuggestionPage: one(
    {
      first: count,
      after: nullable(text),
      kind: nullable(row.matchKind),
      status: row.suggestionStatus,
    },
    row.idPage,
  ),
  findSuggestionsByIds: many(
    byIds,
    record({
      id: text,
      kind: row.matchKind,
      status: row.suggestionStatus,
      score: z.number(),
      reasons: ids,
      aliases: ids,
      itemId: text,
      candidateId: text,
      createdAt: text,
    }),
  ),
  findOpenSuggestionsOf: many(byIds, record({ id: text, suggestionIds: ids })),
  findJoinedClaims: many(byIds, record({ id: text, claimId: text })),
  findMergedClaims: many(byIds, record({ id: text, claimId: text })),
  lockResolution: one(none, record({ id: text })),
  findSourcesWithoutSounds: many(
    { after: text, limit: count },
    record({ id: text, name: text, aliases: ids }),
  ),
  findQuestionsWithoutWhat: many({ after: text, limit: count }, record({ key: text, text })),
  writeResolutionKeys: one(
    {
      sources: z.array(record({ id: text, sounds: text })),
      questions: z.array(record({ key: text, what: text })),
    },
    row.written,
  ),
  countResolutions: one(none, record({ items: count, joined: count, suggestions: count })),
  decideSuggestion: one(
    { id: text, status: z.enum(['CONFIRMED', 'REJECTED']), decidedBy: text, decidedAt: text },
    record({ id: text }),
  ),
  writeSuggestions: one(rows(row.suggestionRow), row.written),

  // export: documents back as bundles
  findDocumentForExport: one(
    { id: text },
    record({
      document: record(row.documentFields),
      statements: z.array(
        record({
          ...row.statementFields,
          speakerAsWritten: text,
          revises: nullable(z.boolean()),
          via: ids,
          stances: z.array(record({ claim: text, stance: row.stance })),
          retracts: ids,
        }),
      ),
      speakerIds: ids,
    }),
  ),
  findSourcesForExport: many(
    byIds,
    record({ ...row.sourceFields, memberOf: ids, speaksFor: nullable(text) }),
  ),
  findClaimsForExport: many(
    byIds,
    record({
      id: text,
      text,
      question: nullable(text),
      quantity: row.quantityColumns,
      about: nullable(ids),
      occurredAt: nullable(text),
      supports: ids,
      contradicts: ids,
    }),
  ),

  // claims, for the API
  findClaimsByIds: many(
    byIds,
    record({
      id: text,
      text,
      /** The verdict stored when the claim's sides last changed (the live one is Claim.verdict). */
      status: nullable(row.verdictStatus),
      question: nullable(record({ key: text, text })),
      quantity: row.quantityColumns,
    }),
  ),
  findClaimSides: many(byIds, record({ id: text, sides: z.array(row.side), statementIds: ids })),
  findClaimPage: one(
    {
      first: count,
      after: nullable(row.claimSortKey),
      orderBy: z.enum(['ID', 'MOST_CONTESTED']),
      textQuery: nullable(text),
      questionKey: nullable(text),
      sourceId: nullable(text),
      status: nullable(row.verdictStatus),
      contested: nullable(z.boolean()),
    },
    record({ totalCount: count, keys: z.array(row.claimSortKey) }),
  ),
  findAgreement: one({ a: text, b: text }, record({ bothSupport: ids, bothContradict: ids, opposed: ids })),

  // sources, for the API
  findSourcesByIds: many(
    byIds,
    record({ ...row.sourceFields, memberOfIds: ids, speaksForId: nullable(text) }),
  ),
  findSourcePage: one(
    {
      first: count,
      after: nullable(text),
      nameQuery: nullable(text),
      type: nullable(text),
      affiliation: nullable(text),
    },
    row.idPage,
  ),
  findSourceClaims: many(byIds, record({ id: text, supports: ids, contradicts: ids })),
  findSourceStatementPages: many(
    { ids, first: count, after: nullable(text) },
    record({ id: text, totalCount: count, ids }),
  ),

  // statements and documents, for the API
  findStatementsByIds: many(
    byIds,
    record({
      ...row.statementFields,
      sourceId: text,
      documentId: text,
      viaIds: ids,
      at: nullable(text),
      supersededBy: nullable(record({ id: text, reason: text })),
      supersedesIds: ids,
      revises: z.boolean(),
      retractIds: ids,
    }),
  ),
  findStatementStances: many(
    byIds,
    record({
      id: text,
      stances: z.array(
        record({ claimId: text, stance: row.stance, derived: z.boolean(), reason: nullable(text) }),
      ),
    }),
  ),
  findDocumentsByIds: many(byIds, record({ ...row.documentFields, statementIds: ids })),

  // search
  searchText: many(
    { query: text, first: count },
    record({ kind: z.enum(['claim', 'source', 'statement']), id: text, score: z.number() }),
  ),

  // analysis: figures, relations between claims and verdicts, kept up to date as data is written
  findQuestionFigures: many(
    { claimIds: ids },
    record({ key: text, figures: z.array(record({ claimId: text, quantity: row.quantityColumns })) }),
  ),
  replaceFigureRelations: one(
    {
      keys: ids,
      claimIds: ids,
      rows: z.array(record({ from: text, to: text, kind: z.enum(['CONFLICTS', 'SUPPORTS']), reason: text })),
    },
    record({ written: count, endpoints: ids }),
  ),
  markStaleClaims: one({ claimIds: ids, sourceIds: ids }, record({ marked: count })),
  findVoiceStatements: many(
    { sourceIds: ids },
    record({
      voice: text,
      statements: z.array(
        record({
          id: text,
          at: nullable(text),
          revises: z.boolean(),
          retracts: ids,
          stances: z.array(
            record({
              claimId: text,
              stance: row.stance,
              question: nullable(text),
              quantity: row.quantityColumns,
            }),
          ),
        }),
      ),
    }),
  ),
  replaceSupersessions: one(
    {
      statementIds: ids,
      rows: z.array(record({ later: text, earlier: text, claims: ids, reason: text })),
    },
    record({ written: count }),
  ),
  findStaleClaims: many({ limit: count }, record({ id: text })),
  markUnanalysedClaims: one(none, record({ marked: count })),
  findStandingInputs: many(byIds, record({ id: text, sides: z.array(row.side), places: z.array(row.place) })),
  findSourcePlaces: many(byIds, record({ id: text, places: z.array(row.place) })),
  setClaimStandings: one(
    {
      rows: z.array(
        record({
          id: text,
          status: row.verdictStatus,
          credibility: count,
          score: z.number(),
          contest: z.number(),
          origins: count,
        }),
      ),
    },
    row.written,
  ),
  findClaimConflicts: many(
    byIds,
    record({ id: text, conflicts: z.array(record({ claimId: text, reason: text })) }),
  ),
  findQuestionsByKeys: many({ keys: ids }, record({ key: text, text, claimIds: ids })),
  findQuestionPage: one({ first: count, after: nullable(text) }, row.idPage),
  findQuestionPositions: many(
    { key: text },
    record({
      statementId: text,
      voiceId: text,
      at: nullable(text),
      claimId: text,
      kind: z.enum(['SUPPORTS', 'RETRACTS']),
      quantity: row.quantityColumns,
      superseded: z.boolean(),
    }),
  ),
  findAllClaimIds: many(none, record({ id: text })),
  findAllSourceIds: many(none, record({ id: text })),

  // curation: the admin mutations, each in one write transaction
  rateSource: one(
    { id: text, reliability: row.reliability, ratedBy: text, ratedAt: text },
    record({ previous: nullable(row.reliability) }),
  ),
  foldSourceInto: one(
    {
      keep: text,
      merge: text,
      aliases: ids,
      nameAlias: nullable(record({ key: text, name: text })),
    },
    record({
      aliases: count,
      statements: count,
      relayed: count,
      memberOf: count,
      members: count,
      speaksFor: count,
      spokesmen: count,
      cycle: z.boolean(),
    }),
  ),
  deleteDocument: one({ id: text }, record({ deleted: count })),
  foldClaimInto: one(
    { keep: text, merge: text },
    record({
      stances: count,
      relations: count,
      questionTaken: z.boolean(),
      resolutions: count,
      suggestions: count,
      bothSidesStatements: ids,
      bothSidesClaims: ids,
      related: ids,
      questionClaims: ids,
      speakers: ids,
    }),
  ),
  findMergeRelations: one(
    { kind: row.mergeKind, keep: text, merge: text },
    record({
      node: row.properties,
      relations: z.array(row.mergeRelation),
      resolutions: ids,
      suggestions: z.array(row.mergedSuggestion),
    }),
  ),
  writeMerge: one(
    { id: text, kind: row.mergeKind, keptId: text, mergedId: text, at: text, by: text, record: text },
    record({ id: text }),
  ),
  findMergeOf: one(
    { kind: row.mergeKind, id: text },
    record({ id: text, keptId: text, holderId: text, record: text, at: text }),
  ),
  restoreMerged: one(
    {
      kind: row.mergeKind,
      label: z.enum(['Source', 'Claim']),
      holderId: text,
      mergeId: text,
      properties: row.properties,
      holderProperties: row.properties,
      relations: z.array(row.mergeRelation),
      resolutions: ids,
      suggestions: z.array(row.mergedSuggestion),
      reopen: nullable(text),
      dropAliases: ids,
    },
    record({ restored: count, gone: count, speakers: ids }),
  ),

  // audit: one entry per mutation call, read newest first
  createAuditEntry: exec(row.auditEntry.shape),
  findAuditPage: many(
    { first: count, after: nullable(record({ at: text, id: text })) },
    record({ entry: row.auditEntry }),
  ),
} as const;

export type Queries = typeof QUERIES;
export type QueryName = keyof Queries;
export type ParamsOf<N extends QueryName> = z.infer<Queries[N]['params']>;
export type RowOf<N extends QueryName> = z.infer<Queries[N]['row']>;
/** What running the query gives: a row or undefined (`:one`), a list (`:many`), nothing (`:exec`). */
export type ResultOf<N extends QueryName> = Queries[N]['arity'] extends 'one'
  ? RowOf<N> | undefined
  : Queries[N]['arity'] extends 'many'
    ? RowOf<N>[]
    : void;
