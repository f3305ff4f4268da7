import type { AnalysisOptions } from '../analysis';
import type { Database } from '../graph';
import type { Caller } from './auth';
import type { ServiceState } from './health';
import type { Loaders } from './loaders';

/**
 * What every resolver receives, made afresh for each request. The service keeps no other state (the
 * audit log lives in Neo4j), so several instances can serve behind a load balancer.
 */
export interface Context {
  db: Database;
  state: ServiceState;
  caller: Caller;
  /** How figures are compared (the configured tolerance), for intervals and relations computed on read. */
  analysis: AnalysisOptions;
  /** Batches the nested lookups of one request into one query per kind. */
  loaders: Loaders;
}
