import path from 'node:path';
import { ConfigError, readConfig } from '../../../src/config';

describe('readConfig', () => {
  it('uses the embedded default and documented defaults when nothing is set', () => {
    const config = readConfig({}, '/srv/app');
    expect(config.neo4jUri).toBeUndefined();
    expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', neo4jDatabase: 'neo4j', logLevel: 'info' });
    expect(config.local).toEqual({
      dir: path.resolve('/srv/app', '.neo4j'),
      boltPort: 7687,
      httpPort: 7474,
      heap: '512m',
      pageCache: '128m',
      startTimeoutSeconds: 120,
    });
  });

  it('treats an empty NEO4J_URI as unset', () => {
    expect(readConfig({ NEO4J_URI: '  ' }).neo4jUri).toBeUndefined();
  });

  it('reads every variable', () => {
    const config = readConfig({
      NEO4J_URI: 'neo4j+s://db.example.com',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'claims',
      NEO4J_TX_TIMEOUT_MS: '5000',
      HOST: '0.0.0.0',
      PORT: '8080',
      LOG_LEVEL: 'debug',
      NEO4J_LOCAL_DIR: '/var/lib/neo4j-local',
      NEO4J_LOCAL_BOLT_PORT: '17687',
      NEO4J_LOCAL_HTTP_PORT: '17474',
      NEO4J_LOCAL_HEAP: '1g',
      NEO4J_LOCAL_PAGECACHE: '256m',
      NEO4J_LOCAL_START_TIMEOUT: '30',
      API_KEYS: 'dashboard:reader:reader-key-0123456789, loader:writer:writer:key:with:colons',
      READS_NEED_KEY: 'true',
      NODE_ENV: 'production',
      GRAPHQL_INTROSPECTION: 'true',
      ANALYSIS_TOLERANCE: '0.2',
    });
    expect(config).toEqual({
      neo4jUri: 'neo4j+s://db.example.com',
      neo4jUser: 'reader',
      neo4jPassword: 'secret',
      neo4jDatabase: 'claims',
      txTimeoutMs: 5000,
      host: '0.0.0.0',
      port: 8080,
      logLevel: 'debug',
      local: {
        dir: '/var/lib/neo4j-local',
        boltPort: 17687,
        httpPort: 17474,
        heap: '1g',
        pageCache: '256m',
        startTimeoutSeconds: 30,
      },
      api: {
        keys: [
          { name: 'dashboard', role: 'reader', key: 'reader-key-0123456789' },
          { name: 'loader', role: 'writer', key: 'writer:key:with:colons' },
        ],
        readsNeedKey: true,
        production: true,
        introspection: true,
      },
      tolerance: 0.2,
    });
  });

  it('leaves reads open, without keys, with introspection on outside production', () => {
    expect(readConfig({}).api).toEqual({
      keys: [],
      readsNeedKey: false,
      production: false,
      introspection: true,
    });
  });

  it('turns introspection off in production unless GRAPHQL_INTROSPECTION says otherwise', () => {
    expect(readConfig({ NODE_ENV: 'production' }).api).toMatchObject({
      production: true,
      introspection: false,
    });
    expect(readConfig({ NODE_ENV: 'development', GRAPHQL_INTROSPECTION: 'false' }).api).toMatchObject({
      production: false,
      introspection: false,
    });
  });

  it('skips empty entries of API_KEYS', () => {
    expect(readConfig({ API_KEYS: ' ,alice:admin:admin-key-0123456789, ' }).api.keys).toEqual([
      { name: 'alice', role: 'admin', key: 'admin-key-0123456789' },
    ]);
  });

  it('names every bad API key entry and flag in one error', () => {
    const read = () =>
      readConfig({
        API_KEYS: [
          'no-role-or-key',
          'bob:owner:owner-key-0123456789',
          'carol:reader:short',
          'dave:reader:dave-key-0123456789',
          'dave:writer:other-key-0123456789',
          'erin:admin:dave-key-0123456789',
        ].join(','),
        READS_NEED_KEY: 'yes',
        GRAPHQL_INTROSPECTION: '1',
      });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(/API_KEYS entry 1 \(no-role-or-key\) must be name:role:key/);
    expect(read).toThrow(/API_KEYS entry 2 \(bob\) has role 'owner'; roles are reader, writer, admin/);
    expect(read).toThrow(/API_KEYS entry 3 \(carol\): a key must be at least 16 characters/);
    expect(read).toThrow(/API_KEYS entry 5 \(dave\): the name 'dave' is used twice/);
    expect(read).toThrow(/API_KEYS entry 6 \(erin\): the same key is given twice/);
    expect(read).toThrow(/READS_NEED_KEY=yes must be true or false/);
    expect(read).toThrow(/GRAPHQL_INTROSPECTION=1 must be true or false/);
  });

  it('names every bad variable and why in one error', () => {
    const read = () =>
      readConfig({
        PORT: 'eighty',
        NEO4J_URI: 'http://localhost:7474',
        LOG_LEVEL: 'loud',
        NEO4J_LOCAL_HEAP: 'lots',
      });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(/PORT=eighty must be a whole number from 0 to 65535/);
    expect(read).toThrow(/NEO4J_URI=http:\/\/localhost:7474 must start with bolt:\/\//);
    expect(read).toThrow(/LOG_LEVEL=loud must be one of error, warn, info, debug/);
    expect(read).toThrow(/NEO4J_LOCAL_HEAP=lots must be a size such as 512m/);
  });

  it('refuses the same port for Bolt and HTTP', () => {
    expect(() => readConfig({ NEO4J_LOCAL_BOLT_PORT: '7000', NEO4J_LOCAL_HTTP_PORT: '7000' })).toThrow(
      /both 7000/,
    );
  });
});
