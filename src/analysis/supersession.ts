import { formatInterval, intervalOf, type Quantity, type Stance } from '../model';

/**
 * Positions over time (docs/analysis.md, "Current positions"). Each voice (a speaker, or the body a
 * spokesman speaks for) holds one position per question and per claim at a time: a later statement of the
 * voice with another figure for a question, or the opposite stance on a claim, supersedes its earlier ones,
 * which then no longer count on any side.
 */

/** One stance of a statement, with what supersession compares: the claim's question and figure. */
export interface VoiceStance {
  claimId: string;
  stance: Stance;
  question: string | null;
  quantity: Quantity | null;
}

export interface VoiceStatement {
  id: string;
  /** The statement's effective time: its `saidAt`, else its document's publication time; null if neither. */
  at: string | null;
  /** Marked as revising the voice's earlier account: it replaces even a figure it repeats. */
  revises: boolean;
  /** Claims on which it withdraws the voice's earlier stance. */
  retracts: string[];
  stances: VoiceStance[];
}

/** A later statement of a voice taking the place of an earlier one on some claims. */
export interface Supersession {
  later: string;
  earlier: string;
  /** The claims on which the earlier statement's stance no longer counts. */
  claims: string[];
  reason: string;
}

/** The span of time an effective time stands for, in ms since the epoch, end exclusive. */
export interface TimeSpan {
  start: number;
  end: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * What an ISO 8601 time stands for: a bare date, that whole day (UTC); a date-time, that instant (UTC when
 * it has no offset). Undefined for anything else.
 */
export function timeSpanOf(at: string): TimeSpan | undefined {
  if (DATE.test(at)) {
    const start = Date.parse(`${at}T00:00:00Z`);
    return Number.isNaN(start) ? undefined : { start, end: start + DAY_MS };
  }
  const m = DATE_TIME.exec(at);
  if (!m) return undefined;
  const start = Date.parse(m[1] === undefined ? `${at}Z` : at);
  return Number.isNaN(start) ? undefined : { start, end: start + 1 };
}

/** Whether `b` is later than `a`: it starts when `a` has ended. Overlapping times are neither. */
const later = (a: TimeSpan, b: TimeSpan) => b.start >= a.end;

/** A figure in words: its value when it has one, else its interval. */
const figure = (q: Quantity) => {
  const i = intervalOf(q);
  return i.low === i.high ? String(i.low) : formatInterval(i);
};

const sameFigure = (a: Quantity, b: Quantity) => {
  const x = intervalOf(a);
  const y = intervalOf(b);
  return x.low === y.low && x.high === y.high && (a.unit ?? '') === (b.unit ?? '');
};

/**
 * The supersessions among one voice's statements. Each statement is superseded by the earliest later one
 * that changes it: for a question, a later statement supporting another figure for it (or any figure, when
 * it is marked as a revision); for a claim, a later statement taking the opposite stance on it, or
 * retracting it. Statements at one time (or whose time is unknown) supersede nothing and are superseded
 * by nothing among themselves.
 */
export function supersessionsOf(statements: VoiceStatement[]): Supersession[] {
  const timed = statements
    .map((statement) => ({ statement, span: statement.at === null ? undefined : timeSpanOf(statement.at) }))
    .filter((t): t is { statement: VoiceStatement; span: TimeSpan } => t.span !== undefined)
    .sort((a, b) => a.span.start - b.span.start || a.statement.id.localeCompare(b.statement.id));
  const found = new Map<string, Supersession>();
  const add = (laterId: string, earlierId: string, claims: string[], reason: string) => {
    const key = `${laterId}>${earlierId}`;
    const known = found.get(key);
    if (known) {
      known.claims = [...new Set([...known.claims, ...claims])].sort();
      if (!known.reason.includes(reason)) known.reason = `${known.reason}; ${reason}`;
    } else
      found.set(key, { later: laterId, earlier: earlierId, claims: [...new Set(claims)].sort(), reason });
  };
  timed.forEach(({ statement: earlier, span }, i) => {
    const after = timed.slice(i + 1).filter((t) => later(span, t.span));
    // Figures: per question, the first later statement supporting another figure for it.
    const figures = earlier.stances.filter(
      (s): s is VoiceStance & { question: string; quantity: Quantity } =>
        s.stance === 'SUPPORTS' && s.question !== null && s.quantity !== null,
    );
    for (const question of new Set(figures.map((f) => f.question))) {
      const mine = figures.filter((f) => f.question === question);
      const next = after.find(({ statement }) =>
        statement.stances.some(
          (s) =>
            s.stance === 'SUPPORTS' &&
            s.question === question &&
            s.quantity !== null &&
            (statement.revises || mine.every((f) => !sameFigure(f.quantity, s.quantity as Quantity))),
        ),
      );
      if (!next) continue;
      const revised = next.statement.stances.find((s) => s.question === question && s.quantity !== null);
      add(
        next.statement.id,
        earlier.id,
        mine.map((f) => f.claimId),
        `revised the figure for "${question}" from ${mine.map((f) => figure(f.quantity)).join(', ')} to ` +
          `${figure(revised?.quantity as Quantity)} on ${next.statement.at}`,
      );
    }
    // Stances: per claim, the first later statement taking the opposite stance on it, or retracting it.
    for (const { claimId, stance } of earlier.stances) {
      const next = after.find(
        ({ statement }) =>
          statement.retracts.includes(claimId) ||
          statement.stances.some((s) => s.claimId === claimId && s.stance !== stance),
      );
      if (!next) continue;
      const had = stance === 'SUPPORTS' ? 'supported' : 'contradicted';
      add(
        next.statement.id,
        earlier.id,
        [claimId],
        next.statement.retracts.includes(claimId)
          ? `retracted its stance on ${claimId} (it had ${had} it) on ${next.statement.at}`
          : `${stance === 'SUPPORTS' ? 'contradicted' : 'supported'} ${claimId}, which it had ${had}, on ${next.statement.at}`,
      );
    }
  });
  return [...found.values()].sort(
    (a, b) => a.earlier.localeCompare(b.earlier) || a.later.localeCompare(b.later),
  );
}

/** One position a voice took on a question: a figure it gave, or a claim it retracted. */
export interface PositionTaken {
  statementId: string;
  voiceId: string;
  at: string | null;
  claimId: string;
  kind: 'SUPPORTS' | 'RETRACTS';
  quantity: Quantity | null;
  superseded: boolean;
}

/** How a position came about, against the same voice's position before it on the question. */
export type PositionChange = 'FIRST' | 'REPEATED' | 'REVISED' | 'RETRACTED';

/**
 * A question's positions in time order (positions at one time, or at unknown times, by statement id), each
 * marked against the same voice's position before it: its first figure, the same figure again, another
 * figure, or a retraction.
 */
export function timelineOf(positions: PositionTaken[]): (PositionTaken & { change: PositionChange })[] {
  const start = (p: PositionTaken) => (p.at === null ? Infinity : (timeSpanOf(p.at)?.start ?? Infinity));
  const ordered = [...positions].sort(
    (a, b) =>
      start(a) - start(b) || a.statementId.localeCompare(b.statementId) || a.claimId.localeCompare(b.claimId),
  );
  // Each voice's last figure for the question, which the next one is told against.
  const lastFigure = new Map<string, PositionTaken>();
  return ordered.map((position) => {
    const before = lastFigure.get(position.voiceId);
    if (position.kind === 'SUPPORTS') lastFigure.set(position.voiceId, position);
    const change: PositionChange =
      position.kind === 'RETRACTS'
        ? 'RETRACTED'
        : before === undefined
          ? 'FIRST'
          : before.quantity !== null &&
              position.quantity !== null &&
              sameFigure(before.quantity, position.quantity)
            ? 'REPEATED'
            : 'REVISED';
    return { ...position, change };
  });
}
