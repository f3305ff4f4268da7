import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectPath } from '../runtime';

const POM = projectPath('neo4j', 'pom.xml');
const MARKER = '.resolved-from-pom';

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

/**
 * Makes sure libDir holds the Neo4j Community and Neo4j Browser jars that neo4j/pom.xml lists, copying them
 * from Maven Central through the local Maven cache (~/.m2) the first time or after the pom changes.
 * Returns true when it had to resolve.
 */
export async function ensureNeo4jJars(libDir: string, report: (line: string) => void): Promise<boolean> {
  const pomHash = crypto.createHash('sha256').update(fs.readFileSync(POM)).digest('hex');
  const marker = path.join(libDir, MARKER);
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === pomHash) return false;

  report(
    `Resolving Neo4j from Maven Central into ${libDir} (about 160 MB the first time; cached in ~/.m2)...`,
  );
  const started = Date.now();
  fs.rmSync(libDir, { recursive: true, force: true });
  fs.mkdirSync(libDir, { recursive: true });
  const args = [
    '-B',
    '-q',
    '-f',
    POM,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${libDir}`,
    '-DincludeScope=runtime',
  ];
  const { code, output } = await run('mvn', args);
  if (code !== 0) {
    fs.rmSync(libDir, { recursive: true, force: true });
    throw new LocalNeo4jError(
      `Maven could not resolve Neo4j (mvn ${args.join(' ')} exited with ${code}):\n${output.trim()}`,
    );
  }
  fs.writeFileSync(marker, pomHash);
  const jars = fs.readdirSync(libDir).filter((f) => f.endsWith('.jar')).length;
  report(`Resolved ${jars} jars in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}

function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new LocalNeo4jError(
          error.code === 'ENOENT'
            ? `'${command}' was not found on PATH; install Maven 3.8+ (it resolves Neo4j from Maven Central)`
            : `Could not run ${command}: ${error.message}`,
        ),
      ),
    );
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
