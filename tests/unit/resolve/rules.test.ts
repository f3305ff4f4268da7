import { compareClaims } from '../../../src/resolve/claims';
import { acronymOf, personTokens, soundKey } from '../../../src/resolve/names';
import { compareQuestions, readQuestion } from '../../../src/resolve/questions';
import { compareSources, type SourceFacts } from '../../../src/resolve/sources';

describe('the sound of a name', () => {
  it.each([
    [['Akaev', 'Akayev', 'Акаев']],
    [['Jangaraev', 'Dzhangarayev', 'Джангараев']],
    [['Karasartov', 'Qarasartov']],
    [['Yevgeny', 'Evgeniy', 'Yevgeniy', 'Evgenii']],
    [['Jalal-Abad', 'Jalalabad', 'Dzhalal-Abad']],
    [['Yanukovych', 'Yanukovich', 'Янукович']],
    [['Kharitonov', 'Haritonov', 'Харитонов']],
    [['Sergeyev', 'Sergeev', 'Sergeiev']],
    [['Fyodorova', 'Fedorova', 'Фёдорова']],
    [['Pyotr', 'Petr', 'Пётр']],
  ])('is one for the usual romanisations of %j', (spellings) => {
    expect(new Set(spellings.map(soundKey)).size).toBe(1);
  });

  it.each([
    ['Petrov', 'Petrova'],
    ['Ivanov', 'Ivanenko'],
    ['Volkov', 'Orlov'],
  ])('tells %s from %s', (a, b) => expect(soundKey(a)).not.toBe(soundKey(b)));

  it('leaves titles and honorifics out of a person’s name, and reads acronyms of bodies', () => {
    expect(personTokens('Interior Minister Arkady Sergeyev')).toEqual(['arkady', 'sergeyev']);
    expect(personTokens('Mr. Jangaraev')).toEqual(['jangaraev']);
    expect(acronymOf('Central Election Commission')).toBe('cec');
    expect(acronymOf('Organization for Security and Cooperation in Europe')).toBe('osce');
    expect(acronymOf('Organization for Security and Co-operation in Europe')).toBe('osce');
  });
});

const person = (name: string, role: string | null = null, aliases: string[] = []): SourceFacts => ({
  name,
  aliases,
  type: 'PERSON',
  role,
});
const body = (
  name: string,
  type: SourceFacts['type'] = 'GOVERNMENT',
  aliases: string[] = [],
): SourceFacts => ({
  name,
  aliases,
  type,
  role: null,
});

describe('two sources', () => {
  it('are one person by the same full name, however it is spelt', () => {
    expect(
      compareSources(person('Evgeniy Haritonov'), person('Yevgeny Kharitonov'), false).score,
    ).toBeGreaterThanOrEqual(0.85);
  });

  it('are one person by title and surname within one story, and only a suggestion in another', () => {
    const inStory = compareSources(
      person('Petrenko', 'Governor'),
      person('Oleg Petrenko', 'regional governor'),
      true,
    );
    const elsewhere = compareSources(person('Petrenko'), person('Oleg Petrenko'), false);
    expect(inStory.score).toBeGreaterThanOrEqual(0.85);
    expect(inStory.reasons.join(' ')).toContain('governor');
    expect(elsewhere.score).toBeGreaterThanOrEqual(0.5);
    expect(elsewhere.score).toBeLessThan(0.85);
  });

  it('are two people with one surname and other first names', () => {
    expect(compareSources(person('Ivan Petrenko'), person('Oleg Petrenko'), true).score).toBeLessThan(0.5);
  });

  it('are never a person and a body', () => {
    expect(compareSources(person('Res Publica'), body('Res Publica', 'MEDIA'), true).score).toBe(0);
  });

  it('are one body by name or acronym within a story, and one outlet by name in any', () => {
    expect(
      compareSources(body('CEC'), body('Central Election Commission'), true).score,
    ).toBeGreaterThanOrEqual(0.85);
    expect(compareSources(body('Interior Ministry'), body('Interior Ministry'), false).score).toBeLessThan(
      0.85,
    );
    expect(
      compareSources(body('Amber Wire', 'MEDIA'), body('Amber Wire', 'MEDIA'), false).score,
    ).toBeGreaterThanOrEqual(0.85);
  });
});

describe('two questions', () => {
  it('are one when they count the same thing at one place on one day, however the place is spelt', () => {
    expect(
      compareQuestions('deaths | Jalal-Abad | 2005-03-20', 'deaths | Dzhalal-Abad | 2005-03-20').score,
    ).toBe(1);
  });

  it('are two for another place or another day', () => {
    expect(
      compareQuestions('deaths | Mirnogorsk | 2026-03-02', 'deaths | Belozersk | 2026-03-02').score,
    ).toBe(0);
    expect(
      compareQuestions('deaths | Mirnogorsk | 2026-03-02', 'deaths | Mirnogorsk | 2026-03-03').score,
    ).toBe(0);
    expect(compareQuestions('deaths | Osh | 2005-03-20', 'injured | Osh | 2005-03-20').score).toBe(0);
  });

  it('match a hand-written question by what its first words count, its day and its place', () => {
    expect(readQuestion('crowd size in Jalal-Abad on 20 March 2005')).toEqual({
      what: 'crowd',
      where: 'Jalal-Abad',
      when: '2005-03-20',
    });
    expect(readQuestion('provincial government buildings cleared of demonstrators')).toBeUndefined();
    expect(
      compareQuestions('crowd | Jalalabad | 2005-03-20', 'crowd size in Jalal-Abad on 20 March 2005').score,
    ).toBe(1);
  });

  it('keep apart two counts of one clause by who is counted', () => {
    expect(
      compareQuestions('injured (protesters) | Osh | 2005-03-20', 'injured (policemen) | Osh | 2005-03-20')
        .score,
    ).toBe(0);
  });
});

describe('two claims', () => {
  const figure = (value: number, question = 'deaths | osh | 2005-03-20') => ({
    text: `${value} died`,
    quantity: { value, unit: 'people' },
    question,
    occurredAt: null,
  });

  it('are one with the same figure for the same question, and two with another figure or question', () => {
    expect(compareClaims(figure(4), figure(4)).score).toBeGreaterThanOrEqual(0.85);
    expect(compareClaims(figure(4), figure(3)).score).toBe(0);
    expect(compareClaims(figure(4), figure(4, 'deaths | jalal-abad | 2005-03-20')).score).toBe(0);
  });

  it('are one by their words when the words are the same, whatever the synonyms reports use', () => {
    const said = (text: string) => ({ text, quantity: null, question: null, occurredAt: null });
    expect(
      compareClaims(
        said('Rescuers are still searching the rubble.'),
        said('Rescuers are still searching the rubble.'),
      ).score,
    ).toBe(1);
    expect(
      compareClaims(said('The election was free and fair.'), said('The vote was free and fair.')).score,
    ).toBe(1);
    expect(
      compareClaims(
        said('The blast was caused by a leaking pipe.'),
        said('Rescuers are searching the rubble.'),
      ).score,
    ).toBe(0);
  });
});
