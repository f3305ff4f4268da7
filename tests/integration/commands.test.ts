import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectPath } from '../../src/runtime/projectRoot';

// The commands as a user runs them, built, in their own process: what they print and the exit code.
describe('the command-line tools', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-commands-'));
  beforeAll(() => {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: projectPath() });
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  // Nothing listens on port 1: a command that reached for Neo4j would fail with a connection error instead.
  const run = (command: string, ...args: string[]) => {
    const result = spawnSync(process.execPath, [`dist/src/cli/${command}.js`, ...args], {
      cwd: projectPath(),
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
      encoding: 'utf8',
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

  it.each(['extract', 'evalExtract', 'ingest', 'export', 'neo4j', 'reanalyse', 'start'])(
    '%s prints its usage on --help and exits 0',
    (command) => {
      expect(run(command, '--help')).toEqual({
        code: 0,
        out: expect.stringMatching(/^usage: npm /),
        err: '',
      });
    },
  );

  it('extract tells an option it does not know, then its usage, and exits 2', () => {
    expect(run('extract', '--bogus', 'a.txt')).toEqual({
      code: 2,
      out: '',
      err: expect.stringMatching(/^Unknown option '--bogus'.*\nusage: npm run extract -- /s),
    });
  });

  it('extract names a file that does not exist in one line and exits 1', () => {
    expect(run('extract', path.join(dir, 'missing.txt'))).toEqual({
      code: 1,
      out: '',
      err: `${dir}/missing.txt: no such file\n`,
    });
  });

  it('eval:extract says where a bundle stops being JSON and exits 1', () => {
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, '{ "document": ');
    expect(run('evalExtract', broken, broken)).toEqual({
      code: 1,
      out: '',
      err: expect.stringMatching(new RegExp(`^${broken}: invalid JSON: [^\\n]*\\n$`)),
    });
  });

  it('ingest names a path that does not exist before it reaches for Neo4j, and exits 1', () => {
    expect(run('ingest', path.join(dir, 'missing'))).toEqual({
      code: 1,
      out: '',
      err: `${dir}/missing: no such file or folder\n`,
    });
  });

  it('extract reads an article and prints a bundle', () => {
    const article = path.join(dir, 'article.txt');
    fs.writeFileSync(article, 'The mayor said the bridge would reopen on Monday.');
    const { code, out } = run('extract', article, '--published', '2025-04-02');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ statements: [{ cue: 'said' }] });
  });
});
