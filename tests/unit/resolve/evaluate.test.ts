import { evaluateResolution, type PredictedDocument } from '../../../src/resolve';
import type { Bundle } from '../../../src/model';

// Two reports of one event: the same minister says the same thing in both, and each outlet's own
// narration gives a figure for one question. The gold links the minister's statements (speaker, claim,
// question) and the two figures (question only).
const gold = (doc: string, figure: number, figureClaim: string): Bundle => ({
  document: { id: doc, text: 'The minister said nobody died. Officials said 300 people were detained.' },
  sources: [
    { id: 'src-minister', name: 'Minister', type: 'PERSON' },
    { id: `src-${doc}`, name: doc, type: 'MEDIA' },
  ],
  claims: [
    { id: 'clm-none-died', text: 'Nobody died.', question: 'deaths', quantity: { value: 0 } },
    { id: figureClaim, text: `${figure} detained.`, question: 'detained', quantity: { value: figure } },
  ],
  statements: [
    {
      source: 'src-minister',
      quote: 'nobody died',
      span: { start: 18, end: 29 },
      stances: [{ claim: 'clm-none-died', stance: 'SUPPORTS' }],
    },
    {
      source: `src-${doc}`,
      quote: '300 people were detained',
      span: { start: 45, end: 69 },
      stances: [{ claim: figureClaim, stance: 'SUPPORTS' }],
    },
  ],
});

const predicted = (
  doc: string,
  speaker: string,
  claim: string,
  question: string | null,
): PredictedDocument => ({
  documentId: doc,
  statements: [
    {
      id: `${doc}-1`,
      span: { start: 18, end: 29 },
      sourceId: speaker,
      stances: [{ claimId: claim, questionKey: question, quantity: { value: 0 }, text: 'Nobody died.' }],
    },
    {
      id: `${doc}-2`,
      span: { start: 40, end: 69 },
      sourceId: `outlet-${doc}`,
      stances: [
        { claimId: `${doc}-fig`, questionKey: 'detained', quantity: { value: 300 }, text: '300 detained.' },
      ],
    },
  ],
});

describe('scoring a resolution against gold', () => {
  const golds = [gold('a', 300, 'clm-300'), gold('b', 250, 'clm-250')];

  it('counts a pair the graph and the gold both link, and one the graph misses', () => {
    const e = evaluateResolution(golds, [
      predicted('a', 'src-min', 'clm-x', 'deaths'),
      predicted('b', 'src-min', 'clm-y', 'deaths'),
    ]);
    expect(e.statements).toEqual({ gold: 4, predicted: 4, matched: 4 });
    expect(e.relations.sameSpeaker.score).toMatchObject({ matched: 1, predicted: 1, gold: 1 });
    // The minister's two statements share a claim in the gold; the graph kept two claims.
    expect(e.relations.sameClaim.score).toMatchObject({ matched: 0, predicted: 0, gold: 1 });
    expect(e.relations.sameClaim.missed).toHaveLength(1);
    // Both questions are linked by both sides.
    expect(e.relations.sameQuestion.score).toMatchObject({ matched: 2, predicted: 2, gold: 2, f1: 1 });
  });

  it('counts a link the gold does not make as wrong, and never pairs a document with itself', () => {
    const e = evaluateResolution(golds, [
      predicted('a', 'src-min', 'clm-x', 'deaths'),
      { ...predicted('b', 'outlet-a', 'clm-x', 'deaths') },
    ]);
    // The minister of b is read as a's outlet: a's outlet and b's minister are linked, wrongly.
    expect(e.relations.sameSpeaker.score).toMatchObject({ matched: 0, predicted: 1, gold: 1 });
    expect(e.relations.sameSpeaker.wrong).toHaveLength(1);
    expect(e.relations.sameClaim.score).toMatchObject({ matched: 1, predicted: 1, gold: 1 });
    expect(e.autoLinkPrecision).toMatchObject({ matched: 3, predicted: 4 });
  });
});
