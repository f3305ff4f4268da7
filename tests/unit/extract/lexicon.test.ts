import { typeByHead } from '../../../src/extract/lexicon';

describe('the type a name implies by its head noun', () => {
  it.each([
    ['European Union', 'INTERNATIONAL'],
    ['African Union', 'INTERNATIONAL'],
    ['United Nations', 'INTERNATIONAL'],
    ['NATO', 'INTERNATIONAL'],
    ['Transport Workers Union', 'ORGANIZATION'],
    ['BBC World Service', 'MEDIA'],
    ['Lakeland ambulance service', 'GOVERNMENT'],
    ['Associated Press', 'MEDIA'],
    ['Harbour Gazette', 'MEDIA'],
    ['Ministry of Health', 'GOVERNMENT'],
    ['Royal College of Nursing', 'ORGANIZATION'],
    ['Helvex Pharma', 'ORGANIZATION'],
  ] as const)('%s is %s', (name, type) => expect(typeByHead(name)).toBe(type));

  it('says nothing of a name whose head noun it does not know', () => {
    expect(typeByHead('Ana Lima')).toBeUndefined();
  });
});
