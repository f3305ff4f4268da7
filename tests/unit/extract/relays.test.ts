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

  it('an acronym names the body it abbreviates', () => {
    const { bundle } = read(
      'Miner Tom Reyes told WNS that the shaft was flooded.',
      '2024-05-06',
      'World News Service',
    );
    expect(bundle.statements?.[0]?.via).toEqual(['src-world-news-service']);
  });
});
