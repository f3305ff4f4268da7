import type { AnalysedWork } from '../analysis';
import type { QueryRunner } from '../graph';
import { aliasKey, type Reliability } from '../model';
import { quoted } from './audit';
import { badUserInput, notFound } from './errors';
import { readMerge, recordMerge } from './merges';

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
 * source's aliases, and its statements, relays, memberships and spokesmen move to it. The merge is recorded
 * for unmergeSource; `confirmed` is the suggested match that made it, if one did.
 */
export async function foldSources(
  tx: QueryRunner,
  keepId: string,
  mergeId: string,
  by: string,
  confirmed: string | null = null,
): Promise<Curated<string>> {
  // Merges, unmerges and loads of drafts one after another: none removes what another is moving.
  await tx.run('lockResolution', {});
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
  const nameAlias =
    nameFree && added.includes(merge.name) ? { key: aliasKey(merge.name), name: merge.name } : null;
  const before = await readMerge(tx, 'SOURCE', keepId, mergeId);
  const moved = await tx.run('foldSourceInto', {
    keep: keepId,
    merge: mergeId,
    aliases: [...keep.aliases, ...added],
    nameAlias,
  });
  if (!moved) throw notFound(`'${keepId}' or '${mergeId}' no longer exists`);
  if (moved.cycle) {
    throw badUserInput(
      `merging '${mergeId}' into '${keepId}' would make '${keepId}' a member of, or speak for, ` +
        'itself through other sources (a memberOf/speaksFor cycle)',
    );
  }
  const createdAliases = nameAlias ? [nameAlias.key] : [];
  await recordMerge(
    tx,
    'SOURCE',
    keepId,
    mergeId,
    { ...before, addedAliases: added, createdAliases, confirmed },
    by,
  );
  return {
    result: keepId,
    outcome:
      `'${mergeId}' merged into '${keepId}': ${moved.statements} statements, ${moved.relayed} relayed ` +
      `statements, ${moved.memberOf} memberships, ${moved.members} members, ${moved.speaksFor} ` +
      `speaks-for, ${moved.spokesmen} spokesmen and ${moved.aliases} aliases moved`,
    changes: { claims: [], stanceClaims: [], sources: [keepId] },
  };
}

/**
 * Folds claim `mergeId` into `keepId` (the API's mergeClaims): its stances, its relations with other claims
 * and, when the kept claim answers no question, its question move to the kept claim, whose words and figure
 * stay; `claim(id)` and later bundles with the merged id find the kept claim. Recorded for unmergeClaim.
 */
export async function foldClaims(
  tx: QueryRunner,
  keepId: string,
  mergeId: string,
  by: string,
  confirmed: string | null = null,
): Promise<Curated<string>> {
  await tx.run('lockResolution', {});
  const found = new Set((await tx.run('findClaimsByIds', { ids: [keepId, mergeId] })).map((c) => c.id));
  for (const id of [keepId, mergeId]) {
    if (!found.has(id)) throw notFound(`no claim has the id ${quoted(id)} (merged or removed since?)`);
  }
  const before = await readMerge(tx, 'CLAIM', keepId, mergeId);
  const folded = await tx.run('foldClaimInto', { keep: keepId, merge: mergeId });
  if (!folded) throw notFound(`the claim '${keepId}' or '${mergeId}' no longer exists`);
  // The transaction is undone when these throw: nothing of the merge is written.
  const [statement] = folded.bothSidesStatements;
  if (statement !== undefined) {
    throw badUserInput(
      `statement '${statement}' supports one of '${keepId}' and '${mergeId}' and contradicts the other: ` +
        'merged, it would stand on both sides of one claim',
    );
  }
  const [claim] = folded.bothSidesClaims;
  if (claim !== undefined) {
    throw badUserInput(
      `claim '${claim}' supports one of '${keepId}' and '${mergeId}' and contradicts the other (or is ` +
        'supported by one and contradicted by the other): merged, the relation would go both ways',
    );
  }
  await recordMerge(
    tx,
    'CLAIM',
    keepId,
    mergeId,
    { ...before, addedAliases: [], createdAliases: [], confirmed },
    by,
  );
  return {
    result: keepId,
    outcome:
      `claim '${mergeId}' merged into '${keepId}': ${folded.stances} stances and ${folded.relations} ` +
      `claim relations moved${folded.questionTaken ? ', and its question' : ''}`,
    changes: {
      claims: [keepId, ...folded.questionClaims],
      stanceClaims: [keepId, ...folded.related],
      // Their statements on one claim now: which of them supersede which may change.
      sources: folded.speakers,
    },
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
    changes: { claims: [], stanceClaims: removed?.claimIds ?? [], sources: removed?.sourceIds ?? [] },
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
  await tx.run('lockResolution', {});
  const [suggestion] = await tx.run('findSuggestionsByIds', { ids: [id] });
  if (!suggestion) throw notFound(`id: no suggested match has the id ${quoted(id)}`);
  if (suggestion.status !== 'OPEN') {
    throw badUserInput(`id: the match ${quoted(id)} was ${suggestion.status.toLowerCase()} already`);
  }
  let folded: Curated<string> | undefined;
  if (decision === 'CONFIRMED') {
    if (suggestion.kind === 'QUESTION') {
      throw badUserInput(
        `id: ${quoted(id)} matches questions; only matches of sources and claims can be confirmed`,
      );
    }
    const kind = suggestion.kind === 'SOURCE' ? 'source' : 'claim';
    const ids = [suggestion.itemId, suggestion.candidateId];
    const found = new Set(
      (suggestion.kind === 'SOURCE'
        ? await tx.run('findSourcesByIds', { ids })
        : await tx.run('findClaimsByIds', { ids })
      ).map((item) => item.id),
    );
    for (const [side, itemId] of [
      ['item', suggestion.itemId],
      ['candidate', suggestion.candidateId],
    ] as const) {
      if (!found.has(itemId)) {
        throw notFound(
          `id: the ${side} of ${quoted(id)}, ${kind} ${quoted(itemId)}, was merged or removed since`,
        );
      }
    }
    if (suggestion.itemId === suggestion.candidateId) {
      throw badUserInput(`id: the two ${kind}s of ${quoted(id)} were merged into one since`);
    }
    // The item already in the graph is kept.
    const fold = suggestion.kind === 'SOURCE' ? foldSources : foldClaims;
    folded = await fold(tx, suggestion.candidateId, suggestion.itemId, decidedBy, id);
  }
  await tx.run('decideSuggestion', { id, status: decision, decidedBy, decidedAt: new Date().toISOString() });
  return {
    result: id,
    outcome: `match ${quoted(id)} ${decision.toLowerCase()}${folded ? `: ${folded.outcome}` : ''}`,
    changes: folded?.changes ?? { claims: [], stanceClaims: [], sources: [] },
  };
}
