import path from 'node:path';

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
}

export interface LocalNeo4jConfig {
  dir: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  startTimeoutSeconds: number;
}

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

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
