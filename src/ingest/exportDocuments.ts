import type { Database } from '../graph';
import type { Bundle, BundleClaim, BundleSource, BundleStatement, Quantity } from '../model';
import { withoutNulls as definedFields } from '../model';

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
      const [found] = await tx.run('findDocumentForExport', { id });
      if (!found) {
        missing.push(id);
        continue;
      }
      const statements = found.statements.sort(
        (a, b) =>
          Number(a.spanStart ?? -1) - Number(b.spanStart ?? -1) || String(a.id).localeCompare(String(b.id)),
      );
      const sourceIds = [
        ...new Set([...found.speakerIds, ...statements.flatMap((s) => s.via.map((v) => v.id))]),
      ];
      const claimIds = [...new Set(statements.flatMap((s) => s.stances.map((st) => st.claim)))];
      const sources = await tx.run('findSourcesForExport', { ids: sourceIds });
      const claims = await tx.run('findClaimsForExport', { ids: claimIds });
      bundles.push({
        document: withoutHash(found.document),
        sources: sources.map(exportSource).sort(byId),
        claims: claims.map(exportClaim).sort(byId),
        statements: statements.map(exportStatement),
      });
    }
    return { bundles, missing };
  });
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

function withoutHash<T extends Record<string, unknown>>(props: T): T {
  const { contentHash, ...rest } = props;
  return rest as T;
}

function exportSource(row: {
  source: Record<string, unknown>;
  memberOf: { id: string; order: number }[];
  speaksFor: string | null;
}): BundleSource {
  const { id, name, type, role, affiliation, reliability, aliases } = row.source as unknown as BundleSource;
  const memberOf = [...row.memberOf].sort((a, b) => a.order - b.order).map((m) => m.id);
  return definedFields({
    id,
    name,
    type,
    aliases: aliases?.length ? aliases : undefined,
    role,
    affiliation,
    memberOf: memberOf.length ? memberOf : undefined,
    speaksFor: row.speaksFor ?? undefined,
    reliability,
  });
}

function exportClaim(row: {
  claim: Record<string, unknown>;
  supports: string[];
  contradicts: string[];
}): BundleClaim {
  const c = row.claim;
  const quantity = definedFields({
    value: c.quantityValue,
    min: c.quantityMin,
    max: c.quantityMax,
    approx: c.quantityApprox,
    unit: c.quantityUnit,
  }) as Quantity;
  return definedFields({
    id: c.id as string,
    text: c.text as string,
    question: c.question as string | undefined,
    quantity: Object.keys(quantity).length ? quantity : undefined,
    supports: row.supports.length ? row.supports.sort() : undefined,
    contradicts: row.contradicts.length ? row.contradicts.sort() : undefined,
    about: c.about as string[] | undefined,
    occurredAt: c.occurredAt as string | undefined,
  });
}

function exportStatement(
  row: Record<string, unknown> & { via: { id: string; order: number }[] },
): BundleStatement {
  const s = row as Record<string, unknown>;
  return definedFields({
    id: s.id as string,
    // As written in the bundle it came from, which still names the same source (its alias or id).
    source: s.speakerAsWritten as string,
    cue: s.cue as string | undefined,
    quote: s.quote as string | undefined,
    direct: s.direct as boolean | undefined,
    span: s.spanStart === undefined ? undefined : { start: s.spanStart as number, end: s.spanEnd as number },
    via: row.via.length ? [...row.via].sort((a, b) => a.order - b.order).map((v) => v.id) : undefined,
    channel: s.channel as string | undefined,
    saidAt: s.saidAt as string | undefined,
    stances: (s.stances as BundleStatement['stances']).sort((a, b) => a.claim.localeCompare(b.claim)),
  });
}
