import { read } from './helpers';

describe('claims', () => {
  it('makes a claim of each figure, worded by its clause, with relative dates resolved', () => {
    const { bundle } = read(
      'Twelve fishermen were rescued today, while the fate of around 30 crew members was unknown, the coastguard said.',
    );
    expect(bundle.claims?.map((c) => [c.text, c.quantity])).toEqual([
      ['Twelve fishermen were rescued on 6 May 2024.', { value: 12, unit: 'people' }],
      ['The fate of around 30 crew members was unknown.', { value: 30, approx: true, unit: 'people' }],
    ]);
    expect(bundle.claims?.[0]).toMatchObject({
      occurredAt: '2024-05-06',
      // What, where (none named here) and when, in words no other report of the day needs to share.
      question: 'people rescued | - | 2024-05-06',
    });
  });

  it('shares a question between figures about the same thing, and not with others', () => {
    const { bundle } = read(
      'Organisers said 50,000 people marched. Police said about 12,000 people marched. Police said 30 people were arrested.',
    );
    const [a, b, c] = bundle.claims ?? [];
    expect(a?.question).toBe(b?.question);
    expect(c?.question).not.toBe(a?.question);
  });
});

describe('the wording of a claim', () => {
  it('spells a possessive relative day as a date before the noun', () => {
    const { bundle } = read("Police said 40 people were hurt in Sunday's clashes.");
    expect(bundle.claims?.[0]?.text).toBe('40 people were hurt in the 5 May 2024 clashes.');
  });
});

describe('what a figure counts and where', () => {
  it('reads "the number" as what the sentence before counted, and a place after "the centre of"', () => {
    const { bundle } = read(
      'By midday thousands of people had gathered in the centre of Jalal-Abad. ' +
        'Karasartov estimated the crowd at about 10,000. Opposition leaders put the number at 20,000.\n' +
        'In Osh, dozens of people were detained, his aides said.',
    );
    // The narration names no day and no source: the two estimates and the arrests are the claims.
    const questions = (bundle.claims ?? []).map((c) => c.question);
    expect(questions).toEqual(['crowd | Jalal-Abad | -', 'crowd | Jalal-Abad | -', 'detained | Osh | -']);
  });
});

describe('a revised account', () => {
  it('is marked when the words around the statement say so ("now say", "revised", "corrected")', () => {
    const { bundle } = read(
      'Police said on Friday that two people had died. Police now say three people died. ' +
        'The ministry corrected its figure, saying four people were killed.',
    );
    expect(bundle.statements?.map((s) => s.revises ?? false)).toEqual([false, true, true]);
  });
});

describe('the day of a running count', () => {
  it("is the day of the event the report leads with, and a new event's is its own", () => {
    const { bundle } = read(
      "Two people died in Sunday's landslide in Dubrova.\n" +
        'Police said on Monday the death toll had risen to five. Police said two more people were detained on Monday.',
    );
    const questions = (bundle.claims ?? []).map((c) => c.question);
    expect(questions).toEqual(['deaths | Dubrova | 2024-05-05', 'detained | Dubrova | 2024-05-06']);
  });
});

describe('the day of a claim', () => {
  it('is the day its own words name, else the day named in the leading phrase of its sentence', () => {
    const { bundle } = read(
      'Late on Sunday, about 4,000 people marched in Lyon, police said. Organisers said 9,000 people marched on Sunday.',
    );
    const [police, organisers] = bundle.claims ?? [];
    expect(police).toMatchObject({ occurredAt: '2024-05-05', text: 'About 4,000 people marched in Lyon.' });
    expect(police?.question).toBe(organisers?.question);
  });
});

describe('two figures of one clause', () => {
  it('answer two questions, told apart by the counted noun (the concept: wounded is injured)', () => {
    const { bundle } = read('Three soldiers and 12 civilians were wounded in the attack, the army said.');
    const [soldiers, civilians] = bundle.claims ?? [];
    expect(soldiers?.quantity).toEqual({ value: 3, unit: 'people' });
    expect(civilians?.quantity).toEqual({ value: 12, unit: 'people' });
    expect(soldiers?.question).toMatch(/^injured \(soldiers\) \|/);
    expect(civilians?.question).toMatch(/^injured \(civilians\) \|/);
  });
});

describe('claims that urge or oblige', () => {
  it('takes no figure from "No child should ..." or "please ...", but does from a statement of fact', () => {
    const { bundle } = read(
      'Headteacher Aisha Khan said no child should walk to school along the quarry road. ' +
        'Khan said nobody had been hurt so far.',
    );
    const claims = bundle.claims ?? [];
    expect(claims.find((c) => c.text.includes('should walk'))?.quantity).toBeUndefined();
    expect(claims.find((c) => c.text.includes('hurt'))?.quantity).toMatchObject({ value: 0, unit: 'people' });
  });
});

describe('the type of a service', () => {
  it('makes a "service" a broadcaster only with a media word in its name', () => {
    const { source } = read(
      'The Lakeland ambulance service said two crews were sent. The Baltic News Service said the line was closed.',
    );
    expect(source('Lakeland ambulance service')?.type).toBe('GOVERNMENT');
    expect(source('Baltic News Service')?.type).toBe('MEDIA');
  });
});
