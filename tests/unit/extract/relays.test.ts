import { read } from './helpers';

describe('relays and channels', () => {
  it('"told <outlet>" names the outlet as relay; "by telephone" the channel', () => {
    const { bundle, name } = read(
      'Farmer Jan Kos told Radio Polaris by telephone that the hail ruined his crop.',
    );
    const s = bundle.statements?.[0];
    expect(s?.via?.map(name)).toEqual(['Radio Polaris']);
    expect(s?.channel).toBe('telephone');
  });

  it('"told <publisher>" names the publisher, known by the last word of its name', () => {
    const { bundle } = read(
      'Shop owner Ada Lind told the Tribune that the shop would close.',
      '2024-05-06',
      'Coast Tribune',
    );
    expect(bundle.statements?.[0]?.via).toEqual(['src-coast-tribune']);
  });

  it('"in a statement carried by X" names both channel and relay; "first printed by X" the relay', () => {
    const { bundle, name } = read(
      'The rail operator said in a statement carried by the Daily Ledger that trains would run. ' +
        'The drivers union said in a letter first printed by the Northern Echo that pay talks had failed.',
    );
    const [a, b] = bundle.statements ?? [];
    expect(a).toMatchObject({ channel: 'statement' });
    expect(a?.via?.map(name)).toEqual(['Daily Ledger']);
    expect(b).toMatchObject({ channel: 'letter' });
    expect(b?.via?.map(name)).toEqual(['Northern Echo']);
  });

  it('reads "in an interview with X", "by phone", "at a news conference", "on state television" and "repeatedly"', () => {
    const { bundle, name } = read(
      'Defence Minister Ana Reis said in an interview with the Lisbon Daily that the fleet was ready. ' +
        'The striking pilots said by phone that talks had broken down. ' +
        'The health secretary said at a news conference that the vaccine was safe. ' +
        'President Omar Diallo said on state television that the border would stay shut. ' +
        'The mayor has said repeatedly that the park will not be sold.',
    );
    const [a, b, c, d, e] = bundle.statements ?? [];
    expect(a).toMatchObject({ channel: 'interview', quote: 'the fleet was ready' });
    expect(a?.via?.map(name)).toEqual(['Lisbon Daily']);
    expect(b).toMatchObject({ channel: 'telephone', quote: 'talks had broken down' });
    expect(c).toMatchObject({ channel: 'press conference', quote: 'the vaccine was safe' });
    expect(d).toMatchObject({ channel: 'state television', quote: 'the border would stay shut' });
    expect(e).toMatchObject({ quote: 'the park will not be sold' });
  });

  it('an acronym names the body it abbreviates', () => {
    const { bundle } = read(
      'Miner Tom Reyes told WNS that the shaft was flooded.',
      '2024-05-06',
      'World News Service',
    );
    expect(bundle.statements?.[0]?.via).toEqual(['src-world-news-service']);
  });
});

describe('outlets that quoted the words', () => {
  it('reads "X quoted Y as saying", "Y was quoted by X as saying" and "..., Y said, according to X"', () => {
    const { bundle, lines, name } = read(
      'The Times quoted Lee as saying the mine would close. ' +
        'Ortiz was quoted by the Herald as saying that the pay offer was fair. ' +
        'The pits will reopen in May, Haddad said, according to the Morning Star.',
    );
    expect(lines).toEqual([
      'Lee | saying | the mine would close',
      'Ortiz | saying | the pay offer was fair',
      'Haddad | said | The pits will reopen in May',
    ]);
    expect(bundle.statements?.map((s) => s.via?.map(name))).toEqual([
      ['Times'],
      ['Herald'],
      ['Morning Star'],
    ]);
  });

  it('takes the relay from "Speaking to X," or "In comments broadcast by X," before the speaker', () => {
    const { bundle, name } = read(
      'Speaking to the Associated Press, Lee said the mine would close. ' +
        'In comments broadcast by Channel 4, Ortiz said the talks were over.',
    );
    expect(bundle.statements?.map((s) => s.via?.map(name))).toEqual([['Associated Press'], ['Channel 4']]);
  });

  it('reads a channel addressed to people who are not named: "in a letter to staff"', () => {
    const { bundle, lines } = read('The mine will close, Lee wrote in a letter to staff.');
    expect(lines).toEqual(['Lee | wrote | The mine will close']);
    expect(bundle.statements?.[0]?.channel).toBe('letter');
  });
});

describe('leading phrases before the speaker', () => {
  it('keeps a leading "In an interview with X," as channel and relay, and drops "Speaking to ...," from the subject', () => {
    const { bundle, lines, name } = read(
      'In an interview with Harbour FM, Nadia Kowalski argued the ferry fares were too high. ' +
        'Writing to shareholders on Monday evening, Piotr Zielinski, chairman of Baltic Lines, said profits had doubled.',
    );
    expect(lines).toEqual([
      'Nadia Kowalski | argued | the ferry fares were too high',
      'Piotr Zielinski | said | profits had doubled',
    ]);
    const first = bundle.statements?.[0];
    expect(first?.channel).toBe('interview');
    expect(first?.via?.map(name)).toEqual(['Harbour FM']);
  });

  it('drops a leading "Asked whether ...," from the subject', () => {
    const { lines } = read('Asked whether the plant was safe, Mayor Ann Lee said inspections were monthly.');
    expect(lines).toEqual(['Ann Lee | said | inspections were monthly']);
  });

  it('gives the words after ", which said" to the body named by "according to"', () => {
    const { lines } = read(
      'Two ferries were cancelled, according to the Port Authority, which said the storm would pass by noon.',
    );
    expect(lines).toEqual([
      'Port Authority | according to | Two ferries were cancelled',
      'Port Authority | said | the storm would pass by noon',
    ]);
  });
});

describe('relays named with a description', () => {
  it('reads "quoted by the newspaper X" in the subject, and "interview with state broadcaster X"', () => {
    const { bundle, name, source } = read(
      'Defence Minister Omar Haddad, quoted by the newspaper Al Nour, said the troops would stay. ' +
        'The mayor said in an interview with state broadcaster RTN that the bridge was safe.',
    );
    const [a, b] = bundle.statements ?? [];
    expect(a).toMatchObject({ quote: 'the troops would stay' });
    expect(name(bundle.statements?.[0]?.source ?? '')).toBe('Omar Haddad');
    expect(a?.via?.map(name)).toEqual(['Al Nour']);
    expect(b?.via?.map(name)).toEqual(['RTN']);
    expect(source('RTN')).toMatchObject({ type: 'MEDIA', role: 'state broadcaster' });
  });

  it('does not take the audience of a letter for a relay, and reads a hearer at the end of a sentence', () => {
    const { bundle, name } = read(
      'The union said in a letter to staff at the Kelso plant that talks would resume. ' +
        '“Nothing has changed,” Ms Rahman told the Gazette.',
    );
    const [a, b] = bundle.statements ?? [];
    expect(a?.via).toBeUndefined();
    expect(b?.via?.map(name)).toEqual(['Gazette']);
  });
});
