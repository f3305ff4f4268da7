export { readConfig, ConfigError, ROLES } from './config';
export type { ApiConfig, ApiKey, Config, LocalNeo4jConfig, Role } from './config';
export { loadDotEnv } from './loadDotEnv';
