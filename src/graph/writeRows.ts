import type { Stance } from '../model';

// The rows that the ingest's writes take (cypher/ingest/merge*.cypher, createStatements.cypher): one per
// node or relationship, every reference resolved to a canonical id.

export type Props = Record<string, string | number | boolean | string[]>;

export interface DocumentRow {
  id: string;
  props: Props;
  /** Of the document and its statements as planned: equal hashes mean nothing of the document changes. */
  hash: string;
}

export interface SourceRow {
  id: string;
  props: Props;
  aliases: string[];
  memberOf: string[];
  speaksFor: string | null;
}

export interface AliasRow {
  key: string;
  name: string;
  sourceId: string;
}

export interface EdgeRow {
  from: string;
  to: string;
}

/** A membership, with its position in the source's memberOf list. */
export interface MembershipRow extends EdgeRow {
  order: number;
}

export interface ClaimRow {
  id: string;
  props: Props;
  questionKey: string | null;
  questionText: string | null;
  supports: string[];
  contradicts: string[];
}

export interface StatementRow {
  id: string;
  documentId: string;
  sourceId: string;
  props: Props;
  via: { id: string; order: number }[];
  stances: { claim: string; stance: Stance }[];
  hash: string;
}
