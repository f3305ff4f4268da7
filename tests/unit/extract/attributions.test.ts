import { read, statementOf } from './helpers';

// Each reporting pattern on sentences that are not in the seed article.
describe('attributions', () => {
  it('reads "X says" and "X said that" with the content after the cue', () => {
    const { lines } = read(
      'Mayor Ines Duarte says the bridge will reopen in June. Union leaders said that the strike would go on.',
    );
    expect(lines).toEqual([
      'Ines Duarte | says | the bridge will reopen in June',
      'Union leaders | said | the strike would go on',
    ]);
  });

  it('reads the attribution after the words: ", the ministry said in a statement."', () => {
    const { bundle, lines } = read(
      'Three wells were poisoned, the water ministry said in a statement on Friday.',
    );
    expect(lines).toEqual(['Water ministry | said | Three wells were poisoned']);
    expect(bundle.statements?.[0]).toMatchObject({ channel: 'statement', saidAt: '2024-05-03' });
  });

  it("follows a quote over paragraphs, by the printer's convention and as a paragraph of quote alone", () => {
    const { lines } = read(
      '“We waited for hours,” said Omar Haddad, a union spokesman. “Nobody came.\n' +
        '“Then the water rose.”\n' +
        'The ship docked on Friday.\n' +
        '“It was long,” a passenger said.',
      '2024-05-06',
      'Daily Wire',
    );
    expect(lines).toEqual([
      'Omar Haddad | said | We waited for hours',
      'Omar Haddad | said | Nobody came.',
      'Omar Haddad | said | Then the water rose.',
      'Daily Wire | - | The ship docked on Friday',
      'Passenger | said | It was long',
    ]);
  });

  it('keeps a quoted phrase inside reported speech whole, with both its marks', () => {
    expect(read('Haddad said the union would “fight to the end”.').lines).toEqual([
      'Haddad | said | the union would “fight to the end”',
    ]);
  });

  it('gives the words after ", adding that" behind a quote to the quote\'s speaker', () => {
    const { lines } = read('“The plant is safe,” Lee said, adding that inspections were monthly.');
    expect(lines).toEqual(['Lee | said | The plant is safe', 'Lee | adding | inspections were monthly']);
  });

  it('does not take a quoted sentence before the cue for a name', () => {
    const { bundle, lines } = read('“We are devastated,” the family said in a statement released by police.');
    expect(lines).toEqual(['Family | said | We are devastated']);
    expect(bundle.statements?.[0]?.channel).toBe('statement');
  });

  it('reads a cue that compromise takes for a plural noun, but not a noun followed by its verb', () => {
    const { lines } = read(
      'The government estimates 300 people died. Police reports show the road was closed.',
    );
    expect(lines).toEqual(['Government | estimates | 300 people died']);
  });

  it('reads past a participle phrase in the subject and takes its channel', () => {
    const { bundle, lines } = read('Smith, speaking by phone from Kyiv, said the shelling had stopped.');
    expect(lines).toEqual(['Smith | said | the shelling had stopped']);
    expect(bundle.statements?.[0]?.channel).toBe('telephone');
  });

  it('reads "X later told", "put the figure at" as an estimate, and no statement in "did not say"', () => {
    const { lines } = read(
      'Minister Lena Varga later told lawmakers the toll could rise. She did not say by how much. ' +
        'Organisers put the crowd at 40,000. Police put up barriers.',
      '2024-05-06',
      'Daily Wire',
    );
    expect(lines).toEqual([
      'Lena Varga | told | the toll could rise',
      'Daily Wire | - | She did not say by how much',
      'Organisers | put | the crowd at 40,000',
      'Daily Wire | - | Police put up barriers',
    ]);
  });

  it('reads a lowercase body or group after the words, which compromise alone reads as a verb', () => {
    const { lines } = read('About 4,000 people marched in Lyon, police said. The road is shut, staff said.');
    expect(lines).toEqual([
      'Police | said | About 4,000 people marched in Lyon',
      'Staff | said | The road is shut',
    ]);
  });

  it('reads "according to" before and after the words', () => {
    const { lines } = read(
      'The dam held overnight, according to the river authority. According to local farmers, the water is still rising.',
    );
    expect(lines).toEqual([
      'River authority | according to | The dam held overnight',
      'Local farmers | according to | the water is still rising',
    ]);
  });

  it('reads estimated, claimed, maintains, described and complained', () => {
    const { lines } = read(
      'Organisers estimated the turnout at about 5,000. The rebels claimed they had taken the airport. ' +
        'The club maintains that the fee was paid. Critics described the plan as reckless. ' +
        'Tenants have complained for months that the heating fails.',
    );
    expect(lines.map((l) => l.split(' | ')[1])).toEqual([
      'estimated',
      'claimed',
      'maintains',
      'described',
      'complained',
    ]);
    expect(lines[4]).toBe('Tenants | complained | the heating fails');
  });

  it('gives each part of a quote split around its attribution, across sentences, a statement', () => {
    const text =
      '“The pumps failed at midnight,” said Olga Berg, an engineer at the plant. “Nobody could restart them.”';
    const { bundle, lines } = read(text);
    expect(lines).toEqual([
      'Olga Berg | said | The pumps failed at midnight',
      'Olga Berg | said | Nobody could restart them.',
    ]);
    for (const statement of bundle.statements ?? []) {
      expect(statement).toMatchObject({ direct: true });
      expect(text.slice(statement.span?.start, statement.span?.end)).toBe(statement.quote);
    }
  });

  it('gives each part of a quote split by a comma a statement: "“...,” he said, “...”"', () => {
    const { lines } = read('Juan Soto arrived late. “We tried,” he said, “but the road was closed.”');
    expect(lines).toEqual(['Juan Soto | said | We tried', 'Juan Soto | said | but the road was closed.']);
  });

  it('reads a quote introduced by a colon, its speaker the subject of the sentence, its hearer a relay', () => {
    const { bundle, lines, name } = read(
      'Hours after the crash, the pilot described the landing to Radio Sud by phone: “We came down on one engine.”',
    );
    expect(lines).toEqual(['Pilot | described | We came down on one engine.']);
    expect(bundle.statements?.[0]?.channel).toBe('telephone');
    expect(bundle.statements?.[0]?.via?.map(name)).toEqual(['Radio Sud']);
  });

  it('reads a participle after a channel: "sent passengers an email warning that"', () => {
    const { bundle, lines } = read(
      'Nordic Air sent passengers an email on Sunday warning that flights could be delayed.',
    );
    expect(lines).toEqual(['Nordic Air | warning | flights could be delayed']);
    expect(bundle.statements?.[0]?.channel).toBe('email');
  });

  it('gives each of several speakers who share the words a statement of their own', () => {
    const { lines } = read(
      'Both Ghana and the African Union said on Monday that the election had been fair.',
    );
    expect(lines).toEqual([
      'Ghana | said | the election had been fair',
      'African Union | said | the election had been fair',
    ]);
  });

  it('reads a speaker named in a relative clause: "X, whose director, Y, told"', () => {
    const { lines } = read(
      'The land belongs to Orchard Farms, whose director, Paul Meyer, told reporters that no pesticide was used.',
    );
    expect(lines[0]).toBe('Paul Meyer | told | no pesticide was used');
  });

  it('keeps the narration of the publisher apart, without a cue', () => {
    const { lines } = read(
      'The festival opened with 40 bands. Police said the crowd was calm.',
      '2024-05-06',
      'Coast Tribune',
    );
    expect(lines).toEqual([
      'Coast Tribune | - | The festival opened with 40 bands',
      'Police | said | the crowd was calm',
    ]);
  });

  it('leaves out closing credits in brackets, but reads other sentences in brackets', () => {
    const { lines } = read(
      'The count resumed at noon. (The commission said later that 40 ballot boxes had been sealed.)\n' +
        '(Reporting by Ana Lima in Recife; editing by Tom Hart)',
      '2024-05-06',
      'Southern Wire',
    );
    expect(lines).toEqual([
      'Southern Wire | - | The count resumed at noon',
      'Commission | said | 40 ballot boxes had been sealed',
    ]);
  });

  it('reads straight quotation marks and does not end a sentence after an abbreviation', () => {
    const { lines } = read(
      '"We will rebuild," said Dr. Ana Ruiz of the U.S. aid mission. Mr. Lee said the school would reopen.',
    );
    expect(lines).toEqual(['Ana Ruiz | said | We will rebuild', 'Lee | said | the school would reopen']);
  });

  it('gives exact offsets into the text', () => {
    const text = 'Doctors said at least 30 patients were moved.';
    const s = statementOf(read(text).bundle, 'patients');
    expect(s?.span).toEqual({ start: 13, end: 44 });
  });
});

describe('cues, passives and contrasts', () => {
  it('reads "believes" as a cue, but not "is believed to"', () => {
    expect(
      read('Greenwatch believes the spill is larger than reported. The tanker is believed to have sunk.')
        .lines,
    ).toEqual(['Greenwatch | believes | the spill is larger than reported']);
  });

  it('takes "X were told" for narration: the subject heard the words', () => {
    expect(read('Tenants were told of the rent rise by letter.', '2024-05-06', 'Wire').lines).toEqual([
      'Wire | - | Tenants were told of the rent rise by letter',
    ]);
  });

  it('reads two attributions joined by ", while": "P, X said, while Y said Q"', () => {
    expect(
      read(
        'Turnout was 61 percent, the electoral commission said, while opposition monitors said it was below 40 percent.',
      ).lines,
    ).toEqual([
      'Electoral commission | said | Turnout was 61 percent',
      'Opposition monitors | said | it was below 40 percent',
    ]);
  });
});

describe('estimates, threats and subjects with names and asides', () => {
  it('reads "put the turnout far higher" as an estimate', () => {
    expect(read('Organisers put the turnout far higher.').lines).toEqual([
      'Organisers | put | the turnout far higher',
    ]);
  });

  it('reads "threatened" as a cue, also as the second verb of "claims ..., and has threatened ..."', () => {
    expect(
      read('The union claims to have the support of 9,000 members, and has threatened to strike in May.')
        .lines,
    ).toEqual([
      'Union | claims | to have the support of 9,000 members',
      'Union | threatened | to strike in May',
    ]);
  });

  it('never takes a capitalised word inside a name for the verb: "Mill Lane Housing Trust, which ..., said"', () => {
    expect(read('Mill Lane Housing Trust, which owns the flats, said rents would rise.').lines).toEqual([
      'Mill Lane Housing Trust | said | rents would rise',
    ]);
  });

  it('reads past ", in a statement carried by X," between the subject and its verb', () => {
    const { bundle, lines, name } = read(
      'The ministry, in a statement carried by the Daily Ledger, said the border would reopen.',
    );
    expect(lines).toEqual(['Ministry | said | the border would reopen']);
    expect(bundle.statements?.[0]).toMatchObject({ channel: 'statement' });
    expect(bundle.statements?.[0]?.via?.map(name)).toEqual(['Daily Ledger']);
  });
});

describe('the speaker after a clause-initial cue', () => {
  it('reads the object of "accused" and the clause of "acknowledged" as words, with the speaker before', () => {
    const { lines } = read(
      'Lena Vasquez, who chairs the harbour board, accused the port operator of ignoring safety drills. ' +
        'Omar Reyes, the board’s treasurer, acknowledged that the accounts were late.',
    );
    expect(lines).toEqual([
      'Lena Vasquez | accused | the port operator of ignoring safety drills',
      'Omar Reyes | acknowledged | the accounts were late',
    ]);
  });

  it('still reads a short name or title after the cue as the speaker', () => {
    const { lines } = read('The ferry will not sail before noon, said Ingrid Sole, the port’s director.');
    expect(lines).toEqual(['Ingrid Sole | said | The ferry will not sail before noon']);
  });
});

describe('a second reporting verb of the same subject', () => {
  it('splits "told X that P, and warned that Q" and "conceded P but insisted Q" into two statements', () => {
    const { lines } = read(
      'Coach Maria Olsen told the club’s members that the pitch was unsafe, and warned that the season might be cut short. ' +
        'The rail operator conceded that trains had run late all winter but insisted the new timetable would hold.',
    );
    expect(lines).toEqual([
      'Maria Olsen | told | the pitch was unsafe',
      'Maria Olsen | warned | the season might be cut short',
      'Rail operator | conceded | trains had run late all winter',
      'Rail operator | insisted | the new timetable would hold',
    ]);
  });

  it('gives the words after ", saying" to the speaker of a denial', () => {
    const { lines } = read(
      'The water company denied that the reservoir had been contaminated, saying samples taken in March were clean.',
    );
    expect(lines).toEqual([
      'Water company | denied | the reservoir had been contaminated',
      'Water company | saying | samples taken in March were clean',
    ]);
  });

  it('does not split on "and" or "but" followed by a verb that does not report', () => {
    const { lines } = read('The mayor’s office said the road would close and reopen in May.');
    expect(lines).toEqual(['Mayor’s office | said | the road would close and reopen in May']);
  });
});
