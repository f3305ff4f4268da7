/** Bundle format v1, as schema/bundle.v1.schema.json defines it (the schema is the reference). */
export interface Bundle {
  $schema?: string;
  format?: 'whosaid.bundle/v1';
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

export type SourceType =
  'PERSON' | 'ORGANIZATION' | 'MEDIA' | 'GROUP' | 'GOVERNMENT' | 'INTERNATIONAL' | 'UNKNOWN';
export type Affiliation =
  | 'GOVERNMENT'
  | 'OPPOSITION'
  | 'INDEPENDENT'
  | 'STATE_MEDIA'
  | 'FOREIGN'
  | 'INTERNATIONAL'
  | 'CIVIL_SOCIETY'
  | 'UNKNOWN';
export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
export type Stance = 'SUPPORTS' | 'CONTRADICTS';

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
  stances: { claim: string; stance: Stance }[];
}
