/** Bundle format v1, as schema/bundle.v1.schema.json defines it (the schema is the reference). */
export interface Bundle {
  $schema?: string;
  format?: 'whosaid.bundle/v1';
  /** The ids name items only within this bundle: loading resolves them against the graph (docs/resolution.md). */
  provisional?: boolean;
  document: BundleDocument;
  sources?: BundleSource[];
  claims?: BundleClaim[];
  statements?: BundleStatement[];
}

export interface BundleDocument {
  id?: string;
  title?: string;
  publisher?: string;
  url?: string;
  publishedAt?: string;
  language?: string;
  text?: string;
}

// The enumerations as values too, for the checks that need them (the query registry's row types); the
// bundle's JSON Schema lists the same values, and tests/unit/bundleSchema.test.ts keeps the two equal.
export const SOURCE_TYPES = [
  'PERSON',
  'ORGANIZATION',
  'MEDIA',
  'GROUP',
  'GOVERNMENT',
  'INTERNATIONAL',
  'UNKNOWN',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
export const AFFILIATIONS = [
  'GOVERNMENT',
  'OPPOSITION',
  'INDEPENDENT',
  'STATE_MEDIA',
  'FOREIGN',
  'INTERNATIONAL',
  'CIVIL_SOCIETY',
  'UNKNOWN',
] as const;
export type Affiliation = (typeof AFFILIATIONS)[number];
export const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITIES)[number];
export const STANCES = ['SUPPORTS', 'CONTRADICTS'] as const;
export type Stance = (typeof STANCES)[number];

export interface BundleSource {
  id: string;
  name: string;
  type: SourceType;
  aliases?: string[];
  role?: string;
  affiliation?: Affiliation;
  memberOf?: string[];
  speaksFor?: string;
  reliability?: Reliability;
}

export interface Quantity {
  value?: number;
  min?: number;
  max?: number;
  approx?: boolean;
  unit?: string;
}

export interface BundleClaim {
  id: string;
  text: string;
  question?: string;
  quantity?: Quantity;
  contradicts?: string[];
  supports?: string[];
  about?: string[];
  occurredAt?: string;
}

export interface BundleStatement {
  id?: string;
  source: string;
  cue?: string;
  quote?: string;
  direct?: boolean;
  span?: { start: number; end: number };
  via?: string[];
  channel?: string;
  saidAt?: string;
  /** It revises its voice's earlier account ("now says", "corrected"). */
  revises?: boolean;
  /** Claims on which it withdraws its voice's earlier stance without taking a new one. */
  retracts?: string[];
  stances: { claim: string; stance: Stance }[];
}
