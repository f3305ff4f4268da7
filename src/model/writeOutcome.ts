/** What writing one item did to the graph: made it, changed it, or found it already as given. */
export type WriteOutcome = 'created' | 'updated' | 'unchanged';
