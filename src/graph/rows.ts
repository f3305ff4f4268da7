import { z } from 'zod';
import {
  AFFILIATIONS,
  MATCH_KINDS,
  MERGE_KINDS,
  RELIABILITIES,
  SOURCE_TYPES,
  STANCES,
  SUGGESTION_STATUSES,
  VERDICT_STATUSES,
} from '../model';

// The shapes that queries take and return, each written once as a zod schema: the compiler reads its type
// (z.infer), and tests/integration/graph/queryRows.test.ts checks every query's real rows against it. Read
// projections carry the names the API and the export use, so that rows pass through without conversion.

export const text = z.string();
const count = z.number().int();
const ids = z.array(text);
const nullable = <T extends z.ZodType>(type: T) => type.nullable();

export const stance = z.enum(STANCES);
export const reliability = z.enum(RELIABILITIES);
export const verdictStatus = z.enum(VERDICT_STATUSES);

// ---- what the ingest writes: one row per node or relationship, every reference a canonical id ----------

/** A node's properties as written: only the fields given (Neo4j stores no nulls). */
export const props = z.record(text, z.union([text, z.number(), z.boolean(), ids]));

export const documentRow = z.strictObject({
  id: text,
  props,
  /** Of the document and its statements as planned: equal hashes mean nothing of the document changes. */
  hash: text,
});

export const sourceRow = z.strictObject({
  id: text,
  props,
  aliases: ids,
  memberOf: ids,
  speaksFor: nullable(text),
  /** The sounds of its names' words (src/resolve/names.ts), added to those stored, for finding it by them. */
  sounds: text,
});

export const aliasRow = z.strictObject({ key: text, name: text, sourceId: text });

export const edgeRow = z.strictObject({ from: text, to: text });

/** A membership, with its position in the source's memberOf list. */
export const membershipRow = z.strictObject({ from: text, to: text, order: count });

export const claimRow = z.strictObject({
  id: text,
  props,
  questionKey: nullable(text),
  questionText: nullable(text),
  /** What the question counts, for finding the questions that may be the same (src/resolve/questions.ts). */
  questionWhat: nullable(text),
  supports: ids,
  contradicts: ids,
});

export const statementRow = z.strictObject({
  id: text,
  documentId: text,
  sourceId: text,
  props,
  via: z.array(z.strictObject({ id: text, order: count })),
  stances: z.array(z.strictObject({ claim: text, stance })),
  retracts: ids,
  hash: text,
});

export const matchKind = z.enum(MATCH_KINDS);
export const suggestionStatus = z.enum(SUGGESTION_STATUSES);

/** What one provisional item of a loaded document became (src/resolve/resolver.ts). */
export const resolutionRow = z.strictObject({
  key: text,
  kind: matchKind,
  documentId: text,
  provisionalId: text,
  nodeId: text,
  joined: z.boolean(),
  score: z.number(),
  reasons: ids,
});

/** A match between two items that resolution was not sure enough of to make. */
export const suggestionRow = z.strictObject({
  id: text,
  kind: matchKind,
  itemId: text,
  candidateId: text,
  score: z.number(),
  reasons: ids,
  aliases: ids,
  at: text,
});

export const mergeKind = z.enum(MERGE_KINDS);

/** A property value as Neo4j stores it, for records that keep a node's properties whatever they are. */
const propertyValue = z.union([text, z.number(), z.boolean(), z.array(text), z.array(z.number())]);
export const properties = z.record(z.string(), propertyValue);

/**
 * One relationship a merge moved or dropped, as its record keeps it for the undo
 * (cypher/curation/findMergeRelations.cypher says what each field means).
 */
export const mergeRelation = z.strictObject({
  end: z.enum(['MERGED', 'KEPT']),
  type: text,
  outgoing: z.boolean(),
  label: text,
  key: text,
  properties,
  otherProperties: nullable(properties),
  toKept: z.boolean(),
  moved: z.boolean(),
});

/** A suggested match that named the merged item, on which side. */
export const mergedSuggestion = z.strictObject({ id: text, item: z.boolean(), candidate: z.boolean() });

/** What undoing a merge needs, kept as JSON on its Merge node (src/api/merges.ts writes and reads it). */
export const mergeRecord = z.strictObject({
  /** The merged item's properties, as it was. */
  node: properties,
  relations: z.array(mergeRelation),
  /** Keys of the drafts' resolutions that named it. */
  resolutions: ids,
  suggestions: z.array(mergedSuggestion),
  /** The names the merge added to the kept source's alias list, and the alias nodes it made. */
  addedAliases: ids,
  createdAliases: ids,
  /** The suggested match whose confirmation made the merge. */
  confirmed: nullable(text),
});
export type MergeRecord = z.infer<typeof mergeRecord>;

/** How many rows a write found its nodes for and wrote. */
export const written = z.strictObject({ written: count });

// ---- what is stored, as read projections return it ------------------------------------------------------

/** A claim's figure as stored, one column per property (`claim {.quantityValue, ...}`): model's converter reads it. */
export const quantityColumns = z.strictObject({
  quantityValue: nullable(z.number()),
  quantityMin: nullable(z.number()),
  quantityMax: nullable(z.number()),
  quantityApprox: nullable(z.boolean()),
  quantityUnit: nullable(text),
});

/** A source's own fields: what a bundle gives, and an analyst's rating. */
export const sourceFields = {
  id: text,
  name: text,
  type: z.enum(SOURCE_TYPES),
  role: nullable(text),
  affiliation: nullable(z.enum(AFFILIATIONS)),
  reliability: nullable(reliability),
  aliases: ids,
};

/** A statement's own fields, as the bundle gave them (absent ones null). */
export const statementFields = {
  id: text,
  quote: nullable(text),
  cue: nullable(text),
  direct: nullable(z.boolean()),
  channel: nullable(text),
  span: nullable(z.strictObject({ start: count, end: count })),
  saidAt: nullable(text),
};

/** A document's own fields. */
export const documentFields = {
  id: text,
  title: nullable(text),
  publisher: nullable(text),
  url: nullable(text),
  publishedAt: nullable(text),
  language: nullable(text),
  text: nullable(text),
};

/**
 * What a source or claim held before a write, for telling what the write changed (ingest/writeOutcomes.ts):
 * `props` holds every property that a bundle may set, null where none is stored.
 */
export const storedSource = z.strictObject({
  props: z.strictObject({
    id: text,
    name: nullable(text),
    type: nullable(text),
    role: nullable(text),
    affiliation: nullable(text),
    reliability: nullable(text),
  }),
  /** An analyst rated it (setSourceReliability): a bundle's reliability neither changes it nor counts. */
  rated: z.boolean(),
  aliases: ids,
  memberOf: ids,
  speaksFor: nullable(text),
});
export const storedClaim = z.strictObject({
  props: z.strictObject({
    id: text,
    text: nullable(text),
    question: nullable(text),
    ...quantityColumns.shape,
    about: nullable(ids),
    occurredAt: nullable(text),
  }),
  supports: ids,
  contradicts: ids,
});

/** One side of a claim, as cypher/fragments/claimSides.cypher works it out. */
export const side = z.strictObject({
  sourceId: text,
  stance,
  derived: z.boolean(),
  reason: nullable(text),
  statementIds: ids,
});

/** A source and what lies above it, for finding origins (cypher/fragments/placesAbove.cypher). */
export const place = z.strictObject({
  id: text,
  name: text,
  reliability: nullable(reliability),
  speaksFor: nullable(text),
  memberOf: ids,
});

/** Where a claim sorts, in either order a claim list offers. */
export const claimSortKey = z.strictObject({ id: text, contest: z.number(), origins: count });

/** A page of ids in order: one more than asked for when there is a next page. */
export const idPage = z.strictObject({ totalCount: count, ids });

/** One mutation call as the audit log keeps it. */
export const auditEntry = z.strictObject({
  id: text,
  /** ISO 8601, UTC, to the millisecond: strings of one length that sort as the times do. */
  at: text,
  keyName: text,
  operation: text,
  arguments: text,
  outcome: text,
});

export type Props = z.infer<typeof props>;
export type DocumentRow = z.infer<typeof documentRow>;
export type SourceRow = z.infer<typeof sourceRow>;
export type AliasRow = z.infer<typeof aliasRow>;
export type EdgeRow = z.infer<typeof edgeRow>;
export type MembershipRow = z.infer<typeof membershipRow>;
export type ClaimRow = z.infer<typeof claimRow>;
export type StatementRow = z.infer<typeof statementRow>;
export type ResolutionRow = z.infer<typeof resolutionRow>;
export type SuggestionRow = z.infer<typeof suggestionRow>;
export type StoredSource = z.infer<typeof storedSource>;
export type StoredClaim = z.infer<typeof storedClaim>;
export type SideRow = z.infer<typeof side>;
export type SourcePlaceRow = z.infer<typeof place>;
export type ClaimSortKey = z.infer<typeof claimSortKey>;
