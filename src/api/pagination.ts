import { badUserInput } from './errors';

export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first: number;
  /** The key of the last item seen, decoded from the cursor; null for the first page. */
  after: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number;
}

/**
 * A cursor is the list's kind and the sort key of an item, opaque to clients. Lists are ordered by that key,
 * so a cursor stays valid, and no item is skipped or repeated, when data is added between pages.
 */
export const encodeCursor = (kind: string, key: string): string =>
  Buffer.from(JSON.stringify([kind, key])).toString('base64url');

export function pageArgs(
  kind: string,
  first: number | null | undefined,
  after: string | null | undefined,
): PageArgs {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be from 1 to ${MAX_PAGE_SIZE}; it was ${size}`);
  }
  return { first: size, after: after === undefined || after === null ? null : decodeCursor(kind, after) };
}

function decodeCursor(kind: string, cursor: string): string {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (!Array.isArray(decoded) || decoded[0] !== kind || typeof decoded[1] !== 'string') {
    throw badUserInput(
      `after: '${cursor}' is not a cursor of this ${kind} list; pass an endCursor it returned`,
    );
  }
  return decoded[1];
}

/**
 * A connection from a page of ids as the page queries return them: one more than asked for when there is a
 * next page. Each item's cursor holds its sort key: its id, unless `sortKeys` gives others.
 */
export async function connection<T>(
  kind: string,
  page: { ids: string[]; totalCount?: number; sortKeys?: string[] },
  first: number,
  load: (ids: string[]) => Promise<(T | null)[]>,
): Promise<Connection<T>> {
  const ids = page.ids.slice(0, first);
  const cursors = (page.sortKeys ?? page.ids).slice(0, first).map((key) => encodeCursor(kind, key));
  const nodes = await load(ids);
  // A node deleted between the page query and its load is left out rather than failing the page.
  const edges = ids.flatMap((_, i) => {
    const node = nodes[i];
    return node === null || node === undefined ? [] : [{ cursor: cursors[i] as string, node }];
  });
  return {
    edges,
    pageInfo: { hasNextPage: page.ids.length > first, endCursor: cursors.at(-1) ?? null },
    ...(page.totalCount === undefined ? {} : { totalCount: page.totalCount }),
  };
}
