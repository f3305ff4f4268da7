import type { AnalysedWork } from '../analysis';
import type { QueryRunner } from '../graph';
import { aliasKey, type Reliability } from '../model';
import { quoted } from './audit';
import { badUserInput, notFound } from './errors';

// The analysts' changes to the graph (the admin mutations), each the work of one write transaction that
// says what it changed for the analysis (analysedWrite runs it). Each returns its result and an outcome in
// words for the audit log.

interface Curated<T> extends AnalysedWork<T> {
  outcome: string;
}

/** An analyst's rating of a source, which later bundles do not overwrite. */
export async function rateSource(
  tx: QueryRunner,
  sourceId: string,
  reliability: Reliability,
  ratedBy: string,
): Promise<Curated<string>> {
  const rated = await tx.run('rateSource', {
    id: sourceId,
    reliability,
    ratedBy,
    ratedAt: new Date().toISOString(),
  });
  if (!rated) throw notFound(`id: no source has the id ${quoted(sourceId)}`);
  return {
    result: sourceId,
    outcome: `'${sourceId}' rated ${reliability} (was ${rated.previous ?? 'unrated'})`,
    changes: { claims: [], stanceClaims: [], sources: [sourceId] },
  };
}

/**
 * Folds source `mergeId` into `keepId` (the API's mergeSources): its id, name and aliases become the kept
 * source's aliases, and its statements, relays, memberships and spokesmen move to it.
 */
export async function foldSources(
  tx: QueryRunner,
  keepId: string,
  mergeId: string,
): Promise<Curated<string>> {
  const rows = await tx.run('findSourcesByIds', { ids: [keepId, mergeId] });
  const keep = rows.find((row) => row.id === keepId);
  const merge = rows.find((row) => row.id === mergeId);
  if (!keep || !merge) throw notFound(`'${keep ? mergeId : keepId}' no longer exists`);

  // Each speaks for one body at most; speaking for the other is a loop that the merge drops.
  const principal = (id: string | null) => (id === keepId || id === mergeId ? null : id);
  const [keepFor, mergeFor] = [principal(keep.speaksForId), principal(merge.speaksForId)];
  if (keepFor !== null && mergeFor !== null && keepFor !== mergeFor) {
    throw badUserInput(
      `'${mergeId}' speaks for '${mergeFor}' and '${keepId}' for '${keepFor}': a source speaks for ` +
        'one body at most, so merging them would lose one',
    );
  }

  // The merged id, name and aliases join the kept source's aliases, each name once whatever its case and
  // accents. The name becomes an alias node too unless it names a third source already.
  const taken = new Set([keep.id, keep.name, ...keep.aliases].map(aliasKey));
  const [nameOwner] = await tx.run('findSourcesByAliasKeys', { keys: [aliasKey(merge.name)] });
  const nameFree = nameOwner === undefined;
  const nameUsable = nameFree || nameOwner.sourceId === mergeId || nameOwner.sourceId === keepId;
  const added = [merge.id, ...(nameUsable ? [merge.name] : []), ...merge.aliases].filter((name) => {
    const key = aliasKey(name);
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  });
  const moved = await tx.run('foldSourceInto', {
    keep: keepId,
    merge: mergeId,
    aliases: [...keep.aliases, ...added],
    nameAlias:
      nameFree && added.includes(merge.name) ? { key: aliasKey(merge.name), name: merge.name } : null,
  });
  if (!moved) throw notFound(`'${keepId}' or '${mergeId}' no longer exists`);
  if (moved.cycle) {
    throw badUserInput(
      `merging '${mergeId}' into '${keepId}' would make '${keepId}' a member of, or speak for, ` +
        'itself through other sources (a memberOf/speaksFor cycle)',
    );
  }
  return {
    result: keepId,
    outcome:
      `'${mergeId}' merged into '${keepId}': ${moved.statements} statements, ${moved.relayed} relayed ` +
      `statements, ${moved.memberOf} memberships, ${moved.members} members, ${moved.speaksFor} ` +
      `speaks-for, ${moved.spokesmen} spokesmen and ${moved.aliases} aliases moved`,
    changes: { claims: [], stanceClaims: [], sources: [keepId] },
  };
}

/** Removes a document and its statements; the claims they bore on stay, with the sides they have left. */
export async function retractDocument(
  tx: QueryRunner,
  documentId: string,
): Promise<Curated<{ documentId: string; statementsRemoved: number }>> {
  const [document] = await tx.run('findDocumentsByIds', { ids: [documentId] });
  if (!document) throw notFound(`id: no document has the id ${quoted(documentId)}`);
  const removed = await tx.run('deleteDocumentStatements', { documentIds: [documentId] });
  await tx.run('deleteDocument', { id: documentId });
  const result = { documentId, statementsRemoved: document.statementIds.length };
  return {
    result,
    outcome: `document '${documentId}' removed with its ${result.statementsRemoved} statements`,
    changes: { claims: [], stanceClaims: removed?.claimIds ?? [], sources: [] },
  };
}

/**
 * An analyst's decision on a suggested match (docs/resolution.md): confirming a match of two sources folds
 * the incoming one into the one already there; rejecting keeps them apart for good.
 */
export async function decideMatch(
  tx: QueryRunner,
  id: string,
  decision: 'CONFIRMED' | 'REJECTED',
  decidedBy: string,
): Promise<Curated<string>> {
  const [suggestion] = await tx.run('findSuggestionsByIds', { ids: [id] });
  if (!suggestion) throw notFound(`id: no suggested match has the id ${quoted(id)}`);
  if (suggestion.status !== 'OPEN') {
    throw badUserInput(`id: the match ${quoted(id)} was ${suggestion.status.toLowerCase()} already`);
  }
  let folded: Curated<string> | undefined;
  if (decision === 'CONFIRMED') {
    if (suggestion.kind !== 'SOURCE') {
      throw badUserInput(
        `id: ${quoted(id)} matches ${suggestion.kind.toLowerCase()}s; only matches of sources can be confirmed yet`,
      );
    }
    const found = new Set(
      (await tx.run('findSourcesByIds', { ids: [suggestion.itemId, suggestion.candidateId] })).map(
        (s) => s.id,
      ),
    );
    for (const [side, sourceId] of [
      ['item', suggestion.itemId],
      ['candidate', suggestion.candidateId],
    ] as const) {
      if (!found.has(sourceId)) {
        throw notFound(
          `id: the ${side} of ${quoted(id)}, source ${quoted(sourceId)}, was merged or removed since`,
        );
      }
    }
    if (suggestion.itemId === suggestion.candidateId) {
      throw badUserInput(`id: the two sources of ${quoted(id)} were merged into one since`);
    }
    // The source already in the graph is kept.
    folded = await foldSources(tx, suggestion.candidateId, suggestion.itemId);
  }
  await tx.run('decideSuggestion', { id, status: decision, decidedBy, decidedAt: new Date().toISOString() });
  return {
    result: id,
    outcome: `match ${quoted(id)} ${decision.toLowerCase()}${folded ? `: ${folded.outcome}` : ''}`,
    changes: folded?.changes ?? { claims: [], stanceClaims: [], sources: [] },
  };
}
