import type { Database, RowOf } from '../graph';
import {
  quantityFromColumns,
  withoutNulls,
  type Bundle,
  type BundleClaim,
  type BundleSource,
  type BundleStatement,
} from '../model';

/**
 * Writes documents back as v1 bundles: each with its statements, every source they name (speakers, relays,
 * and the bodies those belong to or speak for) and every claim they bear on (and the claims those support
 * or contradict). Loading the result into the database it came from changes nothing; into an empty one,
 * it gives the same graph. Unknown ids are returned in `missing`.
 */
export async function exportDocuments(
  db: Database,
  ids: string[],
): Promise<{ bundles: Bundle[]; missing: string[] }> {
  return db.readTransaction('export', async (tx) => {
    const bundles: Bundle[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const found = await tx.run('findDocumentForExport', { id });
      if (!found) {
        missing.push(id);
        continue;
      }
      const { statements } = found;
      const sourceIds = [...new Set([...found.speakerIds, ...statements.flatMap((s) => s.via)])];
      const claimIds = [
        ...new Set(statements.flatMap((s) => [...s.stances.map((st) => st.claim), ...s.retracts])),
      ];
      const sources = await tx.run('findSourcesForExport', { ids: sourceIds });
      const claims = await tx.run('findClaimsForExport', { ids: claimIds });
      bundles.push({
        document: withoutNulls(found.document),
        sources: sources.map(exportSource).sort(byId),
        claims: claims.map(exportClaim).sort(byId),
        statements: statements.map(exportStatement),
      });
    }
    return { bundles, missing };
  });
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
/** An empty list is written as no list, as bundles leave it out. */
const unlessEmpty = <T>(list: T[] | null) => (list?.length ? list : undefined);

function exportSource(row: RowOf<'findSourcesForExport'>): BundleSource {
  return withoutNulls({
    ...row,
    aliases: unlessEmpty(row.aliases),
    memberOf: unlessEmpty(row.memberOf),
  });
}

function exportClaim(row: RowOf<'findClaimsForExport'>): BundleClaim {
  return withoutNulls({
    ...row,
    quantity: quantityFromColumns(row.quantity),
    supports: unlessEmpty(row.supports),
    contradicts: unlessEmpty(row.contradicts),
  });
}

function exportStatement({
  id,
  speakerAsWritten,
  via,
  ...statement
}: RowOf<'findDocumentForExport'>['statements'][number]): BundleStatement {
  return withoutNulls({
    id,
    // As written in the bundle it came from, which still names the same source (its alias or id).
    source: speakerAsWritten,
    ...statement,
    via: unlessEmpty(via),
    retracts: unlessEmpty(statement.retracts),
  });
}
