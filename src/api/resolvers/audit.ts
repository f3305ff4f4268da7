import { requireRole } from '../auth';
import type { Context } from '../context';
import { badUserInput } from '../errors';
import { connection, pageArgs } from '../pagination';

const KIND = 'audit';

/**
 * The position a cursor holds: the entry's time and id, newest first. Entries written later sort before
 * every cursor handed out, so paging on while calls are recorded skips and repeats nothing.
 */
function position(key: string, cursor: string): { at: string; id: string } {
  let decoded: unknown;
  try {
    decoded = JSON.parse(key);
  } catch {
    decoded = undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== 2 || !decoded.every((part) => typeof part === 'string')) {
    throw badUserInput(
      `after: '${cursor}' is not a cursor of this ${KIND} list; pass an endCursor it returned`,
    );
  }
  const [at, id] = decoded as [string, string];
  return { at, id };
}

export const auditResolvers = {
  Query: {
    auditLog: async (_: unknown, args: { first?: number | null; after?: string | null }, ctx: Context) => {
      requireRole(ctx.caller, 'admin', 'Reading the audit log');
      const page = pageArgs(KIND, args.first, args.after);
      const rows = await ctx.db.read('findAuditPage', {
        first: page.first,
        after: page.after === null ? null : position(page.after, args.after as string),
      });
      const entries = new Map(rows.map(({ entry }) => [entry.id, entry]));
      return connection(
        KIND,
        {
          ids: rows.map(({ entry }) => entry.id),
          sortKeys: rows.map(({ entry }) => JSON.stringify([entry.at, entry.id])),
        },
        page.first,
        async (ids) => ids.map((id) => entries.get(id) ?? null),
      );
    },
  },
};
