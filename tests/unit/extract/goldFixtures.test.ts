import fs from 'node:fs';
import path from 'node:path';
import { loadProblems } from './loadable';

// The hand-annotated articles the extractor is measured on must load as they are.
const FIXTURES = path.join(__dirname, '../../fixtures/extract');

describe('gold bundles of the extraction fixtures', () => {
  const golds = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.gold.json'));

  it('exist', () => expect(golds.length).toBeGreaterThanOrEqual(2));

  it.each(golds)('%s passes the dry-run checks and holds its article verbatim', (file) => {
    const gold = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as {
      document: { text: string };
    };
    expect(loadProblems(gold)).toEqual([]);
    const article = fs.readFileSync(path.join(FIXTURES, file.replace('.gold.json', '.txt')), 'utf8');
    expect(gold.document.text).toBe(article);
  });
});
