import {
  supersessionsOf,
  timelineOf,
  timeSpanOf,
  type VoiceStatement,
} from '../../../src/analysis/supersession';

const DEATHS = 'deaths | Velsk | 2026-03-01';
/** A statement supporting a claim with a figure of deaths. */
const says = (id: string, at: string | null, deaths: number): VoiceStatement => ({
  id,
  at,
  revises: false,
  retracts: [],
  stances: [
    {
      claimId: `clm-${deaths}`,
      stance: 'SUPPORTS',
      question: DEATHS,
      quantity: { value: deaths, unit: 'people' },
    },
  ],
});

describe('the time a statement stands for', () => {
  it('is a whole day (UTC) for a bare date, and an instant for a date-time, UTC without an offset', () => {
    expect(timeSpanOf('2026-03-01')).toEqual({
      start: Date.parse('2026-03-01T00:00:00Z'),
      end: Date.parse('2026-03-02T00:00:00Z'),
    });
    expect(timeSpanOf('2026-03-01T10:00')?.start).toBe(Date.parse('2026-03-01T10:00:00Z'));
    expect(timeSpanOf('2026-03-01T10:00+02:00')?.start).toBe(Date.parse('2026-03-01T08:00:00Z'));
    expect(timeSpanOf('1 March')).toBeUndefined();
  });
});

describe('supersession within one voice', () => {
  it('a later figure for the same question supersedes the earlier one, and each is superseded once', () => {
    const found = supersessionsOf([
      says('st-5mar', '2026-03-05', 3),
      says('st-1mar', '2026-03-01', 2),
      says('st-9mar', '2026-03-09', 5),
    ]);
    expect(found.map(({ later, earlier, claims }) => ({ later, earlier, claims }))).toEqual([
      { later: 'st-5mar', earlier: 'st-1mar', claims: ['clm-2'] },
      { later: 'st-9mar', earlier: 'st-5mar', claims: ['clm-3'] },
    ]);
    expect(found[0]?.reason).toBe(`revised the figure for "${DEATHS}" from 2 to 3 on 2026-03-05`);
  });

  it('the same figure again supersedes nothing, unless it is marked as a revision', () => {
    expect(supersessionsOf([says('a', '2026-03-01', 2), says('b', '2026-03-05', 2)])).toEqual([]);
    const revised = { ...says('b', '2026-03-05', 2), revises: true };
    expect(supersessionsOf([says('a', '2026-03-01', 2), revised]).map((s) => s.earlier)).toEqual(['a']);
  });

  it('a later retraction supersedes the earlier stance on the claims it names, and takes no new one', () => {
    const retraction: VoiceStatement = {
      id: 'r',
      at: '2026-03-09',
      revises: false,
      retracts: ['clm-2'],
      stances: [],
    };
    expect(supersessionsOf([says('a', '2026-03-01', 2), retraction])).toEqual([
      {
        later: 'r',
        earlier: 'a',
        claims: ['clm-2'],
        reason: 'retracted its stance on clm-2 (it had supported it) on 2026-03-09',
      },
    ]);
  });

  it('two figures at one time, or at unknown times, supersede nothing', () => {
    expect(supersessionsOf([says('a', '2026-03-01', 2), says('b', '2026-03-01T15:00Z', 3)])).toEqual([]);
    expect(supersessionsOf([says('a', null, 2), says('b', '2026-03-05', 3)])).toEqual([]);
  });

  it('a later opposite stance on a claim supersedes the earlier stance on it', () => {
    const denial: VoiceStatement = {
      id: 'st-denies',
      at: '2026-03-20',
      revises: false,
      retracts: [],
      stances: [{ claimId: 'clm-deaths', stance: 'CONTRADICTS', question: null, quantity: null }],
    };
    const confirmation: VoiceStatement = {
      id: 'st-confirms',
      at: '2026-03-22',
      revises: false,
      retracts: [],
      stances: [{ claimId: 'clm-deaths', stance: 'SUPPORTS', question: null, quantity: null }],
    };
    expect(supersessionsOf([confirmation, denial])).toEqual([
      {
        later: 'st-confirms',
        earlier: 'st-denies',
        claims: ['clm-deaths'],
        reason: 'supported clm-deaths, which it had contradicted, on 2026-03-22',
      },
    ]);
  });
});

describe('a question timeline', () => {
  const position = (statementId: string, at: string | null, value: number | null, kind = 'SUPPORTS') => ({
    statementId,
    voiceId: 'src-police',
    at,
    claimId: `clm-${value}`,
    kind: kind as 'SUPPORTS' | 'RETRACTS',
    quantity: value === null ? null : { value, unit: 'people' },
    superseded: false,
  });

  it('orders by time (unknown times last) and marks first, repeated, revised and retracted positions', () => {
    const timeline = timelineOf([
      position('d', null, 4),
      position('c', '2026-03-09', 3, 'RETRACTS'),
      position('b', '2026-03-05T10:00:00Z', 3),
      position('a2', '2026-03-03', 2),
      position('a1', '2026-03-01', 2),
    ]);
    expect(timeline.map((p) => [p.statementId, p.change])).toEqual([
      ['a1', 'FIRST'],
      ['a2', 'REPEATED'],
      ['b', 'REVISED'],
      ['c', 'RETRACTED'],
      ['d', 'REVISED'],
    ]);
  });
});
