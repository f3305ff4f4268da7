import type { Bundle } from '../../../src/model/bundle';
import { checkBundle } from '../../../src/ingest/checkBundle';
import { validateShape } from '../../../src/ingest/validateShape';

// A graph that knows nothing: what `ingest --dry-run` checks against an empty database. Built without a type
// annotation so that it fits KnownGraph as the interface grows optional-looking members.
const nothingKnown = {
  sourceForKey: () => undefined,
  mergedFrom: () => undefined,
  claimExists: () => false,
  claimMergedInto: () => undefined,
  parentsOf: () => ({ memberOf: [], speaksFor: undefined }),
  documentOfStatement: () => undefined,
};

/** Every reason `ingest --dry-run` would refuse the bundle on an empty database: none when it loads. */
export function loadProblems(bundle: unknown): string[] {
  const shape = validateShape(bundle);
  if (shape.length > 0) return shape.map((p) => `${p.path} ${p.message}`);
  return checkBundle(bundle as Bundle, nothingKnown).problems.map((p) => `${p.path} ${p.message}`);
}
