import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// Static checks of docker-compose.yml and the Dockerfile: no Docker engine is needed, only the files.

interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | number | { target: number | string; host_ip?: string })[];
  volumes?: (string | { type?: string; source?: string; target: string })[];
  healthcheck?: { test?: string | string[] };
  depends_on?: string[] | Record<string, { condition?: string }>;
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

interface PublishedPort {
  hostIp: string | undefined;
  containerPort: number;
}

const repoRoot = join(__dirname, '..', '..');
const readRepoFile = (name: string): string => readFileSync(join(repoRoot, name), 'utf8');

const composeText = readRepoFile('docker-compose.yml');
const compose = parse(composeText) as ComposeFile;
const dockerfile = readRepoFile('Dockerfile');

function service(name: string): ComposeService {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service '${name}'`);
  return found;
}

/** A service's environment as strings, whether written as a map or as a list of KEY=VALUE. */
function environment(name: string): Record<string, string> {
  const env = service(name).environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const equals = entry.indexOf('=');
        return equals === -1 ? [entry, ''] : [entry.slice(0, equals), entry.slice(equals + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, String(value ?? '')]));
}

/** Short syntax `[ip:][host:]container[/proto]` (host may be `${PORT:-4000}`) or long syntax. */
function publishedPorts(name: string): PublishedPort[] {
  return (service(name).ports ?? []).map((port) => {
    if (typeof port === 'object') return { hostIp: port.host_ip, containerPort: Number(port.target) };
    const spec = String(port).replace(/\/(tcp|udp)$/, '');
    return {
      hostIp: /^(\d{1,3}(?:\.\d{1,3}){3}):/.exec(spec)?.[1],
      containerPort: Number(spec.slice(spec.lastIndexOf(':') + 1)),
    };
  });
}

/** The healthcheck's command line, without the leading CMD / CMD-SHELL of the list form. */
function healthcheckCommand(name: string): string {
  const test = service(name).healthcheck?.test ?? '';
  return Array.isArray(test) ? test.slice(1).join(' ') : test;
}

/** Every string in the parsed file (keys and values), so comments are left out. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => [key, ...stringsIn(child)]);
  }
  return [];
}

/** Names compose substitutes from the environment / .env: `${NAME}`, `${NAME:-default}`, `$NAME`; not `$$`. */
function interpolatedNames(text: string): string[] {
  const unescaped = text.replace(/\$\$/g, '');
  return [...unescaped.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => String(match[1]));
}

/** Variables .env.example mentions, set (`NAME=`) or commented out (`# NAME=`). */
function documentedNames(envExample: string): Set<string> {
  return new Set(
    [...envExample.matchAll(/^#?\s*([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((match) => String(match[1])),
  );
}

/** Argument of the last `keyword` instruction in the Dockerfile's final stage (the image that runs). */
function finalStageInstruction(keyword: string): string | undefined {
  const stages = dockerfile.split(/^FROM\s/im);
  const finalStage = stages[stages.length - 1] ?? '';
  const matches = [...finalStage.matchAll(new RegExp(`^${keyword}\\s+(.+)$`, 'gim'))];
  return matches[matches.length - 1]?.[1]?.trim();
}

describe('docker-compose.yml', () => {
  describe('neo4j service', () => {
    it('runs Neo4j 5.26 Community', () => {
      expect(service('neo4j').image).toMatch(/^neo4j:5\.26(\.\d+)*-community$/);
    });

    it('keeps authentication on, with the password required from the environment', () => {
      expect(environment('neo4j').NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
    });

    it('reports healthy only once Bolt answers a query through cypher-shell', () => {
      expect(healthcheckCommand('neo4j')).toMatch(/cypher-shell .*RETURN 1/);
    });

    it('keeps its data on a named volume declared at top level', () => {
      const dataVolume = (service('neo4j').volumes ?? [])
        .map((volume) => (typeof volume === 'string' ? volume.split(':') : [volume.source, volume.target]))
        .find(([, target]) => target === '/data');

      expect(dataVolume?.[0]).toMatch(/^[A-Za-z0-9][\w.-]*$/);
      expect(Object.keys(compose.volumes ?? {})).toContain(dataVolume?.[0]);
    });
  });

  describe('whosaid service', () => {
    it('is built from the Dockerfile at the repository root', () => {
      const build = service('whosaid').build;
      const context = typeof build === 'string' ? build : build?.context;
      const dockerfileName = (typeof build === 'object' && build.dockerfile) || 'Dockerfile';

      expect(context).toBe('.');
      expect(existsSync(join(repoRoot, context ?? '', dockerfileName))).toBe(true);
    });

    it('starts only once neo4j is healthy', () => {
      expect(service('whosaid').depends_on).toEqual({
        neo4j: expect.objectContaining({ condition: 'service_healthy' }),
      });
    });

    it("connects to the Bolt port of the neo4j service's container", () => {
      const uri = new URL(environment('whosaid').NEO4J_URI ?? '');
      const boltPort = Number(uri.port || 7687);

      expect(uri.protocol).toMatch(/^(bolt|neo4j):$/);
      expect(uri.hostname).toBe('neo4j');
      expect(boltPort).toBe(7687);
      expect(publishedPorts('neo4j').map((port) => port.containerPort)).toContain(boltPort);
    });

    it('logs in with the same password that neo4j is given', () => {
      expect(environment('whosaid').NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD(:?[?-][^}]*)?\}$/);
    });

    it('listens on the container port it publishes', () => {
      const port = Number(environment('whosaid').PORT);

      expect(publishedPorts('whosaid').map((published) => published.containerPort)).toEqual([port]);
    });

    it('has a healthcheck on /healthz', () => {
      expect(healthcheckCommand('whosaid')).toContain('/healthz');
    });
  });

  it('publishes every port on 127.0.0.1 only', () => {
    const ports = Object.keys(compose.services).flatMap(publishedPorts);

    expect(ports.length).toBeGreaterThan(0);
    expect(ports.filter((port) => port.hostIp !== '127.0.0.1')).toEqual([]);
  });

  it('documents in .env.example every variable it takes from .env', () => {
    const documented = documentedNames(readRepoFile('.env.example'));
    const used = [...new Set(stringsIn(compose).flatMap(interpolatedNames))];

    expect(used.filter((name) => !documented.has(name))).toEqual([]);
  });
});

describe('Dockerfile', () => {
  it('starts the compiled CLI', () => {
    expect(JSON.parse(finalStageInstruction('CMD') ?? 'null')).toEqual(['node', 'dist/src/cli/start.js']);
  });

  it('exposes the port the compose file tells the service to listen on', () => {
    const exposed = (finalStageInstruction('EXPOSE') ?? '')
      .split(/\s+/)
      .map((port) => port.replace(/\/tcp$/, ''));

    expect(exposed).toContain(environment('whosaid').PORT);
  });
});
