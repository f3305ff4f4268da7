import type { Context } from '../context';
import type { DocumentNode, StatementNode, StatementStanceNode } from '../model';
import { present } from './present';

export const statementResolvers = {
  Query: {
    statement: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.statements.load(id),
    document: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.documents.load(id),
  },

  Statement: {
    // Absent in the bundle, a statement is reported speech: the schema's Boolean! says so.
    direct: (statement: StatementNode) => statement.direct === true,
    source: (statement: StatementNode, _: unknown, ctx: Context) =>
      ctx.loaders.sources.load(statement.sourceId),
    document: (statement: StatementNode, _: unknown, ctx: Context) =>
      ctx.loaders.documents.load(statement.documentId),
    via: async (statement: StatementNode, _: unknown, ctx: Context) =>
      present(await ctx.loaders.sources.loadMany(statement.viaIds)),
    stances: async (statement: StatementNode, _: unknown, ctx: Context) =>
      (await ctx.loaders.statementStances.load(statement.id)) ?? [],
    supersededBy: (statement: StatementNode, _: unknown, ctx: Context) =>
      statement.supersededBy === null ? null : ctx.loaders.statements.load(statement.supersededBy.id),
    supersession: (statement: StatementNode) => statement.supersededBy?.reason ?? null,
    supersedes: async (statement: StatementNode, _: unknown, ctx: Context) =>
      present(await ctx.loaders.statements.loadMany(statement.supersedesIds)),
    retracts: async (statement: StatementNode, _: unknown, ctx: Context) =>
      present(await ctx.loaders.claims.loadMany(statement.retractIds)),
  },

  StatementStance: {
    claim: (stance: StatementStanceNode, _: unknown, ctx: Context) => ctx.loaders.claims.load(stance.claimId),
  },

  Document: {
    statements: async (document: DocumentNode, _: unknown, ctx: Context) =>
      present(await ctx.loaders.statements.loadMany(document.statementIds)),
  },
};
