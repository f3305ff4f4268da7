// The one query the dashboard builds at run time. It is apart from queries.ts, which imports the .graphql
// files through Vite, so that tests/unit/dashboard/operations.test.ts can build it and validate it against
// the schema like the others.
import type { AgreementPairFragment } from './generated/operations';

/** The answer: agreement(a, b) for each pair, under the aliases p0, p1, ... in the order of the pairs. */
export type AgreementQuery = Partial<Record<`p${number}`, AgreementPairFragment>>;

/**
 * One request asking agreement(a, b) for each pair, as aliases p0, p1, ... (at most 15 a request).
 * `fragments` is operations/AgreementPair.graphql, which says what is asked of each pair.
 */
export function agreementQuery(
  pairs: [string, string][],
  literal: (value: string) => string,
  fragments: string,
): string {
  const fields = pairs.map(
    ([a, b], i) => `p${i}: agreement(a: ${literal(a)}, b: ${literal(b)}) { ...AgreementPair }`,
  );
  return `query Agreement {\n  ${fields.join('\n  ')}\n}\n${fragments}`;
}
