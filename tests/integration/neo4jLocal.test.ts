import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../../src/config';
import {
  LocalNeo4jError,
  localNeo4jFromConfig,
  paths,
  runningPid,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4j,
} from '../../src/neo4jLocal';
import { freePort } from '../../src/runtime/freePort';

// A second local server beside the suite's own, on its own ports and folder, sharing the cached jars.
async function throwawayServer(): Promise<LocalNeo4j> {
  return {
    ...localNeo4jFromConfig(readConfig().local),
    home: fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-lifecycle-')),
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: '256m',
    pageCache: '32m',
    startTimeoutSeconds: 90,
  };
}

// Running, as opposed to gone or a zombie: the JVM is this test process's child, and until Node reaps it an
// exited JVM still answers kill(pid, 0).
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

describe('the local Neo4j', () => {
  let server: LocalNeo4j;
  beforeEach(async () => (server = await throwawayServer()));
  afterEach(async () => {
    await stopLocalNeo4j(server);
    fs.rmSync(server.home, { recursive: true, force: true });
  });

  it('starts once, says so when started again, and stops leaving no process behind', async () => {
    const first = await startLocalNeo4j(server, () => {});
    expect(first.alreadyRunning).toBe(false);
    expect(fs.readFileSync(paths(server).confFile, 'utf8')).toContain(
      `server.bolt.listen_address=127.0.0.1:${server.boltPort}`,
    );

    const second = await startLocalNeo4j(server, () => {});
    expect(second).toMatchObject({ alreadyRunning: true, pid: first.pid });

    expect(await stopLocalNeo4j(server)).toEqual({ pid: first.pid });
    expect(alive(first.pid)).toBe(false);
    expect(runningPid(server)).toBeUndefined();
    expect(await stopLocalNeo4j(server)).toBeUndefined();
  });

  it('is not fooled by a stale pid file', () => {
    fs.mkdirSync(path.dirname(paths(server).pidFile), { recursive: true });
    // This test process is alive but is not Neo4j.
    fs.writeFileSync(paths(server).pidFile, String(process.pid));
    expect(runningPid(server)).toBeUndefined();
    expect(fs.existsSync(paths(server).pidFile)).toBe(false);
  });

  it("fails with the cause from Neo4j's own log when it cannot start", async () => {
    // Something that holds the Bolt port, accepts connections and never answers.
    const sockets: net.Socket[] = [];
    const blocker = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => blocker.listen(server.boltPort, '127.0.0.1', resolve));
    try {
      const start = startLocalNeo4j(server, () => {});
      await expect(start).rejects.toThrow(LocalNeo4jError);
      await expect(start).rejects.toThrow(/Neo4j did not start[\s\S]*Address already in use/);
      expect(runningPid(server)).toBeUndefined();
    } finally {
      sockets.forEach((socket) => socket.destroy());
      blocker.close();
    }
  });
});
