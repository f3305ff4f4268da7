import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../../src/config';
import { localNeo4jFromConfig, runningPid } from '../../src/neo4jLocal';
import { startServer } from '../../src/api/server';
import { Database } from '../../src/graph';
import { silentLogger } from '../../src/runtime/log';
import { freePort } from '../../src/runtime/freePort';
import { graphql } from '../support/http';
import { startTestService } from '../support/service';
import type { Service } from '../../src/cli/service';

describe('the service over HTTP', () => {
  let service: Service;
  let base: string;
  beforeAll(async () => {
    service = await startTestService();
    base = service.url.replace(/\/graphql$/, '');
  });
  afterAll(() => service?.stop());

  it('uses the Neo4j that NEO4J_URI names and starts none of its own', () => {
    expect(service.embedded).toBe(false);
  });

  it('answers GET /healthz while the process is up', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers GET /readyz with 200 once Neo4j answers and migrations are applied', async () => {
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'OK',
      neo4j: { answers: true, migrationsApplied: true, edition: 'community' },
    });
  });

  it('reports the Neo4j version through the health query', async () => {
    const { status, body } = await graphql(
      service.url,
      '{ health { status neo4j { answers version edition migrationsApplied error } } }',
    );
    expect(status).toBe(200);
    expect(body.data).toEqual({
      health: {
        status: 'OK',
        neo4j: {
          answers: true,
          version: expect.stringMatching(/^5\.26\./),
          edition: 'community',
          migrationsApplied: true,
          error: null,
        },
      },
    });
  });
});

describe('readiness when Neo4j does not answer', () => {
  it('GET /readyz answers 503 with the reason while /healthz still answers 200', async () => {
    // Nothing listens on this port, so the driver cannot connect.
    const db = Database.create(
      {
        uri: `bolt://127.0.0.1:${await freePort()}`,
        user: 'neo4j',
        password: '',
        database: 'neo4j',
        txTimeoutMs: 1000,
      },
      silentLogger,
    );
    const server = await startServer({
      db,
      state: { migrationsApplied: false },
      logger: silentLogger,
      host: '127.0.0.1',
      port: await freePort(),
      api: readConfig({}).api,
      analysis: { tolerance: readConfig({}).tolerance },
    });
    const base = server.url.replace(/\/graphql$/, '');
    try {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({
        status: 'DEGRADED',
        neo4j: { answers: false, migrationsApplied: false, error: expect.any(String) },
      });
    } finally {
      await server.stop();
      await db.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('lets an in-flight request finish, then closes the port', async () => {
    const service = await startTestService();
    const { port } = new URL(service.url);
    const body = JSON.stringify({ query: '{ health { status } }' });
    // Send half of the request, begin stopping, then send the rest: the request is in flight throughout.
    const request = http.request(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const response = new Promise<string>((resolve, reject) => {
      request.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve(text));
      });
      request.on('error', reject);
    });
    request.write(body.slice(0, 10));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stopped = service.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    request.end(body.slice(10));

    expect(JSON.parse(await response)).toEqual({ data: { health: { status: 'OK' } } });
    await stopped;
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});

describe('the embedded default (NEO4J_URI unset)', () => {
  it('starts its own Neo4j, loads the sample into the empty database, and stops that Neo4j on shutdown', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-embedded-'));
    const lib = localNeo4jFromConfig(readConfig().local).libDir;
    // Share the cached jars rather than resolving them again into the new folder.
    fs.symlinkSync(lib, path.join(home, 'lib'));
    const service = await startTestService({
      NEO4J_URI: '',
      NEO4J_LOCAL_DIR: home,
      NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
      NEO4J_LOCAL_HTTP_PORT: String(await freePort()),
      NEO4J_LOCAL_HEAP: '256m',
      NEO4J_LOCAL_PAGECACHE: '32m',
    });
    const server = localNeo4jFromConfig(readConfig({ NEO4J_LOCAL_DIR: home }).local);
    try {
      expect(service.embedded).toBe(true);
      expect(runningPid(server)).toBeDefined();
      const count = await service.db.read('countDocuments', {});
      expect(count).toEqual({ count: 1 });
      const { pid } = { pid: runningPid(server) as number };
      await service.stop();
      expect(runningPid(server)).toBeUndefined();
      expect(() => process.kill(pid, 0)).toThrow();
    } finally {
      await service.stop();
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
