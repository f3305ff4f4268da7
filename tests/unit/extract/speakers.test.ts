import { read } from './helpers';

describe('speakers', () => {
  it('takes role and organisation from a title and from an apposition', () => {
    const { source } = read(
      'Finance Ministry spokeswoman Lena Vogt said the budget was balanced. ' +
        'Karl Ost, a spokesman for the harbour authority, said the port would reopen.',
    );
    expect(source('Lena Vogt')).toMatchObject({ type: 'PERSON', role: 'Finance Ministry spokeswoman' });
    const ost = source('Karl Ost');
    expect(ost).toMatchObject({ role: 'spokesman for the harbour authority' });
    expect(ost?.speaksFor).toBe(source('Harbour authority')?.id);
  });

  it('resolves a later surname, a variant spelling and a pronoun to the same source', () => {
    const { lines, source } = read(
      'Coach Dmitri Volkov said the team was ready. Volkow said the injuries had healed. He said the final would be hard.',
    );
    expect(lines.map((l) => l.split(' | ')[0])).toEqual(['Dmitri Volkov', 'Dmitri Volkov', 'Dmitri Volkov']);
    expect(source('Dmitri Volkov')?.aliases).toEqual(expect.arrayContaining(['Volkow', 'Volkov']));
  });

  it('reads unnamed groups as GROUP sources', () => {
    const { source, lines } = read(
      'Opposition deputies say the count was rigged. But the protesters say they will stay.',
    );
    expect(source('Opposition deputies')?.type).toBe('GROUP');
    expect(source('Protesters')?.type).toBe('GROUP');
    expect(lines).toHaveLength(2);
  });

  it('resolves "the company" and "it" to the body named before', () => {
    const { lines } = read(
      'Nordwind Airlines has cancelled 40 flights, the company said. It said refunds would follow.',
    );
    expect(lines.map((l) => l.split(' | ')[0])).toEqual(['Nordwind Airlines', 'Nordwind Airlines']);
  });

  it('names an unnamed spokesperson after the body they speak for', () => {
    const { source } = read(
      'The Water Agency closed the lake. The lake is unsafe, a spokesman for the agency said.',
    );
    expect(source('Spokesman for the Water Agency')).toMatchObject({ type: 'PERSON' });
  });
});

describe('surnames ending in -s', () => {
  it('keeps "Reyes" and "Evans" persons, resolved to the full names, while "Villagers" is a group', () => {
    const { bundle, lines } = read(
      'Farm inspector Carmen Reyes said the wells were dry. Reyes added that cattle were being moved north. ' +
        'Villagers said the river had dropped a metre. Evans, a local vet, said three calves had died.',
    );
    expect(lines.map((l) => l.split(' | ')[0])).toEqual([
      'Carmen Reyes',
      'Carmen Reyes',
      'Villagers',
      'Evans',
    ]);
    const types = Object.fromEntries((bundle.sources ?? []).map((s) => [s.name, s.type]));
    expect(types).toMatchObject({ 'Carmen Reyes': 'PERSON', Villagers: 'GROUP', Evans: 'PERSON' });
  });
});
