// The GraphQL the dashboard sends (schema/*.graphql), with the shapes of the answers it reads.
import type { QuantityFields, Reliability, VerdictStatus } from './format';

export interface Named {
  id: string;
  name: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: T }[];
}

const QUANTITY = 'quantity { value min max approx unit interval { low high } }';

// ---- claims list ----------------------------------------------------------------------------------------

export interface ClaimRow {
  id: string;
  text: string;
  question: { key: string; text: string } | null;
  quantity: QuantityFields | null;
  verdict: { status: VerdictStatus; credibility: number };
  supporters: { source: { id: string } }[];
  contradictors: { source: { id: string } }[];
}

export const CLAIMS = `query Claims($filter: ClaimFilter, $orderBy: ClaimOrder, $first: Int, $after: String) {
  claims(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id text question { key text } ${QUANTITY}
      verdict { status credibility }
      supporters { source { id } }
      contradictors { source { id } }
    } }
  }
}`;
export type ClaimsData = { claims: Connection<ClaimRow> };

export const FILTER_OPTIONS = `query FilterOptions($after: String, $questionsAfter: String) {
  sources(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id name } } }
  questions(first: 100, after: $questionsAfter) { pageInfo { hasNextPage endCursor } edges { node { key text } } }
}`;
export interface FilterOptionsData {
  sources: { pageInfo: PageInfo; edges: { node: Named }[] };
  questions: { pageInfo: PageInfo; edges: { node: { key: string; text: string } }[] };
}

// ---- one claim ------------------------------------------------------------------------------------------

export interface StatementView {
  id: string;
  quote: string | null;
  cue: string | null;
  direct: boolean;
  channel: string | null;
  saidAt: string | null;
  span: { start: number; end: number } | null;
  via: Named[];
  document: { id: string; title: string | null; publisher: string | null; publishedAt: string | null };
}

export interface SourceStanceView {
  source: Named & {
    role: string | null;
    affiliation: string | null;
    reliability: Reliability | null;
    speaksFor: Named | null;
  };
  derived: boolean;
  reason: string | null;
  statements: StatementView[];
}

export interface OriginView {
  key: string;
  source: Named & { reliability: Reliability | null };
  sources: Named[];
}

export interface QuestionClaim {
  id: string;
  text: string;
  quantity: QuantityFields | null;
  verdict: { status: VerdictStatus };
  supporters: { source: Named }[];
  contradictors: { source: Named }[];
}

export interface FigureRelation {
  a: { id: string };
  b: { id: string };
  kind: 'CONFLICTS' | 'SUPPORTS' | 'COMPATIBLE' | 'INCOMPARABLE';
  reason: string;
}

export interface ClaimView {
  id: string;
  text: string;
  quantity: QuantityFields | null;
  question: {
    key: string;
    text: string;
    claims: QuestionClaim[];
    relations: FigureRelation[];
  } | null;
  supporters: SourceStanceView[];
  contradictors: SourceStanceView[];
  verdict: {
    status: VerdictStatus;
    credibility: number;
    score: number;
    explanation: string;
    supportingOrigins: OriginView[];
    contradictingOrigins: OriginView[];
  };
  conflicts: { claim: { id: string; text: string }; reason: string }[];
}

export const CLAIM = `query Claim($id: ID!) {
  claim(id: $id) {
    id text ${QUANTITY}
    question {
      key text
      claims { id text ${QUANTITY} verdict { status } supporters { source { id name } } contradictors { source { id name } } }
      relations { a { id } b { id } kind reason }
    }
    supporters { ...side }
    contradictors { ...side }
    verdict {
      status credibility score explanation
      supportingOrigins { ...origin }
      contradictingOrigins { ...origin }
    }
    conflicts { claim { id text } reason }
  }
}
fragment side on SourceStance {
  source { id name role affiliation reliability speaksFor { id name } }
  derived reason
  statements {
    id quote cue direct channel saidAt span { start end } via { id name }
    document { id title publisher publishedAt }
  }
}
fragment origin on Origin { key source { id name reliability } sources { id name } }`;
export type ClaimData = { claim: ClaimView | null };

// ---- sources --------------------------------------------------------------------------------------------

export interface SourceRow extends Named {
  type: string;
  role: string | null;
  affiliation: string | null;
  reliability: Reliability | null;
  trackRecord: { supported: number; contested: number };
}

export const SOURCES = `query Sources($filter: SourceFilter, $first: Int, $after: String) {
  sources(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name type role affiliation reliability trackRecord { supported contested } } }
  }
}`;
export type SourcesData = { sources: Connection<SourceRow> };

export interface SourceStatement {
  id: string;
  quote: string | null;
  cue: string | null;
  direct: boolean;
  channel: string | null;
  saidAt: string | null;
  span: { start: number; end: number } | null;
  via: Named[];
  document: { id: string; title: string | null };
  stances: { claim: { id: string; text: string }; stance: 'SUPPORTS' | 'CONTRADICTS'; derived: boolean }[];
}

export interface SourceView extends Named {
  type: string;
  role: string | null;
  affiliation: string | null;
  aliases: string[];
  reliability: Reliability | null;
  memberOf: Named[];
  speaksFor: Named | null;
  origin: Named;
  trackRecord: { supported: number; corroborated: number; contested: number; singleSource: number };
  supports: { id: string; text: string; verdict: { status: VerdictStatus } }[];
  contradicts: { id: string; text: string; verdict: { status: VerdictStatus } }[];
  statements: Connection<SourceStatement>;
}

export const SOURCE = `query Source($id: ID!, $after: String) {
  source(id: $id) {
    id name type role affiliation aliases reliability
    memberOf { id name } speaksFor { id name } origin { id name }
    trackRecord { supported corroborated contested singleSource }
    supports { id text verdict { status } }
    contradicts { id text verdict { status } }
    statements(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node {
        id quote cue direct channel saidAt span { start end } via { id name } document { id title }
        stances { claim { id text } stance derived }
      } }
    }
  }
}`;
export type SourceData = { source: SourceView | null };

export const SET_RELIABILITY = `mutation SetReliability($id: ID!, $reliability: Reliability!) {
  setSourceReliability(id: $id, reliability: $reliability) { id reliability }
}`;

// ---- agreement ------------------------------------------------------------------------------------------

export const MATRIX_SOURCES = `query MatrixSources($first: Int) {
  sources(first: $first) { totalCount edges { node { id name supports { id } contradicts { id } } } }
}`;
export interface MatrixSourcesData {
  sources: {
    totalCount: number;
    edges: { node: Named & { supports: { id: string }[]; contradicts: { id: string }[] } }[];
  };
}

export interface AgreementView {
  bothSupport: { id: string; text: string }[];
  bothContradict: { id: string; text: string }[];
  opposed: { id: string; text: string }[];
}

/** One request asking agreement(a, b) for each pair, as aliases p0, p1, ... (at most 15 a request). */
export function agreementQuery(pairs: [string, string][], literal: (value: string) => string): string {
  const fields = pairs.map(
    ([a, b], i) =>
      `p${i}: agreement(a: ${literal(a)}, b: ${literal(b)}) { bothSupport { ...c } bothContradict { ...c } opposed { ...c } }`,
  );
  return `query Agreement {\n  ${fields.join('\n  ')}\n}\nfragment c on Claim { id text }`;
}

// ---- documents ------------------------------------------------------------------------------------------

export interface DocumentView {
  id: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  text: string | null;
  statements: {
    id: string;
    quote: string | null;
    cue: string | null;
    span: { start: number; end: number } | null;
    source: Named;
  }[];
}

export const DOCUMENT = `query Document($id: ID!) {
  document(id: $id) {
    id title publisher url publishedAt text
    statements { id quote cue span { start end } source { id name } }
  }
}`;
export type DocumentData = { document: DocumentView | null };

// ---- ingest ---------------------------------------------------------------------------------------------

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface IngestReport {
  dryRun: boolean;
  bundles: { read: number; loaded: number; rejected: number };
  documents: Tally;
  sources: Tally;
  claims: Tally;
  statements: Tally & { removed: number };
  errors: { bundle: number; path: string; message: string }[];
}

export const INGEST = `mutation Ingest($bundles: [JSON!]!, $dryRun: Boolean) {
  ingest(bundles: $bundles, dryRun: $dryRun) {
    dryRun
    bundles { read loaded rejected }
    documents { ...t } sources { ...t } claims { ...t }
    statements { created updated unchanged rejected removed }
    errors { bundle path message }
  }
}
fragment t on Tally { created updated unchanged rejected }`;
export type IngestData = { ingest: IngestReport };

// ---- graph ----------------------------------------------------------------------------------------------

export interface GraphClaim {
  id: string;
  text: string;
  verdict: {
    status: VerdictStatus;
    supportingOrigins: { key: string; source: Named; sources: Named[] }[];
    contradictingOrigins: { key: string; source: Named; sources: Named[] }[];
  };
  supporters: { source: Named; derived: boolean; statements: { id: string; via: Named[] }[] }[];
  contradictors: { source: Named; derived: boolean; statements: { id: string; via: Named[] }[] }[];
  conflicts: {
    claim: {
      id: string;
      text: string;
      supporters: { source: Named; derived: boolean }[];
      contradictors: { source: Named; derived: boolean }[];
    };
    reason: string;
  }[];
}

export const GRAPH = `query ClaimGraph($id: ID!) {
  claim(id: $id) {
    id text
    verdict { status supportingOrigins { ...o } contradictingOrigins { ...o } }
    supporters { ...s }
    contradictors { ...s }
    conflicts {
      claim { id text supporters { source { id name } derived } contradictors { source { id name } derived } }
      reason
    }
  }
}
fragment o on Origin { key source { id name } sources { id name } }
fragment s on SourceStance { source { id name } derived statements { id via { id name } } }`;
export type GraphData = { claim: GraphClaim | null };
