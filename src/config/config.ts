import path from 'node:path';
import { DEFAULT_TOLERANCE } from '../model';
import { LOG_LEVELS, type LogLevel } from '../runtime';

/** Everything the service reads from the environment (and from .env, loaded by loadDotEnv). */
export interface Config {
  /** Unset means the embedded default: start a local Neo4j and use it. */
  neo4jUri: string | undefined;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  txTimeoutMs: number;
  host: string;
  port: number;
  logLevel: LogLevel;
  local: LocalNeo4jConfig;
  api: ApiConfig;
  /** How much "about" widens a figure when figures are compared (0.1: about 100 is 90 to 110). */
  tolerance: number;
}

export const ROLES = ['reader', 'writer', 'admin'] as const;
/** Each role may do what the ones before it may. */
export type Role = (typeof ROLES)[number];

export interface ApiKey {
  name: string;
  role: Role;
  key: string;
}

export interface ApiConfig {
  keys: ApiKey[];
  /** Reads are open by default; when true, they need a key too (any role). */
  readsNeedKey: boolean;
  /** Production: errors are masked and introspection is off unless `introspection` says otherwise. */
  production: boolean;
  introspection: boolean;
}

export interface LocalNeo4jConfig {
  dir: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  startTimeoutSeconds: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

/** Reads the configuration from `env`, failing with one message that names every bad variable. */
export function readConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const text = (name: string, fallback: string): string => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? fallback : value;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = text(name, String(fallback));
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name}=${raw} must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return value;
  };
  const fraction = (name: string, fallback: number): number => {
    const raw = text(name, String(fallback));
    const value = Number(raw);
    if (!(value >= 0 && value < 1)) {
      problems.push(`${name}=${raw} must be a number from 0 up to (not including) 1`);
      return fallback;
    }
    return value;
  };
  const memory = (name: string, fallback: string): string => {
    const value = text(name, fallback);
    if (!/^\d+[kmg]$/i.test(value)) problems.push(`${name}=${value} must be a size such as 512m or 1g`);
    return value;
  };

  const logLevel = text('LOG_LEVEL', 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL=${logLevel} must be one of ${LOG_LEVELS.join(', ')}`);

  const neo4jUri = text('NEO4J_URI', '') || undefined;
  if (neo4jUri !== undefined && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/]+/.test(neo4jUri)) {
    problems.push(`NEO4J_URI=${neo4jUri} must start with bolt://, neo4j://, bolt+s:// or neo4j+s://`);
  }

  const config: Config = {
    neo4jUri,
    neo4jUser: text('NEO4J_USER', 'neo4j'),
    neo4jPassword: env.NEO4J_PASSWORD ?? '',
    neo4jDatabase: text('NEO4J_DATABASE', 'neo4j'),
    txTimeoutMs: integer('NEO4J_TX_TIMEOUT_MS', 30_000, 100, 3_600_000),
    host: text('HOST', '127.0.0.1'),
    port: integer('PORT', 4000, 0, 65535),
    logLevel,
    api: readApiConfig(env, problems),
    tolerance: fraction('ANALYSIS_TOLERANCE', DEFAULT_TOLERANCE),
    local: {
      dir: path.resolve(cwd, text('NEO4J_LOCAL_DIR', '.neo4j')),
      boltPort: integer('NEO4J_LOCAL_BOLT_PORT', 7687, 1, 65535),
      httpPort: integer('NEO4J_LOCAL_HTTP_PORT', 7474, 1, 65535),
      heap: memory('NEO4J_LOCAL_HEAP', '512m'),
      pageCache: memory('NEO4J_LOCAL_PAGECACHE', '128m'),
      startTimeoutSeconds: integer('NEO4J_LOCAL_START_TIMEOUT', 120, 5, 3600),
    },
  };
  if (config.local.boltPort === config.local.httpPort) {
    problems.push(`NEO4J_LOCAL_BOLT_PORT and NEO4J_LOCAL_HTTP_PORT are both ${config.local.boltPort}`);
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  return config;
}

/**
 * API_KEYS is a comma-separated list of name:role:key (the key may itself hold colons), e.g.
 * `dashboard:reader:k1,loader:writer:k2,alice:admin:k3`.
 */
function readApiConfig(env: Env, problems: string[]): ApiConfig {
  const keys: ApiKey[] = [];
  const entries = (env.API_KEYS ?? '').split(',').map((e) => e.trim());
  entries.forEach((entry, i) => {
    if (entry === '') return;
    const [name = '', role = '', ...rest] = entry.split(':');
    const key = rest.join(':');
    const where = `API_KEYS entry ${i + 1} (${name || 'unnamed'})`;
    if (name === '' || key === '') problems.push(`${where} must be name:role:key`);
    else if (!(ROLES as readonly string[]).includes(role))
      problems.push(`${where} has role '${role}'; roles are ${ROLES.join(', ')}`);
    else if (key.length < 16) problems.push(`${where}: a key must be at least 16 characters`);
    else if (keys.some((k) => k.name === name)) problems.push(`${where}: the name '${name}' is used twice`);
    else if (keys.some((k) => k.key === key)) problems.push(`${where}: the same key is given twice`);
    else keys.push({ name, role: role as Role, key });
  });
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.trim().toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    problems.push(`${name}=${raw} must be true or false`);
    return fallback;
  };
  const production = env.NODE_ENV?.trim() === 'production';
  return {
    keys,
    readsNeedKey: flag('READS_NEED_KEY', false),
    production,
    introspection: flag('GRAPHQL_INTROSPECTION', !production),
  };
}
