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

  it('makes a minister titled by a portfolio speak for that ministry', () => {
    const { source } = read('Foreign Minister Ilse Berg said the embassy would reopen.');
    expect(source('Ilse Berg')?.speaksFor).toBe(source('Foreign Ministry')?.id);
    expect(source('Foreign Ministry')?.type).toBe('GOVERNMENT');
  });

  it('resolves a later surname, a variant spelling and a pronoun to the same source', () => {
    const { lines, source } = read(
      'Coach Dmitri Volkov said the team was ready. Volkow said the injuries had healed. He said the final would be hard.',
    );
    expect(lines.map((l) => l.split(' | ')[0])).toEqual(['Dmitri Volkov', 'Dmitri Volkov', 'Dmitri Volkov']);
    expect(source('Dmitri Volkov')?.aliases).toEqual(expect.arrayContaining(['Volkow', 'Volkov']));
  });

  it('reads unnamed groups, plural or collective, as GROUP sources', () => {
    const { source, lines } = read(
      'Hospital staff described the night as chaotic. Weeks later, angry parents told a council meeting that the ward should never have closed.',
    );
    expect(source('Hospital staff')?.type).toBe('GROUP');
    expect(source('Angry parents')?.type).toBe('GROUP');
    expect(lines).toHaveLength(2);
  });

  it('reads a body named by a common noun and its place: "The embassy in Madrid"', () => {
    const { source, lines } = read('The embassy in Madrid expects visa queues to ease, it said on Friday.');
    expect(lines).toEqual(['Embassy in Madrid | said | The embassy in Madrid expects visa queues to ease']);
    expect(source('Embassy in Madrid')?.type).toBe('GOVERNMENT');
  });

  it('reads a name set in quotation marks, with the words around it as its role', () => {
    const { source, lines } = read(
      "The business daily 'Vedomosti' reported on Tuesday that the bank would be sold. " +
        'The sale is illegal, the “Green Dawn” movement said.',
    );
    expect(lines).toEqual([
      'Vedomosti | reported | the bank would be sold',
      'Green Dawn | said | The sale is illegal',
    ]);
    expect(source('Vedomosti')).toMatchObject({ type: 'MEDIA', role: 'business daily' });
    expect(source('Green Dawn')).toMatchObject({ type: 'ORGANIZATION', role: 'movement' });
  });

  it('does not take an age in apposition for a role', () => {
    const { source } = read('“We lost everything,” said Maria Ortiz, 52.');
    expect(source('Maria Ortiz')).toEqual(expect.not.objectContaining({ role: expect.anything() }));
  });

  it('reads "ROLE, NAME," as a named person with that role', () => {
    const { source, lines } = read('The club’s captain, Leon Marsh, said the players had not been paid.');
    expect(lines).toEqual(['Leon Marsh | said | the players had not been paid']);
    expect(source('Leon Marsh')).toMatchObject({ type: 'PERSON', role: 'club’s captain' });
  });

  it('keeps a body whose name holds "and" one speaker, and splits a list of speakers', () => {
    expect(read('The Ministry of Labour and Social Affairs said pensions would rise.').lines).toEqual([
      'Ministry of Labour and Social Affairs | said | pensions would rise',
    ]);
    expect(
      read('Doctors, nurses and the Royal College of Midwives all said the closure was rushed.').lines,
    ).toEqual([
      'Doctors | said | the closure was rushed',
      'Nurses | said | the closure was rushed',
      'Royal College of Midwives | said | the closure was rushed',
    ]);
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

describe('what the bundle says of a source', () => {
  it('marks opposition and international sources by their words and type', () => {
    const { source } = read(
      'Opposition leader Ravi Das said the vote was rigged. The United Nations said observers saw no fraud.',
    );
    expect(source('Ravi Das')?.affiliation).toBe('OPPOSITION');
    expect(source('United Nations')).toMatchObject({ type: 'INTERNATIONAL', affiliation: 'INTERNATIONAL' });
  });

  it('takes the fuller name when a surname comes first, keeping the surname as an alias', () => {
    const { source, lines } = read(
      'Lindqvist said the mine was safe. Marta Lindqvist, the mine’s director, said inspections were monthly.',
    );
    expect(lines.map((l) => l.split(' | ')[0])).toEqual(['Marta Lindqvist', 'Marta Lindqvist']);
    expect(source('Marta Lindqvist')).toMatchObject({ type: 'PERSON', aliases: ['Lindqvist'] });
  });

  it('makes a service of a news outlet a news outlet', () => {
    const { source } = read(
      'Polaris’s Arctic Service reports that the road was closed.',
      '2024-05-06',
      'Polaris',
    );
    expect(source('Polaris’s Arctic Service')?.type).toBe('MEDIA');
  });
});

describe('pronouns', () => {
  it('resolves "she" past a man named later, and "they" to the last group', () => {
    const { lines } = read(
      'Senator Maria Lopez said the bill would pass. Party chairman Tom Reed said he doubted it. ' +
        'She said the votes were there. Nurses said the ward was understaffed. They said three shifts had gone uncovered.',
    );
    expect(lines.map((l) => l.split(' | ')[0])).toEqual([
      'Maria Lopez',
      'Tom Reed',
      'Maria Lopez',
      'Nurses',
      'Nurses',
    ]);
  });
});

describe('voices of a person', () => {
  it('gives "his office" and "her lawyers" to those who speak for the person the pronoun names', () => {
    const { source, lines } = read(
      'Finance Minister Karl Berg resigned on Friday. His office said a letter would follow. ' +
        'Actress Mara Voss was charged on Monday. She will plead not guilty, her lawyers said.',
    );
    expect(lines.map((l) => l.split(' | ')[0])).toEqual(['Office of Karl Berg', 'Lawyers for Mara Voss']);
    expect(source('Office of Karl Berg')).toMatchObject({ type: 'GOVERNMENT', speaksFor: 'src-karl-berg' });
    expect(source('Lawyers for Mara Voss')).toMatchObject({ type: 'GROUP', speaksFor: 'src-mara-voss' });
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

describe('names of bodies', () => {
  it('keeps "and" between two words of a body’s name, but not after a person’s name', () => {
    expect(read('The Fish and Wildlife Service said the wolves were thriving.').lines).toEqual([
      'Fish and Wildlife Service | said | the wolves were thriving',
    ]);
    const { source } = read(
      'Ana Costa, an organiser for the Metal and Energy Workers’ Union, said pay had stalled.',
    );
    expect(source('Ana Costa')?.memberOf).toEqual([source('Metal and Energy Workers’ Union')?.id]);
    expect(read('Anna Smith and Harlow Council said the road was shut.').lines).toEqual([
      'Anna Smith | said | the road was shut',
      'Harlow Council | said | the road was shut',
    ]);
  });

  it('reads a kind of body before a name as what the body is: "Retailer Brightmart"', () => {
    const { source, lines } = read(
      'Retailer Brightmart says it will close 40 stores. In a statement, the company said rents had doubled.',
    );
    expect(source('Brightmart')).toMatchObject({ type: 'ORGANIZATION', role: 'retailer' });
    expect(lines.map((l) => l.split(' | ')[0])).toEqual(['Brightmart', 'Brightmart']);
  });

  it('reads a body described in apposition as that kind of body, and "Its ROLE, NAME" as its member', () => {
    const { source, lines } = read(
      'The Harbour Trust, the charity running the old docks, says the sale is rushed. ' +
        'Its chief executive, Dan Morley, says the price is too low.',
    );
    expect(source('Harbour Trust')?.type).toBe('ORGANIZATION');
    expect(source('Dan Morley')).toMatchObject({ role: 'chief executive', speaksFor: 'src-harbour-trust' });
    expect(lines.map((l) => l.split(' | ')[0])).toEqual(['Harbour Trust', 'Dan Morley']);
  });

  it('resolves "the company" to a company, not to a union named since', () => {
    const { lines } = read(
      'Harlow Motors said 80 jobs would go. Mia Park, a steward for the Transport and General Workers’ Union, ' +
        'said the cuts were unlawful. The company denied that any law had been broken.',
    );
    expect(lines.map((l) => l.split(' | ')[0])).toEqual(['Harlow Motors', 'Mia Park', 'Harlow Motors']);
  });

  it('makes a government spokesman speak for the government, not for a ministry named before', () => {
    const { source, lines } = read(
      'The Interior Ministry said 12 people were held. Government spokesman Ali Demir said talks had failed. ' +
        'The government in Ankara later said it would try again.',
    );
    expect(source('Ali Demir')?.speaksFor).toBe(source('Government')?.id);
    expect(lines.map((l) => l.split(' | ')[0])).toEqual(['Interior Ministry', 'Ali Demir', 'Government']);
  });

  it('takes an honorific for no role, and a Prime Minister for no ministry', () => {
    const { source } = read(
      '“We were not consulted,” Ms Okafor told the Gazette. Prime Minister Lena Holm said talks would resume.',
    );
    expect(source('Okafor')).toEqual(expect.not.objectContaining({ role: expect.anything() }));
    expect(source('Prime Ministry')).toBeUndefined();
  });
});

describe('groups', () => {
  it('reads people described by what they were doing: "Parents waiting at the gates said"', () => {
    expect(read('Parents waiting at the gates said the bus was late.').lines).toEqual([
      'Parents | said | the bus was late',
    ]);
  });

  it('gives "Many told ..." to the group the narration named before', () => {
    expect(
      read('Shoppers were led out of the mall. Many told the Echo that they had heard a bang.').lines,
    ).toEqual(['Shoppers | told | they had heard a bang']);
  });
});

describe('names that are not names', () => {
  it('takes no abstract noun opening a sentence for a person a later "he" could mean', () => {
    expect(
      read('Sgt. Tom Hale said the bus skidded at 7am. Visibility at the time was poor, he said.').lines,
    ).toEqual([
      'Tom Hale | said | the bus skidded at 7am',
      'Tom Hale | said | Visibility at the time was poor',
    ]);
  });

  it('names "a spokeswoman for X" and "one man" without a surname of "Center" or "man"', () => {
    const { source, lines } = read(
      'A spokeswoman for St. Anne’s Medical Center said four patients were treated. ' +
        'One man, who asked not to be named, said the ward was full. “We waited six hours,” he said.',
    );
    expect(lines.map((l) => l.split(' | ')[0])).toEqual([
      'Spokeswoman for St. Anne’s Medical Center',
      'One man',
      'One man',
    ]);
    expect(source('Spokeswoman for St. Anne’s Medical Center')).toMatchObject({
      speaksFor: source('St. Anne’s Medical Center')?.id,
    });
    expect(source('Spokeswoman for St. Anne’s Medical Center')?.aliases).toBeUndefined();
    expect(source('One man')?.aliases).toBeUndefined();
  });

  it('keeps a body named in passing, inside reported words, for a later "the agency"', () => {
    expect(
      read('The mayor said the Coastal Flood Agency had sent pumps. The agency said more would follow.')
        .lines,
    ).toEqual([
      'Mayor | said | the Coastal Flood Agency had sent pumps',
      'Coastal Flood Agency | said | more would follow',
    ]);
  });
});
