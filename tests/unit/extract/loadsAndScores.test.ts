import fs from 'node:fs';
import path from 'node:path';
import { evaluate, extractBundle } from '../../../src/extract';
import type { Bundle } from '../../../src/ingest/bundle';
import { loadProblems } from './loadable';

const ROOT = path.join(__dirname, '../../..');
const readJson = (...p: string[]) => JSON.parse(fs.readFileSync(path.join(ROOT, ...p), 'utf8')) as Bundle;

// The measured cases of docs/extraction.md: the seed against its hand-annotated sample, and our own articles.
const CASES = [
  { gold: ['data', 'rferl-kyrgyzstan-raids.json'], publisher: 'Radio Free Europe/Radio Liberty' },
  {
    gold: ['tests', 'fixtures', 'extract', 'valley-herald-warehouse-fire.gold.json'],
    publisher: 'Valley Herald',
  },
  {
    gold: ['tests', 'fixtures', 'extract', 'meridian-wire-syrup-recall.gold.json'],
    publisher: 'Meridian Wire',
  },
];

describe.each(CASES)('extraction of $gold.1', ({ gold: goldPath, publisher }) => {
  const gold = readJson(...goldPath);
  const text = gold.document.text as string;
  const predicted = extractBundle({ text, publisher, publishedAt: gold.document.publishedAt });

  it('passes the checks of ingest --dry-run on an empty graph', () => {
    expect(loadProblems(predicted)).toEqual([]);
  });

  it('reaches F1 >= 0.85 on attributed statements with overlap matching', () => {
    expect(evaluate(gold, predicted).attributed.match.f1).toBeGreaterThanOrEqual(0.85);
  });
});

describe('evaluation', () => {
  const doc = { text: 'Aid workers said the road is open. The mayor said the road is closed.' };
  const statement = (source: string, start: number, end: number, cue?: string) => ({
    source,
    ...(cue ? { cue } : {}),
    span: { start, end },
    stances: [{ claim: 'c', stance: 'SUPPORTS' as const }],
  });
  const bundle = (statements: ReturnType<typeof statement>[]): Bundle => ({
    document: doc,
    sources: [
      { id: 'a', name: 'Aid workers', type: 'GROUP' },
      { id: 'm', name: 'Mayor Ana Ruiz', type: 'PERSON', aliases: ['the mayor'] },
    ],
    claims: [{ id: 'c', text: 'c' }],
    statements,
  });

  it('matches on overlap and speaker (by alias), one gold statement per predicted one, and lists the rest', () => {
    const gold = bundle([statement('a', 17, 33, 'said'), statement('m', 50, 67, 'said')]);
    const predicted: Bundle = {
      ...bundle([
        statement('a', 12, 33, 'said'),
        statement('x', 50, 60, 'said'),
        statement('a', 20, 30, 'told'),
      ]),
      sources: [
        { id: 'a', name: 'Aid workers', type: 'GROUP' },
        { id: 'x', name: 'The mayor', type: 'PERSON' },
      ],
    };
    const e = evaluate(gold, predicted).attributed;
    expect(e.match).toMatchObject({ matched: 2, predicted: 3, gold: 2 });
    expect(e.exact.matched).toBe(0);
    expect(e.cue.matched).toBe(2);
    expect(e.falseHits.map((f) => f.index)).toEqual([2]);
    expect(e.misses).toEqual([]);
  });

  it('scores statements without a cue as narration, apart', () => {
    const e = evaluate(bundle([statement('a', 0, 10)]), bundle([statement('a', 0, 10, 'said')]));
    expect(e.narration.misses).toHaveLength(1);
    expect(e.attributed.falseHits).toHaveLength(1);
  });
});
