/** A source with what leads above it. */
export interface SourcePlace {
  id: string;
  speaksFor: string | null;
  /** In the order given: the first is the one origins follow. */
  memberOf: string[];
}

/**
 * A statement's origin: from its speaker, follow whom it speaks for, else the first body it belongs to,
 * until a source with neither. A deputy minister and a ministry spokesman so lead to one origin, the
 * government; relays play no part. Sources missing from `places` are taken to have nothing above them.
 */
export function originOf(sourceId: string, places: ReadonlyMap<string, SourcePlace>): string {
  const visited = new Set<string>([sourceId]);
  let current = sourceId;
  for (;;) {
    const place = places.get(current);
    const next = place?.speaksFor ?? place?.memberOf[0];
    // Ingest refuses cycles; should one exist anyway, the walk stops where it would repeat itself.
    if (next === undefined || visited.has(next)) return current;
    visited.add(next);
    current = next;
  }
}
