import { execFileSync, spawn } from 'node:child_process';
import { projectPath } from '../../src/runtime/projectRoot';
import { freePort } from '../../src/runtime/freePort';

// `npm start` as a user runs it: the built service in its own process, stopped by a signal.
describe('the start command', () => {
  beforeAll(() => {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: projectPath() });
  }, 120_000);

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'serves, then on %s finishes, closes and exits 0',
    async (signal) => {
      const port = await freePort();
      // As in a user's shell: jest's NODE_ENV=test would change what Apollo does with signals.
      const { NODE_ENV: _, ...env } = process.env;
      const child = spawn(process.execPath, ['dist/src/cli/start.js'], {
        cwd: projectPath(),
        env: { ...env, PORT: String(port), LOG_LEVEL: 'info' },
      });
      let log = '';
      child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));

      const deadline = Date.now() + 60_000;
      while (!log.includes('whosaid is ready')) {
        if (Date.now() > deadline || child.exitCode !== null)
          throw new Error(`The service did not start:\n${log}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

      child.kill(signal);
      expect(await exited).toBe(0);
      expect(log).toContain(`${signal} received`);
      expect(log).toContain('Stopped');
    },
  );
});
