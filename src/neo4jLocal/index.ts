export { localNeo4jFromConfig, boltUri, browserUrl, paths } from './layout';
export type { LocalNeo4j } from './layout';
export { ensureNeo4jJars, LocalNeo4jError } from './resolve';
export { startLocalNeo4j, stopLocalNeo4j, runningPid } from './server';
export type { StartResult } from './server';
export { secondsSince, withThrowawayNeo4j } from './throwaway';
