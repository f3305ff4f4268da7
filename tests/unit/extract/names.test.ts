import { sameSource } from '../../../src/extract';
import { read } from './helpers';

describe('one source under several names', () => {
  it.each([
    ['Akaev', 'Akayev', 'person'],
    ['Lindquist', 'Marta Lindqvist', 'person'],
    ['Okonkwo', 'Grace Okonkwo', 'person'],
    ['Nordbank', 'Nordbank Holdings', 'body'],
    ['the Gazette', 'Harbour Gazette', 'body'],
    ['UNHCR', 'United Nations High Commissioner for Refugees', 'body'],
  ] as const)('%s and %s', (a, b, kind) => expect(sameSource(a, b, kind)).toBe(true));

  it.each([
    ['Petrov', 'Ivanov', 'person'],
    ['Hansen', 'Jansen', 'person'],
    ['Grace Okonkwo', 'Grace Adeyemi', 'person'],
  ] as const)('not %s and %s', (a, b, kind) => expect(sameSource(a, b, kind)).toBe(false));
});

describe('an acronym in brackets after a name', () => {
  it('is another name of the same body, whatever its letters', () => {
    const { source, lines } = read(
      'Jan Novak, a spokesman for the Civic Democratic Party (ODS), said talks had failed. ' +
        'The ODS said it would vote no.',
    );
    expect(source('Civic Democratic Party')?.aliases).toEqual(['ODS']);
    expect(source('Jan Novak')?.speaksFor).toBe(source('Civic Democratic Party')?.id);
    expect(lines.map((l) => l.split(' | ')[0])).toEqual(['Jan Novak', 'Civic Democratic Party']);
  });
});
