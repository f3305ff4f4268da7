import type { Context } from '../context';
import { badUserInput } from '../errors';
import { fulltextQuery } from '../../graph';
import type { SourceNode } from '../model';
import { connection, pageArgs } from '../pagination';
import { present } from './present';

interface SourceFilter {
  name?: string | null;
  type?: string | null;
  affiliation?: string | null;
}

export const sourceResolvers = {
  Query: {
    source: async (_: unknown, { id }: { id: string }, ctx: Context) => {
      const sourceId = await ctx.loaders.sourceIdByName.load(id);
      return sourceId === null ? null : ctx.loaders.sources.load(sourceId);
    },

    sources: async (
      _: unknown,
      args: { filter?: SourceFilter | null; first?: number | null; after?: string | null },
      ctx: Context,
    ) => {
      const page = pageArgs('source', args.first, args.after);
      const filter = args.filter ?? {};
      let nameQuery: string | null = null;
      if (filter.name !== undefined && filter.name !== null) {
        nameQuery = fulltextQuery(filter.name, 'all');
        if (nameQuery === null) throw badUserInput('filter.name holds no words to look for');
      }
      const result = await ctx.db.read('findSourcePage', {
        first: page.first,
        after: page.after,
        nameQuery,
        type: filter.type ?? null,
        affiliation: filter.affiliation ?? null,
      });
      return connection('source', result ?? { totalCount: 0, ids: [] }, page.first, (ids) =>
        ctx.loaders.sources.loadMany(ids).then(present),
      );
    },
  },

  Source: {
    memberOf: async (source: SourceNode, _: unknown, ctx: Context) =>
      present(await ctx.loaders.sources.loadMany(source.memberOfIds)),
    speaksFor: (source: SourceNode, _: unknown, ctx: Context) =>
      source.speaksForId === null ? null : ctx.loaders.sources.load(source.speaksForId),
    statements: async (
      source: SourceNode,
      args: { first?: number | null; after?: string | null },
      ctx: Context,
    ) => {
      const page = pageArgs('statement', args.first, args.after);
      const result = await ctx.loaders.sourceStatementPage(page.first, page.after).load(source.id);
      return connection('statement', result ?? { totalCount: 0, ids: [] }, page.first, (ids) =>
        ctx.loaders.statements.loadMany(ids).then(present),
      );
    },
    supports: async (source: SourceNode, _: unknown, ctx: Context) =>
      present(
        await ctx.loaders.claims.loadMany((await ctx.loaders.sourceClaims.load(source.id))?.supports ?? []),
      ),
    contradicts: async (source: SourceNode, _: unknown, ctx: Context) =>
      present(
        await ctx.loaders.claims.loadMany(
          (await ctx.loaders.sourceClaims.load(source.id))?.contradicts ?? [],
        ),
      ),
  },
};
