export { readConfig, ConfigError, LOG_LEVELS, ROLES } from './config';
export type { ApiConfig, ApiKey, Config, LocalNeo4jConfig, LogLevel, Role } from './config';
export { loadDotEnv } from './loadDotEnv';
