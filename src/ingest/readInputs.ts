import fs from 'node:fs';
import path from 'node:path';
import type { BundleLocation } from './errors';

/** One bundle as read from disk: its parsed JSON, or why it could not be parsed. */
export type RawBundle = { location: BundleLocation } & ({ value: unknown } | { parseError: string });

/** A bundle (one .json file or one .jsonl line) larger than this is refused before it is parsed. */
export const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;

/**
 * The .json and .jsonl files named, folders searched recursively, in a stable (sorted) order. A folder
 * reached twice (through a symbolic link) is read once, so a link loop cannot recurse forever.
 */
export function listBundleFiles(paths: string[], seen = new Set<string>()): string[] {
  return paths.flatMap((p) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new Error(`${p}: no such file or folder`);
    if (stat.isFile()) return [p];
    const real = fs.realpathSync(p);
    if (seen.has(real)) return [];
    seen.add(real);
    return fs
      .readdirSync(p)
      .sort()
      .flatMap((name) => {
        const full = path.join(p, name);
        return fs.statSync(full).isDirectory() || /\.jsonl?$/.test(name) ? listBundleFiles([full], seen) : [];
      });
  });
}

/** Every bundle in the files: one per .json file, one per non-blank line of a .jsonl file. */
export function readBundles(files: string[]): RawBundle[] {
  return files.flatMap((file): RawBundle[] => {
    if (!/\.jsonl?$/.test(file)) return [{ location: { file }, parseError: 'not a .json or .jsonl file' }];
    const content = fs.readFileSync(file, 'utf8');
    if (file.endsWith('.json')) return [parseBundle(content, { file })];
    return content
      .split('\n')
      .flatMap((line, i) => (line.trim() === '' ? [] : [parseBundle(line, { file, line: i + 1 })]));
  });
}

export function parseBundle(text: string, location: BundleLocation): RawBundle {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_BUNDLE_BYTES) {
    return {
      location,
      parseError: `the bundle is ${(bytes / 1024 / 1024).toFixed(1)} MB; at most ${MAX_BUNDLE_BYTES / 1024 / 1024} MB are accepted`,
    };
  }
  try {
    // A byte-order mark, as some editors write, is not JSON but is no reason to refuse the file.
    return { location, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    return { location, parseError: `invalid JSON: ${(error as Error).message}` };
  }
}
