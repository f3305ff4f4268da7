import fs from 'node:fs';
import path from 'node:path';
import { evaluate, extractBundle } from '../../../src/extract';
import type { Bundle } from '../../../src/model/bundle';
import { loadProblems } from './loadable';

const ROOT = path.join(__dirname, '../../..');
const readJson = (...p: string[]) => JSON.parse(fs.readFileSync(path.join(ROOT, ...p), 'utf8')) as Bundle;
const fixture = (name: string) => ['tests', 'fixtures', 'extract', `${name}.gold.json`];

// The measured cases of docs/extraction.md. The seed (against its hand-annotated sample) and the two articles
// the rules were developed on must keep the target F1 of 0.85 on attributed statements.
const DEVELOPED = [
  { gold: ['data', 'rferl-kyrgyzstan-raids.json'], publisher: 'Radio Free Europe/Radio Liberty' },
  { gold: fixture('valley-herald-warehouse-fire'), publisher: 'Valley Herald' },
  { gold: fixture('meridian-wire-syrup-recall'), publisher: 'Meridian Wire' },
];

// The held-out articles, written and annotated (commits 50d0cb2, bc7fb12 and 264930b) before the extractor
// was run on them. Their floors are the last F1 measured (docs/extraction.md), rounded down to 0.05; once their misses
// have been seen and fixed they no longer measure unseen text.
const HELD_OUT = [
  { gold: fixture('heldout-continental-post-budget'), publisher: 'The Continental Post', floor: 1.0 },
  { gold: fixture('heldout-north-coast-flood'), publisher: 'North Coast Broadcasting', floor: 1.0 },
  { gold: fixture('heldout2-boreal-press-pension-strike'), publisher: 'Boreal Press', floor: 0.9 },
  {
    gold: fixture('heldout2-westerby-chronicle-ammonia-leak'),
    publisher: 'The Westerby Chronicle',
    floor: 0.85,
  },
  { gold: fixture('heldout2-ebc-news-solvik-job-cuts'), publisher: 'EBC News', floor: 0.8 },
  {
    gold: fixture('heldout3-pell-county-register-fog-pileup'),
    publisher: 'Pell County Register',
    floor: 1.0,
  },
  {
    gold: fixture('heldout3-northern-observer-hospital-cyber-attack'),
    publisher: 'Northern Observer',
    floor: 0.85,
  },
];

const CASES = [...DEVELOPED.map((c) => ({ ...c, floor: 0.85 })), ...HELD_OUT];

describe.each(CASES)('extraction of the $publisher article', ({ gold: goldPath, publisher, floor }) => {
  const gold = readJson(...goldPath);
  const text = gold.document.text as string;
  const predicted = extractBundle({ text, publisher, publishedAt: gold.document.publishedAt });

  it('passes the checks of ingest --dry-run on an empty graph', () => {
    expect(loadProblems(predicted)).toEqual([]);
  });

  it(`reaches F1 >= ${floor} on attributed statements with overlap matching`, () => {
    expect(evaluate(gold, predicted).attributed.match.f1).toBeGreaterThanOrEqual(floor);
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
      { id: 'm', name: 'Mayor Ana Ruiz', type: 'PERSON', aliases: ['the mayor', 'A city official'] },
    ],
    claims: [{ id: 'c', text: 'c' }],
    statements,
  });

  it('matches on overlap and speaker (by alias, with or without an article), one gold statement per predicted one, and lists the rest', () => {
    const gold = bundle([statement('a', 17, 33, 'said'), statement('m', 50, 67, 'said')]);
    const predicted: Bundle = {
      ...bundle([
        statement('a', 12, 33, 'said'),
        statement('x', 50, 60, 'said'),
        statement('a', 20, 30, 'told'),
      ]),
      sources: [
        { id: 'a', name: 'Aid workers', type: 'GROUP' },
        { id: 'x', name: 'City official', type: 'PERSON' },
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
