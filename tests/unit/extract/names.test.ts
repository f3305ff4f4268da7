import { sameSource } from '../../../src/extract';

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
