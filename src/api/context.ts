import type { Database } from '../graph';
import type { ServiceState } from './health';

/** What every resolver receives. The service keeps no other state, so instances can be scaled out. */
export interface Context {
  db: Database;
  state: ServiceState;
}
