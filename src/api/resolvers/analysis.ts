import { relateFigures, timelineOf, type Assessment, type Origin } from '../../analysis';
import type { RowOf } from '../../graph';
import { intervalOf, quantityFromColumns, questionKey, type Quantity } from '../../model';
import type { Context } from '../context';
import type { ClaimNode, SourceNode } from '../model';
import { connection, pageArgs } from '../pagination';
import { present } from './present';

type QuestionRow = RowOf<'findQuestionsByKeys'>;

const finiteOrNull = (n: number) => (Number.isFinite(n) ? n : null);

/** A question's positions in time order (src/analysis/supersession.ts, timelineOf). */
const timeline = async (ctx: Context, key: string) =>
  timelineOf(
    (await ctx.db.read('findQuestionPositions', { key })).map((row) => ({
      ...row,
      quantity: quantityFromColumns(row.quantity),
    })),
  );

const claimsOf = async (ctx: Context, key: string): Promise<ClaimNode[]> => {
  const question = await ctx.loaders.questions.load(key);
  return present(await ctx.loaders.claims.loadMany(question?.claimIds ?? []));
};

type TimelineEntry = Awaited<ReturnType<typeof timeline>>[number];

export const analysisResolvers = {
  Query: {
    question: (_: unknown, { key }: { key: string }, ctx: Context) =>
      ctx.loaders.questions.load(questionKey(key)),

    questions: async (_: unknown, args: { first?: number | null; after?: string | null }, ctx: Context) => {
      const page = pageArgs('question', args.first, args.after);
      const result = await ctx.db.read('findQuestionPage', page);
      return connection('question', result ?? { ids: [], totalCount: 0 }, page.first, (keys) =>
        ctx.loaders.questions.loadMany(keys).then(present),
      );
    },
  },

  Claim: {
    verdict: async (claim: ClaimNode, _: unknown, ctx: Context) => {
      const assessment = await ctx.loaders.assessments.load(claim.id);
      if (assessment === null) throw new Error(`claim ${claim.id} disappeared while it was being assessed`);
      return assessment;
    },
    conflicts: async (claim: ClaimNode, _: unknown, ctx: Context) =>
      (await ctx.loaders.claimConflicts.load(claim.id)) ?? [],
  },

  Verdict: {
    status: (a: Assessment) => a.verdict.status,
    credibility: (a: Assessment) => a.verdict.credibility,
    score: (a: Assessment) => a.verdict.score,
    explanation: (a: Assessment) => a.verdict.explanation,
  },

  Origin: {
    source: (origin: Origin, _: unknown, ctx: Context) => ctx.loaders.sources.load(origin.key),
    sources: async (origin: Origin, _: unknown, ctx: Context) =>
      present(await ctx.loaders.sources.loadMany(origin.sourceIds)),
  },

  ClaimConflict: {
    claim: (conflict: { claimId: string }, _: unknown, ctx: Context) =>
      ctx.loaders.claims.load(conflict.claimId),
  },

  Quantity: {
    // Absent in the bundle, approx is false: the schema's Boolean! says so.
    approx: (quantity: Quantity) => quantity.approx === true,
    interval: (quantity: Quantity, _: unknown, ctx: Context) => {
      const { low, high } = intervalOf(quantity, ctx.analysis.tolerance);
      return { low: finiteOrNull(low), high: finiteOrNull(high) };
    },
  },

  Source: {
    positions: async (source: SourceNode, { question }: { question: string }, ctx: Context) =>
      (await timeline(ctx, questionKey(question))).filter((p) => p.voiceId === source.id),
    origin: async (source: SourceNode, _: unknown, ctx: Context) =>
      ctx.loaders.sources.load((await ctx.loaders.origins.load(source.id)) ?? source.id),
    trackRecord: async (source: SourceNode, _: unknown, ctx: Context) => {
      await ctx.loaders.freshVerdicts();
      const supported = (await ctx.loaders.sourceClaims.load(source.id))?.supports ?? [];
      const claims = present(await ctx.loaders.claims.loadMany(supported));
      const count = (status: string) => claims.filter((c) => c.status === status).length;
      return {
        supported: claims.length,
        corroborated: count('CORROBORATED'),
        contested: count('CONTESTED'),
        singleSource: count('SINGLE_SOURCE'),
      };
    },
  },

  Position: {
    voice: (p: TimelineEntry, _: unknown, ctx: Context) => ctx.loaders.sources.load(p.voiceId),
    statement: (p: TimelineEntry, _: unknown, ctx: Context) => ctx.loaders.statements.load(p.statementId),
    claim: (p: TimelineEntry, _: unknown, ctx: Context) => ctx.loaders.claims.load(p.claimId),
  },

  Question: {
    claims: (question: QuestionRow, _: unknown, ctx: Context) => claimsOf(ctx, question.key),
    timeline: (question: QuestionRow, _: unknown, ctx: Context) => timeline(ctx, question.key),
    relations: async (question: QuestionRow, _: unknown, ctx: Context) => {
      const claims = await claimsOf(ctx, question.key);
      const byId = new Map(claims.map((c) => [c.id, c]));
      const figures = claims.flatMap((c) =>
        c.quantity === null ? [] : [{ claimId: c.id, quantity: c.quantity }],
      );
      return relateFigures(figures, ctx.analysis.tolerance).map((r) => ({
        a: byId.get(r.from),
        b: byId.get(r.to),
        kind: r.kind,
        reason: r.reason,
      }));
    },
  },
};
