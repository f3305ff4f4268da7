export { ingest } from './ingest';
export type { IngestOptions, IngestProgress, IngestReport, Tally } from './ingest';
export { listBundleFiles, readBundles, parseBundle, MAX_BUNDLE_BYTES } from './readInputs';
export type { RawBundle } from './readInputs';
export { formatIngestError } from './errors';
export type { IngestError } from './errors';
export type { Bundle } from './bundle';
export { aliasKey, questionKey } from './keys';
