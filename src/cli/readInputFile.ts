import fs from 'node:fs';
import { formatIngestError, parseBundle, validateShape } from '../ingest';
import type { Bundle } from '../model';
import { CliInputError } from './runCli';

/** The text of a file the user named, or a one-line reason why it cannot be read. */
export function readInputFile(file: string): string {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new CliInputError(`${file}: no such file`);
  if (!stat.isFile()) throw new CliInputError(`${file}: not a file`);
  return fs.readFileSync(file, 'utf8');
}

/** A v1 bundle in a .json file the user named, checked against the bundle's JSON Schema. */
export function readBundleFile(file: string): Bundle {
  const parsed = parseBundle(readInputFile(file), { file });
  if ('parseError' in parsed) throw new CliInputError(`${file}: ${parsed.parseError}`);
  const problems = validateShape(parsed.value);
  if (problems.length > 0) {
    const lines = problems.map((problem) => formatIngestError({ file, ...problem }));
    throw new CliInputError(`${file} is not a v1 bundle:\n${lines.join('\n')}`);
  }
  return parsed.value as Bundle;
}
