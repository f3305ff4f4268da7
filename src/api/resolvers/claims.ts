import type { SideRow } from '../../graph';
import { questionKey } from '../../ingest';
import type { Context } from '../context';
import { badUserInput } from '../errors';
import { fulltextQuery } from '../fulltext';
import type { ClaimNode } from '../model';
import { connection, pageArgs } from '../pagination';
import { present } from './present';

interface ClaimFilter {
  text?: string | null;
  sourceId?: string | null;
  question?: string | null;
  contested?: boolean | null;
}

interface PageInput {
  first?: number | null;
  after?: string | null;
}

/** A source on one side of a claim, as the claimSides fragment gives it. */
type SourceStance = Pick<SideRow, 'sourceId' | 'derived' | 'reason' | 'statementIds'>;

async function claimPage(ctx: Context, filter: ClaimFilter, { first, after }: PageInput, kind: string) {
  const page = pageArgs(kind, first, after);
  let textQuery: string | null = null;
  if (filter.text !== undefined && filter.text !== null) {
    textQuery = fulltextQuery(filter.text, 'all');
    if (textQuery === null) throw badUserInput('filter.text holds no words to look for');
  }
  let sourceId: string | null = null;
  if (filter.sourceId !== undefined && filter.sourceId !== null) {
    sourceId = await ctx.loaders.sourceIdByName.load(filter.sourceId);
    // No such source: no claim has it on a side.
    if (sourceId === null) return { page, result: { totalCount: 0, ids: [] } };
  }
  const [result] = await ctx.db.read('findClaimPage', {
    first: page.first,
    after: page.after,
    textQuery,
    questionKey:
      filter.question === undefined || filter.question === null ? null : questionKey(filter.question),
    sourceId,
    contested: filter.contested ?? null,
  });
  return { page, result: result ?? { totalCount: 0, ids: [] } };
}

const sidesOf = async (ctx: Context, claimId: string, stance: SideRow['stance']): Promise<SourceStance[]> =>
  ((await ctx.loaders.claimSides.load(claimId)) ?? []).filter((side) => side.stance === stance);

export const claimResolvers = {
  Query: {
    claim: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.claims.load(id),

    claims: async (_: unknown, args: PageInput & { filter?: ClaimFilter | null }, ctx: Context) => {
      const { page, result } = await claimPage(ctx, args.filter ?? {}, args, 'claim');
      return connection('claim', result, page.first, (ids) => ctx.loaders.claims.loadMany(ids).then(present));
    },

    contradictions: async (_: unknown, args: PageInput & { sourceId?: string | null }, ctx: Context) => {
      const filter = { sourceId: args.sourceId ?? null, contested: true };
      const { page, result } = await claimPage(ctx, filter, args, 'contradiction');
      return connection('contradiction', result, page.first, async (ids) =>
        ids.map((claimId) => ({ claimId })),
      );
    },

    agreement: async (_: unknown, { a, b }: { a: string; b: string }, ctx: Context) => {
      const [idA, idB] = await Promise.all([
        ctx.loaders.sourceIdByName.load(a),
        ctx.loaders.sourceIdByName.load(b),
      ]);
      const none = { bothSupport: [], bothContradict: [], opposed: [] };
      if (idA === null || idB === null) return none;
      const [row] = await ctx.db.read('findAgreement', { a: idA, b: idB });
      const load = (ids: string[]) => ctx.loaders.claims.loadMany(ids).then(present);
      return {
        bothSupport: await load(row?.bothSupport ?? []),
        bothContradict: await load(row?.bothContradict ?? []),
        opposed: await load(row?.opposed ?? []),
      };
    },
  },

  Claim: {
    supporters: (claim: ClaimNode, _: unknown, ctx: Context) => sidesOf(ctx, claim.id, 'SUPPORTS'),
    contradictors: (claim: ClaimNode, _: unknown, ctx: Context) => sidesOf(ctx, claim.id, 'CONTRADICTS'),
    statements: async (claim: ClaimNode, _: unknown, ctx: Context) => {
      const sides = (await ctx.loaders.claimSides.load(claim.id)) ?? [];
      const ids = [...new Set(sides.filter((s) => !s.derived).flatMap((s) => s.statementIds))].sort();
      return present(await ctx.loaders.statements.loadMany(ids));
    },
  },

  Contradiction: {
    claim: ({ claimId }: { claimId: string }, _: unknown, ctx: Context) => ctx.loaders.claims.load(claimId),
    supporters: ({ claimId }: { claimId: string }, _: unknown, ctx: Context) =>
      sidesOf(ctx, claimId, 'SUPPORTS'),
    contradictors: ({ claimId }: { claimId: string }, _: unknown, ctx: Context) =>
      sidesOf(ctx, claimId, 'CONTRADICTS'),
  },

  SourceStance: {
    source: (side: SourceStance, _: unknown, ctx: Context) => ctx.loaders.sources.load(side.sourceId),
    statements: async (side: SourceStance, _: unknown, ctx: Context) =>
      present(await ctx.loaders.statements.loadMany(side.statementIds)),
  },
};
