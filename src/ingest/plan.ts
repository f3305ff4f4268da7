import type { Stance } from './bundle';

/** What one valid bundle writes, with every reference resolved to a canonical id. */
export interface BundlePlan {
  document: DocumentRow;
  sources: SourceRow[];
  aliases: AliasRow[];
  memberships: MembershipRow[];
  spokesmen: EdgeRow[];
  claims: ClaimRow[];
  claimSupports: EdgeRow[];
  claimContradictions: EdgeRow[];
  statements: StatementRow[];
}

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

/** Only the fields that are given: Neo4j stores no nulls, and an absent field must not erase a stored one. */
export function definedFields<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null)) as T;
}

export const definedProps = (fields: Record<string, unknown>): Props => definedFields(fields) as Props;
