import type { RowOf } from '../graph';
import type { Stance } from '../model';

/**
 * What the resolvers pass down as parents: the stored properties in the API's shape, with related nodes as
 * ids that the loaders resolve only when a query asks for them.
 */
export interface ClaimNode {
  id: string;
  text: string;
  /** The verdict stored when the claim's sides last changed (the live one is Claim.verdict). */
  status: string | null;
  question: { key: string; text: string } | null;
  quantity: {
    value: number | null;
    min: number | null;
    max: number | null;
    approx: boolean;
    unit: string | null;
  } | null;
}

export interface SourceNode {
  id: string;
  name: string;
  type: string;
  role: string | null;
  affiliation: string | null;
  aliases: string[];
  reliability: string | null;
  memberOfIds: string[];
  speaksForId: string | null;
}

export interface StatementNode {
  id: string;
  quote: string | null;
  cue: string | null;
  direct: boolean;
  channel: string | null;
  span: { start: number; end: number } | null;
  saidAt: string | null;
  sourceId: string;
  documentId: string;
  viaIds: string[];
}

export interface DocumentNode {
  id: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
  text: string | null;
  statementIds: string[];
}

export interface StatementStanceNode {
  claimId: string;
  stance: Stance;
  derived: boolean;
  reason: string | null;
}

type Props = Record<string, unknown>;
const text = (props: Props, key: string): string | null =>
  typeof props[key] === 'string' ? props[key] : null;
const number = (props: Props, key: string): number | null =>
  typeof props[key] === 'number' ? props[key] : null;

export function toClaim({ claim, question }: RowOf<'findClaimsByIds'>): ClaimNode {
  const hasQuantity = ['quantityValue', 'quantityMin', 'quantityMax'].some((k) => claim[k] !== undefined);
  return {
    id: claim.id as string,
    text: claim.text as string,
    status: text(claim, 'status'),
    question,
    quantity: hasQuantity
      ? {
          value: number(claim, 'quantityValue'),
          min: number(claim, 'quantityMin'),
          max: number(claim, 'quantityMax'),
          approx: claim.quantityApprox === true,
          unit: text(claim, 'quantityUnit'),
        }
      : null,
  };
}

export function toSource({ source, memberOf, speaksFor }: RowOf<'findSourcesByIds'>): SourceNode {
  return {
    id: source.id as string,
    name: source.name as string,
    type: source.type as string,
    role: text(source, 'role'),
    affiliation: text(source, 'affiliation'),
    aliases: (source.aliases as string[] | undefined) ?? [],
    reliability: text(source, 'reliability'),
    memberOfIds: memberOf,
    speaksForId: speaksFor,
  };
}

export function toStatement({
  statement,
  sourceId,
  documentId,
  via,
}: RowOf<'findStatementsByIds'>): StatementNode {
  const start = number(statement, 'spanStart');
  const end = number(statement, 'spanEnd');
  return {
    id: statement.id as string,
    quote: text(statement, 'quote'),
    cue: text(statement, 'cue'),
    direct: statement.direct === true,
    channel: text(statement, 'channel'),
    span: start === null || end === null ? null : { start, end },
    saidAt: text(statement, 'saidAt'),
    sourceId,
    documentId,
    viaIds: via,
  };
}

export function toDocument({ document, statementIds }: RowOf<'findDocumentsByIds'>): DocumentNode {
  return {
    id: document.id as string,
    title: text(document, 'title'),
    publisher: text(document, 'publisher'),
    url: text(document, 'url'),
    publishedAt: text(document, 'publishedAt'),
    language: text(document, 'language'),
    text: text(document, 'text'),
    statementIds,
  };
}
