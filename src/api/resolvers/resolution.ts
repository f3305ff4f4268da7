import type { RowOf } from '../../graph';
import type { Context } from '../context';
import type { ClaimNode, SourceNode } from '../model';
import { connection, pageArgs } from '../pagination';
import { present } from './present';

type Suggestion = RowOf<'findSuggestionsByIds'>;
type Status = Suggestion['status'];

/** The open suggestions an item is in, either side. */
const suggestionsOf = async (ctx: Context, id: string) =>
  present(await ctx.loaders.suggestions.loadMany((await ctx.loaders.suggestionsOf.load(id)) ?? []));

/** A suggestion's side: a source or a claim, by the suggestion's kind (resolution suggests no questions). */
const side = (ctx: Context, suggestion: Suggestion, id: string) =>
  suggestion.kind === 'SOURCE'
    ? ctx.loaders.sources.load(id)
    : suggestion.kind === 'CLAIM'
      ? ctx.loaders.claims.load(id)
      : null;

export const resolutionResolvers = {
  Query: {
    matchSuggestions: async (
      _: unknown,
      args: {
        kind?: Suggestion['kind'] | null;
        status?: Status | null;
        first?: number | null;
        after?: string | null;
      },
      ctx: Context,
    ) => {
      const page = pageArgs('match-suggestion', args.first, args.after);
      const result = await ctx.db.read('findSuggestionPage', {
        ...page,
        kind: args.kind ?? null,
        status: args.status ?? 'OPEN',
      });
      return connection('match-suggestion', result ?? { ids: [], totalCount: 0 }, page.first, (ids) =>
        ctx.loaders.suggestions.loadMany(ids).then(present),
      );
    },
  },

  MatchSuggestion: {
    item: (suggestion: Suggestion, _: unknown, ctx: Context) => side(ctx, suggestion, suggestion.itemId),
    candidate: (suggestion: Suggestion, _: unknown, ctx: Context) =>
      side(ctx, suggestion, suggestion.candidateId),
  },

  // A source node has a name and a type, a claim node a text: enough to tell them apart.
  MatchItem: {
    __resolveType: (item: SourceNode | ClaimNode) => ('name' in item ? 'Source' : 'Claim'),
  },

  Source: {
    matchSuggestions: (source: SourceNode, _: unknown, ctx: Context) => suggestionsOf(ctx, source.id),
  },

  Claim: {
    matchSuggestions: (claim: ClaimNode, _: unknown, ctx: Context) => suggestionsOf(ctx, claim.id),
  },
};
