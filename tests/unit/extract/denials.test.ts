import { read, statementOf } from './helpers';

describe('denials', () => {
  it('"denied the X claim" followed by the same speaker\'s words contradicts X\'s claim', () => {
    const { bundle } = read(
      'The Harbour Post reported that at least 12 sailors drowned. ' +
        'Navy spokesman Ivo Marn has denied the Harbour Post report. He told reporters that no sailors died.',
    );
    const post = statementOf(bundle, '12 sailors');
    const marn = statementOf(bundle, 'no sailors died');
    expect(marn?.cue).toBe('denied');
    const contradicted = marn?.stances.filter((s) => s.stance === 'CONTRADICTS').map((s) => s.claim);
    expect(contradicted).toEqual(expect.arrayContaining(post?.stances.map((s) => s.claim) ?? ['none']));
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
