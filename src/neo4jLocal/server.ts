import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Database } from '../graph';
import { silentLogger, withTimeout } from '../runtime';
import { writeNeo4jConf } from './configFile';
import { boltUri, paths, type LocalNeo4j } from './layout';
import { ensureNeo4jJars, LocalNeo4jError } from './resolve';

// The flags Neo4j's own neo4j.conf passes to its JVM; CommunityEntryPoint runs in this one JVM, so they go
// on its command line. -XX:+AlwaysPreTouch is left out: it would touch the whole heap at start-up.
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
];
const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const STOP_TIMEOUT_MS = 60_000;

export interface StartResult {
  pid: number;
  alreadyRunning: boolean;
  seconds: number;
}

/**
 * The pid of this server's JVM if it is running. A pid file left by a crash, or whose pid now belongs to
 * another process, does not count: the process must be a JVM running Neo4j from this server's home.
 */
export function runningPid(server: LocalNeo4j): number | undefined {
  const { pidFile } = paths(server);
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isOurNeo4j(pid, server)) return pid;
  fs.rmSync(pidFile, { force: true });
  return undefined;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isOurNeo4j(pid: number, server: LocalNeo4j): boolean {
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cmdline.includes(ENTRY_POINT) && cmdline.includes(`--home-dir=${server.home}`);
  } catch {
    return false;
  }
}

/** Starts the server in the background unless it already runs, and waits until Bolt answers a query. */
export async function startLocalNeo4j(
  server: LocalNeo4j,
  report: (line: string) => void,
): Promise<StartResult> {
  const existing = runningPid(server);
  if (existing !== undefined) {
    await waitForBolt(server, () => true);
    return { pid: existing, alreadyRunning: true, seconds: 0 };
  }
  await ensureNeo4jJars(server.libDir, report);
  writeNeo4jConf(server);
  const { consoleLog, pidFile, confDir } = paths(server);
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const out = fs.openSync(consoleLog, 'a');
  const started = Date.now();
  const child = spawn(
    java,
    [
      ...JVM_FLAGS,
      `-Xms${server.heap}`,
      `-Xmx${server.heap}`,
      '-cp',
      `${server.libDir}/*`,
      ENTRY_POINT,
      `--home-dir=${server.home}`,
      `--config-dir=${confDir}`,
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  fs.closeSync(out);
  let exit: string | undefined;
  child.on('error', (error) => (exit = `could not run ${java}: ${error.message}`));
  child.on('exit', (code, signal) => (exit = `the JVM exited with ${signal ?? `code ${code}`}`));
  child.unref();
  if (child.pid === undefined) throw new LocalNeo4jError(`Could not start ${java}`);
  fs.writeFileSync(pidFile, String(child.pid));

  try {
    await waitForBolt(server, () => exit === undefined);
  } catch (error) {
    if (exit === undefined) process.kill(child.pid, 'SIGKILL');
    fs.rmSync(pidFile, { force: true });
    const why = exit ?? (error as Error).message;
    throw new LocalNeo4jError(`Neo4j did not start: ${why}.\n${failureCause(server)}`);
  }
  return { pid: child.pid, alreadyRunning: false, seconds: (Date.now() - started) / 1000 };
}

/** Stops the server with SIGTERM (a clean shutdown) and waits until its process is gone. */
export async function stopLocalNeo4j(server: LocalNeo4j): Promise<{ pid: number } | undefined> {
  const pid = runningPid(server);
  if (pid === undefined) return undefined;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  // Until the process is gone, not only its command line: a child of this process (the service started it)
  // stays a zombie, whose pid still answers, until Node reaps it on the event loop.
  while (isOurNeo4j(pid, server) || processExists(pid)) {
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(
        `Neo4j (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM`,
      );
    }
    await sleep(200);
  }
  fs.rmSync(paths(server).pidFile, { force: true });
  return { pid };
}

async function waitForBolt(server: LocalNeo4j, stillStarting: () => boolean): Promise<void> {
  const deadline = Date.now() + server.startTimeoutSeconds * 1000;
  // Authentication is off on the local server, so any credentials do.
  const db = Database.create(
    {
      uri: boltUri(server),
      user: 'neo4j',
      password: '',
      database: 'neo4j',
      txTimeoutMs: 5000,
      probe: true,
    },
    silentLogger,
  );
  try {
    for (;;) {
      try {
        await withTimeout(db.read('ping', {}), 5000, 'Bolt did not answer a query within 5 s');
        return;
      } catch (error) {
        if (!stillStarting()) throw new Error('the process ended before Bolt answered');
        if (Date.now() > deadline) {
          throw new Error(
            `Bolt did not answer within ${server.startTimeoutSeconds} s: ${(error as Error).message}`,
          );
        }
        await sleep(500);
      }
    }
  } finally {
    await db.close();
  }
}

/** The lines of Neo4j's own logs that say why it failed, for the operator. */
function failureCause(server: LocalNeo4j): string {
  const { consoleLog, neo4jLog } = paths(server);
  const tail = (file: string, lines: number): string[] =>
    fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines) : [];
  const errors = [...tail(neo4jLog, 200), ...tail(consoleLog, 200)].filter((l) =>
    /\bERROR\b|Exception|Caused by|Error:|refused/.test(l),
  );
  const shown = errors.length > 0 ? errors.slice(-15) : tail(consoleLog, 15);
  return `From ${neo4jLog} and ${consoleLog}:\n  ${shown.join('\n  ') || '(the logs are empty)'}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
