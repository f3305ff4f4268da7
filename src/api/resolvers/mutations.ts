import { refreshAnalysis, refreshStaleVerdicts } from '../../analysis';
import type { Reliability } from '../../model';
import { aliasKey, ingest, type IngestReport, type RawBundle, type Tally } from '../../ingest';
import { audited, quoted } from '../audit';
import type { Context } from '../context';
import { badUserInput, notFound } from '../errors';
import { toSource } from '../model';

/** More bundles than this in one call are refused: a call this size is already a batch job. */
const MAX_INGEST_BUNDLES = 1000;
/** How many document ids an ingest's audit entry lists before it just counts the rest. */
const LISTED_DOCUMENTS = 10;

/** The source an id or alias names, as `Query.source` finds it; NOT_FOUND when none does. */
async function sourceIdOf(ctx: Context, name: string, argument: string): Promise<string> {
  const id = await ctx.loaders.sourceIdByName.load(name);
  if (id === null) throw notFound(`${argument}: no source has the id or alias ${quoted(name)}`);
  return id;
}

/** The bundles' arguments in short: how many, and the documents they carry. */
function bundlesSummary(bundles: unknown[]): string {
  const ids = bundles.map((bundle) => {
    const id = (bundle as { document?: { id?: unknown } } | null)?.document?.id;
    return typeof id === 'string' ? quoted(id) : '(no id)';
  });
  const more = ids.length > LISTED_DOCUMENTS ? `, and ${ids.length - LISTED_DOCUMENTS} more` : '';
  const listed = ids.length === 0 ? '' : ` (documents ${ids.slice(0, LISTED_DOCUMENTS).join(', ')}${more})`;
  return `bundles: ${bundles.length}${listed}`;
}

/**
 * Works out the verdicts a change made stale, as a load does at its end, so that the graph's stored verdicts
 * are current after every write. Should that fail, the change stays (it is committed) and the verdicts stay
 * marked stale: the next read that needs them works them out.
 */
const settleVerdicts = (ctx: Context) => refreshStaleVerdicts(ctx.db).catch(() => 0);

/** An ingest report in a line, for the audit log (the CLI prints the same numbers as a table). */
function ingestOutcome(report: IngestReport): string {
  const tally = (name: string, t: Tally) =>
    `${name} ${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged`;
  const { bundles, dryRun } = report;
  return [
    `${dryRun ? 'dry run, nothing written: ' : ''}${bundles.loaded} of ${bundles.read} bundles ` +
      `${dryRun ? 'would load' : 'loaded'}, ${bundles.rejected} rejected`,
    tally('documents', report.documents),
    tally('sources', report.sources),
    tally('claims', report.claims),
    `${tally('statements', report.statements)}, ${report.statements.removed} removed`,
  ].join('; ');
}

export const mutationResolvers = {
  Mutation: {
    ingest: (_: unknown, args: { bundles: unknown[]; dryRun?: boolean | null }, ctx: Context) => {
      const dryRun = args.dryRun ?? false;
      const call = {
        operation: 'ingest',
        arguments: `${bundlesSummary(args.bundles)}, dryRun: ${dryRun}`,
        role: 'writer' as const,
        what: 'Loading bundles',
      };
      return audited(ctx, call, async () => {
        if (args.bundles.length === 0) throw badUserInput('bundles is empty: give at least one bundle');
        if (args.bundles.length > MAX_INGEST_BUNDLES) {
          throw badUserInput(
            `bundles holds ${args.bundles.length} bundles; at most ${MAX_INGEST_BUNDLES} are taken in one call`,
          );
        }
        // Named as the CLI names a file, so that each error leads back to its bundle's position.
        const raws: RawBundle[] = args.bundles.map((value, i) => ({
          origin: { file: `bundles[${i}]` },
          value,
        }));
        const position = new Map(raws.map((raw, i) => [raw.origin.file, i]));
        const report = await ingest(ctx.db, raws, { dryRun, analysis: ctx.analysis });
        return {
          result: {
            ...report,
            errors: report.errors.map(({ file, path, message }) => ({
              bundle: position.get(file) as number,
              path,
              message,
            })),
          },
          outcome: ingestOutcome(report),
        };
      });
    },

    setSourceReliability: async (
      _: unknown,
      args: { id: string; reliability: Reliability },
      ctx: Context,
    ) => {
      const call = {
        operation: 'setSourceReliability',
        arguments: `id: ${quoted(args.id)}, reliability: ${args.reliability}`,
        role: 'admin' as const,
        what: 'Rating a source',
      };
      const id = await audited(ctx, call, async (caller, record) => {
        const sourceId = await sourceIdOf(ctx, args.id, 'id');
        const outcome = await ctx.db.writeTransaction('setSourceReliability', async (tx) => {
          const [rated] = await tx.run('rateSource', {
            id: sourceId,
            reliability: args.reliability,
            ratedBy: caller.name,
            ratedAt: new Date().toISOString(),
          });
          if (!rated) throw notFound(`id: no source has the id ${quoted(sourceId)}`);
          await refreshAnalysis(tx, { claims: [], stanceClaims: [], sources: [sourceId] }, ctx.analysis);
          const outcome = `'${sourceId}' rated ${args.reliability} (was ${rated.previous ?? 'unrated'})`;
          await record(tx, outcome);
          return outcome;
        });
        await settleVerdicts(ctx);
        return { result: sourceId, outcome };
      });
      return ctx.loaders.sources.load(id);
    },

    mergeSources: async (_: unknown, args: { keep: string; merge: string }, ctx: Context) => {
      const call = {
        operation: 'mergeSources',
        arguments: `keep: ${quoted(args.keep)}, merge: ${quoted(args.merge)}`,
        role: 'admin' as const,
        what: 'Merging sources',
      };
      const id = await audited(ctx, call, async (_caller, record) => {
        const keepId = await sourceIdOf(ctx, args.keep, 'keep');
        const mergeId = await sourceIdOf(ctx, args.merge, 'merge');
        if (keepId === mergeId) {
          throw badUserInput(
            `keep and merge both name source '${keepId}': a source cannot be merged into itself`,
          );
        }
        const outcome = await ctx.db.writeTransaction('mergeSources', async (tx) => {
          const rows = await tx.run('findSourcesByIds', { ids: [keepId, mergeId] });
          const kept = rows.find((row) => row.id === keepId);
          const merged = rows.find((row) => row.id === mergeId);
          if (!kept || !merged) throw notFound(`'${kept ? mergeId : keepId}' no longer exists`);
          const keep = toSource(kept);
          const merge = toSource(merged);

          // Each speaks for one body at most; speaking for the other is a loop that the merge drops.
          const principal = (id: string | null) => (id === keepId || id === mergeId ? null : id);
          const [keepFor, mergeFor] = [principal(keep.speaksForId), principal(merge.speaksForId)];
          if (keepFor !== null && mergeFor !== null && keepFor !== mergeFor) {
            throw badUserInput(
              `'${mergeId}' speaks for '${mergeFor}' and '${keepId}' for '${keepFor}': a source speaks for ` +
                'one body at most, so merging them would lose one',
            );
          }

          // The merged id, name and aliases join the kept source's aliases, each name once whatever its
          // case and accents. The name becomes an alias node too unless it names a third source already.
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
          const [moved] = await tx.run('foldSourceInto', {
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
          await refreshAnalysis(tx, { claims: [], stanceClaims: [], sources: [keepId] }, ctx.analysis);
          const outcome =
            `'${mergeId}' merged into '${keepId}': ${moved.statements} statements, ${moved.relayed} relayed ` +
            `statements, ${moved.memberOf} memberships, ${moved.members} members, ${moved.speaksFor} ` +
            `speaks-for, ${moved.spokesmen} spokesmen and ${moved.aliases} aliases moved`;
          await record(tx, outcome);
          return outcome;
        });
        await settleVerdicts(ctx);
        return { result: keepId, outcome };
      });
      return ctx.loaders.sources.load(id);
    },

    retractDocument: (_: unknown, args: { id: string }, ctx: Context) => {
      const call = {
        operation: 'retractDocument',
        arguments: `id: ${quoted(args.id)}`,
        role: 'admin' as const,
        what: 'Retracting a document',
      };
      return audited(ctx, call, async (_caller, record) => {
        const done = await ctx.db.writeTransaction('retractDocument', async (tx) => {
          const [document] = await tx.run('findDocumentsByIds', { ids: [args.id] });
          if (!document) throw notFound(`id: no document has the id ${quoted(args.id)}`);
          const [removed] = await tx.run('deleteDocumentStatements', { documentIds: [args.id] });
          await tx.run('deleteDocument', { id: args.id });
          await refreshAnalysis(
            tx,
            { claims: [], stanceClaims: removed?.claimIds ?? [], sources: [] },
            ctx.analysis,
          );
          const result = { documentId: args.id, statementsRemoved: document.statementIds.length };
          const outcome = `document '${args.id}' removed with its ${result.statementsRemoved} statements`;
          await record(tx, outcome);
          return { result, outcome };
        });
        await settleVerdicts(ctx);
        return done;
      });
    },
  },
};
