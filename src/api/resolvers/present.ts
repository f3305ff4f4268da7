/**
 * The items a loader found. A node deleted while a request runs is left out of a list rather than failing
 * the whole answer; a loader's error (the database failing) is raised.
 */
export function present<T>(items: (T | null | Error)[]): T[] {
  return items.flatMap((item) => {
    if (item instanceof Error) throw item;
    return item === null ? [] : [item];
  });
}
