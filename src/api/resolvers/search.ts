import type { Context } from '../context';
import { badUserInput } from '../errors';
import { fulltextQuery } from '../../graph';
import { pageArgs } from '../pagination';

export const searchResolvers = {
  Query: {
    search: async (_: unknown, args: { text: string; first?: number | null }, ctx: Context) => {
      const { first } = pageArgs('search', args.first, null);
      const query = fulltextQuery(args.text, 'any');
      if (query === null) throw badUserInput('text holds no words to look for');
      const hits = await ctx.db.read('searchText', { query, first });
      const [claims, sources, statements] = await Promise.all([
        ctx.loaders.claims.loadMany(hits.filter((h) => h.kind === 'claim').map((h) => h.id)),
        ctx.loaders.sources.loadMany(hits.filter((h) => h.kind === 'source').map((h) => h.id)),
        ctx.loaders.statements.loadMany(hits.filter((h) => h.kind === 'statement').map((h) => h.id)),
      ]);
      const found = { claim: claims, source: sources, statement: statements };
      const next = { claim: 0, source: 0, statement: 0 };
      return hits.flatMap((hit) => {
        const node = found[hit.kind][next[hit.kind]++];
        if (node instanceof Error) throw node;
        return node === null || node === undefined ? [] : [{ score: hit.score, [hit.kind]: node }];
      });
    },
  },
  // Exactly one of the three is set; the others answer null rather than being absent.
  SearchHit: {
    claim: (hit: { claim?: unknown }) => hit.claim ?? null,
    source: (hit: { source?: unknown }) => hit.source ?? null,
    statement: (hit: { statement?: unknown }) => hit.statement ?? null,
  },
};
