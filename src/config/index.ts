export { readConfig, ConfigError, LOG_LEVELS } from './config';
export type { Config, LocalNeo4jConfig, LogLevel } from './config';
export { loadDotEnv } from './loadDotEnv';
