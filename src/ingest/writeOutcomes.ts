import type { ClaimRow, SourceRow, StoredClaim, StoredSource } from '../graph';
import { canonicalJson, type WriteOutcome } from '../model';

/**
 * The one rule for what a write of sources or claims changed. Each mention is compared with what the graph
 * held before the batch (`before`, as writeSources and writeClaims return it) and with every earlier mention
 * of the same id in the batch: `created` if nothing held it, `updated` if it gives a field another value or
 * adds an alias, a parent or a related claim, else `unchanged`. A field an analyst owns (a rated source's
 * reliability) is neither written by a bundle nor counted as a change.
 */
export function writeOutcomes<R extends SourceRow | ClaimRow>(
  rows: R[],
  stored: { id: string; before: StoredSource | StoredClaim | null }[],
): WriteOutcome[] {
  // The first row of an id read the graph before anything of the batch was written.
  const before = new Map<string, State | null>();
  stored.forEach(({ id, before: held }) => before.has(id) || before.set(id, held && stateOf(held)));
  const states = new Map<string, State>();
  return rows.map((row) => {
    const given = stateOf(row);
    const state = states.get(row.id) ?? before.get(row.id) ?? undefined;
    if (state === undefined) {
      states.set(row.id, given);
      return 'created';
    }
    const owned = (key: string) => state.analystOwns.has(key);
    const changes =
      Object.entries(given.props).some(
        ([key, value]) => !owned(key) && canonicalJson(state.props[key] ?? null) !== canonicalJson(value),
      ) || [...given.lists].some((entry) => !state.lists.has(entry));
    states.set(row.id, {
      props: { ...state.props, ...given.props },
      lists: new Set([...state.lists, ...given.lists]),
      analystOwns: state.analystOwns,
    });
    return changes ? 'updated' : 'unchanged';
  });
}

interface State {
  props: Record<string, unknown>;
  /** The list-valued parts (aliases, parents, related claims) as tagged entries, which add up. */
  lists: Set<string>;
  /** Fields an analyst set, which bundles do not change. */
  analystOwns: Set<string>;
}

function stateOf(item: SourceRow | ClaimRow | StoredSource | StoredClaim): State {
  const props = Object.fromEntries(Object.entries(item.props).filter(([, value]) => value !== null));
  if ('aliases' in item) {
    return {
      props,
      lists: new Set([
        ...item.aliases.map((a) => `alias:${a}`),
        ...item.memberOf.map((m) => `memberOf:${m}`),
        ...(item.speaksFor === null ? [] : [`speaksFor:${item.speaksFor}`]),
      ]),
      analystOwns: new Set('rated' in item && item.rated ? ['reliability'] : []),
    };
  }
  return {
    props,
    lists: new Set([
      ...item.supports.map((c) => `supports:${c}`),
      ...item.contradicts.map((c) => `contradicts:${c}`),
    ]),
    analystOwns: new Set(),
  };
}
