import { type ClaimSortKey, type SideRow, fulltextQuery } from '../../graph';
import { questionKey, type VerdictStatus } from '../../model';
import type { Context } from '../context';
import { badUserInput } from '../errors';
import type { ClaimNode } from '../model';
import { connection, pageArgs } from '../pagination';
import { present } from './present';

interface ClaimFilter {
  text?: string | null;
  sourceId?: string | null;
  question?: string | null;
  status?: VerdictStatus | null;
  contested?: boolean | null;
}

interface PageInput {
  first?: number | null;
  after?: string | null;
}

type ClaimOrder = 'ID' | 'MOST_CONTESTED';

/** A source on one side of a claim, as the claimSides fragment gives it. */
type SourceStance = Pick<SideRow, 'sourceId' | 'derived' | 'reason' | 'statementIds'>;

/**
 * Each order's cursors: the cursor kind differs, so that a cursor from one order is refused by the other,
 * and holds the whole sort key, so that it stays valid when data is added.
 */
const ORDERS: Record<
  ClaimOrder,
  { kind: string; encode(key: ClaimSortKey): string; decode(key: string): ClaimSortKey }
> = {
  ID: { kind: 'claim', encode: (key) => key.id, decode: (id) => ({ id, contest: 0, origins: 0 }) },
  MOST_CONTESTED: {
    kind: 'claim-by-contest',
    encode: (key) => JSON.stringify([key.contest, key.origins, key.id]),
    decode: (text) => {
      const [contest, origins, id] = JSON.parse(text) as [number, number, string];
      return { id, contest, origins };
    },
  },
};

/** A page of claims matching the filter, in the order asked, as a connection of `kind` cursors. */
async function claimConnection<T>(
  ctx: Context,
  filter: ClaimFilter,
  orderBy: ClaimOrder,
  args: PageInput,
  toNodes: (ids: string[]) => Promise<(T | null)[]>,
  kind = ORDERS[orderBy].kind,
) {
  const order = ORDERS[orderBy];
  const page = pageArgs(kind, args.first, args.after);
  const empty = { ids: [], totalCount: 0 };
  let textQuery: string | null = null;
  if (filter.text !== undefined && filter.text !== null) {
    textQuery = fulltextQuery(filter.text, 'all');
    if (textQuery === null) throw badUserInput('filter.text holds no words to look for');
  }
  let sourceId: string | null = null;
  if (filter.sourceId !== undefined && filter.sourceId !== null) {
    sourceId = await ctx.loaders.sourceIdByName.load(filter.sourceId);
    // No such source: no claim has it on a side.
    if (sourceId === null) return connection(kind, empty, page.first, toNodes);
  }
  let after: ClaimSortKey | null = null;
  try {
    after = page.after === null ? null : order.decode(page.after);
  } catch {
    throw badUserInput(
      `after: '${args.after}' is not a cursor of this ${kind} list; pass an endCursor it returned`,
    );
  }
  const usesStoredVerdicts =
    orderBy === 'MOST_CONTESTED' || (filter.status ?? null) !== null || (filter.contested ?? null) !== null;
  if (usesStoredVerdicts) await ctx.loaders.freshVerdicts();
  const result = await ctx.db.read('findClaimPage', {
    first: page.first,
    after,
    orderBy,
    textQuery,
    questionKey:
      filter.question === undefined || filter.question === null ? null : questionKey(filter.question),
    sourceId,
    status: filter.status ?? null,
    contested: filter.contested ?? null,
  });
  const keys = result?.keys ?? [];
  return connection(
    kind,
    { ids: keys.map((k) => k.id), sortKeys: keys.map(order.encode), totalCount: result?.totalCount ?? 0 },
    page.first,
    toNodes,
  );
}

const sidesOf = async (ctx: Context, claimId: string, stance: SideRow['stance']): Promise<SourceStance[]> =>
  ((await ctx.loaders.claimSides.load(claimId))?.sides ?? []).filter((side) => side.stance === stance);

/**
 * The claim an id names: its own, or, as a source's alias finds its source, the claim that a merge took it
 * into or that a draft's provisional claim with that id joined.
 */
export async function claimNamed(ctx: Context, id: string): Promise<ClaimNode | null> {
  const found = await ctx.loaders.claims.load(id);
  if (found) return found;
  const holder = (await ctx.loaders.mergedClaims.load(id)) ?? (await ctx.loaders.joinedClaims.load(id));
  return holder === null ? null : ctx.loaders.claims.load(holder);
}

export const claimResolvers = {
  Query: {
    claim: (_: unknown, { id }: { id: string }, ctx: Context) => claimNamed(ctx, id),

    claims: (
      _: unknown,
      args: PageInput & { filter?: ClaimFilter | null; orderBy?: ClaimOrder | null },
      ctx: Context,
    ) =>
      claimConnection(ctx, args.filter ?? {}, args.orderBy ?? 'ID', args, (ids) =>
        ctx.loaders.claims.loadMany(ids).then(present),
      ),

    contested: (_: unknown, args: PageInput, ctx: Context) =>
      claimConnection(ctx, { contested: true }, 'MOST_CONTESTED', args, (ids) =>
        ctx.loaders.claims.loadMany(ids).then(present),
      ),

    contradictions: (_: unknown, args: PageInput & { sourceId?: string | null }, ctx: Context) =>
      claimConnection(
        ctx,
        { sourceId: args.sourceId ?? null, contested: true },
        'ID',
        args,
        async (ids) => ids.map((claimId) => ({ claimId })),
        'contradiction',
      ),

    agreement: async (_: unknown, { a, b }: { a: string; b: string }, ctx: Context) => {
      const [idA, idB] = await Promise.all([
        ctx.loaders.sourceIdByName.load(a),
        ctx.loaders.sourceIdByName.load(b),
      ]);
      const none = { bothSupport: [], bothContradict: [], opposed: [] };
      if (idA === null || idB === null) return none;
      const row = await ctx.db.read('findAgreement', { a: idA, b: idB });
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
    // Superseded statements too: the sides count current positions, the record keeps every statement.
    statements: async (claim: ClaimNode, _: unknown, ctx: Context) =>
      present(
        await ctx.loaders.statements.loadMany(
          (await ctx.loaders.claimSides.load(claim.id))?.statementIds ?? [],
        ),
      ),
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
