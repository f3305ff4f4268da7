import { randomUUID } from 'node:crypto';
import type { AnalysisChanges } from '../analysis';
import { mergeRecord, type MergeRecord, type QueryRunner } from '../graph';
import { aliasKey, type MergeKind } from '../model';
import { soundsOf } from '../resolve';
import { quoted } from './audit';
import { badUserInput, notFound } from './errors';

// Merges that can be undone (docs/model.md, "Curating"). Before a fold moves anything, what it will move is
// read (findMergeRelations); after, that and what the fold did beyond it go on a Merge node held by the item
// kept. Unmerging makes the merged item again from that record and takes back exactly what it brought:
// statements and relations that came later under its id stay with the item kept.

type Properties = MergeRecord['node'];

/** What the fold itself knows of a merge beyond what findMergeRelations reads. */
export type FoldNotes = Pick<MergeRecord, 'addedAliases' | 'createdAliases' | 'confirmed'>;

const WORD: Record<MergeKind, string> = { SOURCE: 'source', CLAIM: 'claim' };

/**
 * Reads what merging `mergeId` into `keepId` will move; the caller has made sure both exist, in this
 * transaction, after taking the resolution lock (so a merge running at once cannot have removed either).
 */
export async function readMerge(
  tx: QueryRunner,
  kind: MergeKind,
  keepId: string,
  mergeId: string,
): Promise<Omit<MergeRecord, keyof FoldNotes>> {
  const read = await tx.run('findMergeRelations', { kind, keep: keepId, merge: mergeId });
  if (!read) throw notFound(`the ${WORD[kind]} '${keepId}' or '${mergeId}' no longer exists`);
  return read;
}

/** Keeps the record of a merge on the item kept, for unmerge. */
export async function recordMerge(
  tx: QueryRunner,
  kind: MergeKind,
  keepId: string,
  mergeId: string,
  record: MergeRecord,
  by: string,
): Promise<void> {
  await tx.run('writeMerge', {
    id: randomUUID(),
    kind,
    keptId: keepId,
    mergedId: mergeId,
    at: new Date().toISOString(),
    by,
    record: JSON.stringify(record),
  });
}

/**
 * Undoes the merge that folded the item `id` into another: the item comes back with the properties it had,
 * and with the statements, aliases and relations it brought that its holder (the item kept, or what that
 * was merged into since) still has; the suggestion whose confirmation merged it is open again.
 */
export async function unmerge(
  tx: QueryRunner,
  kind: MergeKind,
  id: string,
): Promise<{ result: string; outcome: string; changes: AnalysisChanges }> {
  await tx.run('lockResolution', {});
  const merge = await tx.run('findMergeOf', { kind, id });
  if (!merge) throw await neverMerged(tx, kind, id);
  const record = mergeRecord.parse(JSON.parse(merge.record));
  const names = kind === 'SOURCE' ? await sourceNames(tx, merge.holderId, id, record) : undefined;
  const restored = await tx.run('restoreMerged', {
    kind,
    label: kind === 'SOURCE' ? 'Source' : 'Claim',
    holderId: merge.holderId,
    mergeId: merge.id,
    properties: { ...record.node, ...names?.restored },
    holderProperties: names?.holder ?? {},
    relations: record.relations,
    resolutions: record.resolutions,
    suggestions: record.suggestions,
    reopen: record.confirmed,
    dropAliases: record.createdAliases,
  });
  if (!restored) throw notFound(`${WORD[kind]} '${merge.holderId}', which holds '${id}', no longer exists`);
  const related = record.relations.filter((r) => r.label === 'Claim').map((r) => r.key);
  const gone = restored.gone === 0 ? '' : `; ${restored.gone} were gone since and stay so`;
  return {
    result: id,
    outcome:
      `'${id}' taken back out of '${merge.holderId}' (merged ${merge.at}): ${restored.restored} ` +
      `statements, aliases and relations restored${gone}` +
      (record.confirmed ? `; match ${quoted(record.confirmed)} is open again` : ''),
    changes:
      kind === 'SOURCE'
        ? { claims: [], stanceClaims: [], sources: [merge.holderId, id] }
        : { claims: [merge.holderId, id], stanceClaims: related, sources: restored.speakers },
  };
}

/**
 * The alias lists (and their sounds) of a source being unmerged and of its holder: the holder loses the
 * names the merge added; the source gets its own back, but not names that another source holds now (those
 * of a source it had absorbed, unmerged before it).
 */
async function sourceNames(tx: QueryRunner, holderId: string, id: string, record: MergeRecord) {
  const [holder] = await tx.run('findSourcesByIds', { ids: [holderId] });
  const added = new Set(record.addedAliases);
  const holderAliases = (holder?.aliases ?? []).filter((alias) => !added.has(alias));
  const own = (record.node.aliases ?? []) as string[];
  const owners = new Map(
    (await tx.run('findSourcesByAliasKeys', { keys: own.map(aliasKey) })).map((o) => [o.key, o.sourceId]),
  );
  const aliases = own.filter((alias) => [undefined, holderId, id].includes(owners.get(aliasKey(alias))));
  const name = String(record.node.name);
  const restored: Properties =
    aliases.length === own.length ? {} : { aliases, sounds: soundsOf([name, ...aliases]) };
  const kept: Properties = holder
    ? { aliases: holderAliases, sounds: soundsOf([holder.name, ...holderAliases]) }
    : {};
  return { holder: kept, restored };
}

/** Why an item that no merge record names cannot be unmerged. */
async function neverMerged(tx: QueryRunner, kind: MergeKind, id: string) {
  if (kind === 'SOURCE') {
    const [owner] = await tx.run('findSourcesByAliasKeys', { keys: [aliasKey(id)] });
    if (owner === undefined) return notFound(`id: no source has the id ${quoted(id)}`);
    if (owner.sourceId !== id && owner.mergedFrom === id) {
      return badUserInput(
        `id: ${quoted(id)} was merged into '${owner.sourceId}' before merges were recorded (merges made ` +
          'before this version keep no record), so it cannot be unmerged',
      );
    }
    return badUserInput(`id: the source '${owner.sourceId}' was never merged into another`);
  }
  const [claim] = await tx.run('findClaimsByIds', { ids: [id] });
  if (claim === undefined) return notFound(`id: no claim has the id ${quoted(id)}`);
  return badUserInput(`id: the claim ${quoted(id)} was never merged into another`);
}
