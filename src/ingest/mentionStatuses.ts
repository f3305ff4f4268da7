import { canonicalJson } from '../model';
import type { ClaimRow, Props, SourceRow } from '../graph';

export type Status = 'created' | 'updated' | 'unchanged';

/**
 * The status of each mention of a source or claim in one batch, in order. The database compares every row
 * with what it held before the batch, so a second mention of the same id in the batch is instead compared
 * here with everything the mentions before it gave: unchanged if it adds nothing.
 */
export function mentionStatuses<R extends SourceRow | ClaimRow>(
  rows: R[],
  stored: { id: string; status: Status }[],
): Status[] {
  const before = new Map<string, Status>();
  stored.forEach(({ id, status }) => before.has(id) || before.set(id, status));
  const given = new Map<string, { props: Props; lists: Set<string> }>();
  return rows.map((row) => {
    const lists = listEntries(row);
    const earlier = given.get(row.id);
    if (!earlier) {
      given.set(row.id, { props: { ...row.props }, lists: new Set(lists) });
      return before.get(row.id) ?? 'created';
    }
    const adds =
      Object.entries(row.props).some(
        ([key, value]) => canonicalJson(earlier.props[key]) !== canonicalJson(value),
      ) || lists.some((entry) => !earlier.lists.has(entry));
    Object.assign(earlier.props, row.props);
    lists.forEach((entry) => earlier.lists.add(entry));
    return adds ? 'updated' : 'unchanged';
  });
}

/** The list-valued parts of a row (aliases, parents, related claims) as tagged entries, which add up. */
function listEntries(row: SourceRow | ClaimRow): string[] {
  if ('aliases' in row) {
    return [
      ...row.aliases.map((a) => `alias:${a}`),
      ...row.memberOf.map((m) => `memberOf:${m}`),
      ...(row.speaksFor === null ? [] : [`speaksFor:${row.speaksFor}`]),
    ];
  }
  return [...row.supports.map((c) => `supports:${c}`), ...row.contradicts.map((c) => `contradicts:${c}`)];
}
