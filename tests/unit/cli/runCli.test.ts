import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readBundleFile, readInputFile } from '../../../src/cli/readInputFile';
import { CliInputError, runCli } from '../../../src/cli/runCli';

const USAGE = 'usage: npm run example -- <file>';

describe('a command run by runCli', () => {
  let printed: { out: unknown[]; err: unknown[] };
  beforeEach(() => {
    printed = { out: [], err: [] };
    jest.spyOn(console, 'log').mockImplementation((what: unknown) => printed.out.push(what));
    jest.spyOn(console, 'error').mockImplementation((what: unknown) => printed.err.push(what));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    process.exitCode = undefined;
  });

  /** A command that knows one option, --output, and otherwise does what `then` says. */
  const command =
    (args: string[], then: () => Promise<number> = async () => 0) =>
    () => {
      parseArgs({ args, options: { output: { type: 'string' } }, allowPositionals: true });
      return then();
    };

  it.each(['--help', '-h'])('prints the usage on %s and exits 0 without running', async (flag) => {
    const main = jest.fn(async () => 1);
    await runCli(main, USAGE, ['file.txt', flag]);

    expect(main).not.toHaveBeenCalled();
    expect(printed.out).toEqual([USAGE]);
    expect(process.exitCode).toBe(0);
  });

  it('exits with the code the command returns', async () => {
    await runCli(async () => 3, USAGE, []);
    expect(process.exitCode).toBe(3);
  });

  it('says which option it does not know, then the usage, and exits 2', async () => {
    await runCli(command(['--bogus']), USAGE, ['--bogus']);

    expect(printed.err).toEqual([
      expect.stringMatching(/^Unknown option '--bogus'.*\nusage: npm run example/s),
    ]);
    expect(process.exitCode).toBe(2);
  });

  it('says which option lacks its value and exits 2', async () => {
    await runCli(command(['--output']), USAGE, ['--output']);

    expect(printed.err).toEqual([expect.stringMatching(/--output.*argument missing.*\nusage:/s)]);
    expect(process.exitCode).toBe(2);
  });

  it('prints a mistake in the input as its message alone and exits 1', async () => {
    await runCli(
      command([], () => Promise.reject(new CliInputError('a.txt: no such file'))),
      USAGE,
      [],
    );

    expect(printed.err).toEqual(['a.txt: no such file']);
    expect(process.exitCode).toBe(1);
  });

  it('prints an unexpected failure whole (console.error shows its stack), for a bug report', async () => {
    const bug = new TypeError('x is undefined');
    await runCli(() => Promise.reject(bug), USAGE, []);

    expect(printed.err).toEqual([bug]);
    expect(process.exitCode).toBe(1);
  });
});

describe('reading the files a command is given', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-cli-'));
  const file = (name: string, text: string) => {
    const full = path.join(dir, name);
    fs.writeFileSync(full, text);
    return full;
  };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('names a file that does not exist, or is a folder', () => {
    expect(() => readInputFile(path.join(dir, 'missing.txt'))).toThrow(
      new CliInputError(`${dir}/missing.txt: no such file`),
    );
    expect(() => readInputFile(dir)).toThrow(new CliInputError(`${dir}: not a file`));
  });

  it('says where a bundle file stops being JSON', () => {
    const broken = file('broken.json', '{ "document": ');
    expect(() => readBundleFile(broken)).toThrow(CliInputError);
    expect(() => readBundleFile(broken)).toThrow(new RegExp(`^${broken}: invalid JSON: `));
  });

  it('lists where a JSON file is not a v1 bundle', () => {
    const notBundle = file('not-bundle.json', JSON.stringify({ document: { id: 7 }, extra: true }));
    const read = () => readBundleFile(notBundle);
    expect(read).toThrow(new RegExp(`^${notBundle} is not a v1 bundle:\\n`));
    expect(read).toThrow(`\n${notBundle} /document/id: must be string`);
    expect(read).toThrow(`\n${notBundle} /extra: unknown field 'extra'`);
  });

  it('reads a bundle holding only its document', () => {
    const documentOnly = file('document.json', JSON.stringify({ document: { id: 'doc-1', text: 'Hello.' } }));
    expect(readBundleFile(documentOnly)).toEqual({ document: { id: 'doc-1', text: 'Hello.' } });
  });
});
