import { extractBundle } from '../../../src/extract';
import type { Bundle } from '../../../src/model/bundle';

/** The bundle's statements as "speaker name | cue | words" lines, with the bundle itself. */
export function read(text: string, publishedAt = '2024-05-06', publisher?: string) {
  const bundle = extractBundle({ text, publishedAt, ...(publisher ? { publisher } : {}) });
  const name = (id: string) => bundle.sources?.find((s) => s.id === id)?.name ?? id;
  const lines = (bundle.statements ?? []).map((s) => `${name(s.source)} | ${s.cue ?? '-'} | ${s.quote}`);
  return { bundle, lines, name, source: (n: string) => bundle.sources?.find((s) => s.name === n) };
}

export const statementOf = (bundle: Bundle, words: string) =>
  (bundle.statements ?? []).find((s) => s.quote?.includes(words));
