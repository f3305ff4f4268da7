/** One reason a bundle was refused: where (file, line for JSONL, JSON pointer) and why, in plain words. */
export interface IngestError {
  file: string;
  line?: number;
  /** JSON pointer into the bundle, e.g. /statements/3/span; empty for the bundle as a whole. */
  path: string;
  message: string;
}

export function formatIngestError(error: IngestError): string {
  const where = error.line === undefined ? error.file : `${error.file}:${error.line}`;
  return `${where} ${error.path || '/'}: ${error.message}`;
}

/** Where a bundle came from, for its errors. */
export interface BundleLocation {
  file: string;
  line?: number;
}

/** A JSON pointer from path segments (RFC 6901 escapes). */
export const pointer = (...segments: (string | number)[]): string =>
  segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
