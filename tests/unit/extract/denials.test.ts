import { read, statementOf } from './helpers';

describe('denials', () => {
  it('"denied that anyone had died" supports "Nobody had died", as a report saying so would', () => {
    const { bundle } = read('The Interior Ministry denied that anyone had died in the raids.');
    const ministry = statementOf(bundle, 'anyone had died');
    const claim = bundle.claims?.find((c) => c.id === ministry?.stances[0]?.claim);
    expect(ministry?.stances).toEqual([{ claim: claim?.id, stance: 'SUPPORTS' }]);
    expect(claim).toMatchObject({
      text: 'Nobody had died in the raids.',
      quantity: { value: 0, unit: 'people' },
    });
    expect(claim).not.toHaveProperty('restated');
  });

  it("a denial naming what it denies, followed by the same speaker's words, is one statement against it", () => {
    const { bundle } = read(
      'Union officials said 2,000 workers had walked out. The management disputed those figures on Thursday. ' +
        'It said fewer than 300 staff were absent.',
    );
    const union = statementOf(bundle, '2,000 workers');
    const management = statementOf(bundle, 'fewer than 300');
    expect(management?.cue).toBe('disputed');
    const contradicted = management?.stances.filter((s) => s.stance === 'CONTRADICTS').map((s) => s.claim);
    expect(contradicted).toEqual(expect.arrayContaining(union?.stances.map((s) => s.claim) ?? ['none']));
  });

  it('a denial with nothing after it is a statement of its own words against the claim it names', () => {
    const { bundle } = read(
      'Engineers from the Kessler Institute said the bridge was unsafe. The city council rejected the Kessler report.',
    );
    const engineers = statementOf(bundle, 'the bridge was unsafe');
    const council = statementOf(bundle, 'Kessler report');
    expect(council).toMatchObject({ cue: 'rejected', quote: 'the Kessler report' });
    expect(council?.stances).toEqual([{ claim: engineers?.stances[0]?.claim, stance: 'CONTRADICTS' }]);
  });

  it('"rejected that, saying ..." contradicts the statement before it and supports its own words', () => {
    const { bundle } = read(
      'Neighbours complained that the factory dumps waste at night. Factory owner Ruth Ames rejected that, saying all waste is collected.',
    );
    const complaint = statementOf(bundle, 'dumps waste');
    const owner = statementOf(bundle, 'all waste is collected');
    expect(owner?.stances).toEqual(
      expect.arrayContaining([
        { claim: complaint?.stances[0]?.claim, stance: 'CONTRADICTS' },
        expect.objectContaining({ stance: 'SUPPORTS' }),
      ]),
    );
  });

  it('reads "dismissed that estimate as propaganda", and a description that names no body already named', () => {
    const { bundle, lines } = read(
      'The army said 40 rebels were killed. The rebels dismissed that estimate as propaganda. ' +
        'The union says 3,000 jobs will go. The company has disputed the union figure.',
    );
    expect(lines.slice(1)).toEqual([
      'Rebels | dismissed | that estimate',
      'Union | says | 3,000 jobs will go',
      'Company | disputed | the union figure',
    ]);
    const [army, rebels, union, company] = bundle.statements ?? [];
    expect(rebels?.stances).toEqual([{ claim: army?.stances[0]?.claim, stance: 'CONTRADICTS' }]);
    expect(company?.stances).toEqual([{ claim: union?.stances[0]?.claim, stance: 'CONTRADICTS' }]);
  });

  it('"denied that P" contradicts P', () => {
    const { bundle } = read('Interior Minister Omar Haddad denied that the police fired on the crowd.');
    expect(bundle.statements?.[0]?.stances.map((s) => s.stance)).toEqual(['CONTRADICTS']);
  });

  it("a figure of zero contradicts another speaker's figure above zero on the same question", () => {
    const { bundle } = read(
      'Rebels said at least 15 people died in the shelling. The army said nobody died.',
    );
    const rebels = statementOf(bundle, 'at least 15');
    const army = statementOf(bundle, 'nobody died');
    const claims = bundle.claims ?? [];
    const fifteen = claims.find((c) => c.quantity?.min === 15);
    const zero = claims.find((c) => c.quantity?.value === 0);
    expect(fifteen?.question).toBe(zero?.question);
    expect(zero?.contradicts).toEqual([fifteen?.id]);
    expect(army?.stances).toContainEqual({ claim: fifteen?.id, stance: 'CONTRADICTS' });
    expect(rebels?.stances).toEqual([{ claim: fifteen?.id, stance: 'SUPPORTS' }]);
  });
});
