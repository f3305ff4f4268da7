import { analysedWrite, type AnalysisChanges } from '../../analysis';
import type { QueryRunner } from '../../graph';
import { ingest, type IngestReport, type RawBundle, type Tally } from '../../ingest';
import type { MergeKind, Reliability } from '../../model';
import { audited, quoted, type RecordOutcome } from '../audit';
import type { Context } from '../context';
import { claimNamed } from './claims';
import { decideMatch, foldClaims, foldSources, rateSource, retractDocument } from '../curation';
import { unmerge } from '../merges';
import { badUserInput, notFound } from '../errors';

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

/**
 * The claim an id names: its own, or the one a merge or a draft's resolution took it into, as `Query.claim`
 * finds it; NOT_FOUND when none does.
 */
async function claimIdOf(ctx: Context, id: string, argument: string): Promise<string> {
  const found = await claimNamed(ctx, id);
  if (!found) throw notFound(`${argument}: no claim has the id ${quoted(id)}`);
  return found.id;
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
 * Runs a curation in one analysed write transaction with its audit entry, so that the change, the analysis
 * catching up with it and the record of it commit together.
 */
function curate<T>(
  ctx: Context,
  label: string,
  record: RecordOutcome,
  work: (tx: QueryRunner) => Promise<{ result: T; outcome: string; changes: AnalysisChanges }>,
): Promise<{ result: T; outcome: string }> {
  return analysedWrite(ctx.db, label, ctx.analysis, async (tx) => {
    const { result, outcome, changes } = await work(tx);
    await record(tx, outcome);
    return { result: { result, outcome }, changes };
  });
}

/** An analyst's decision on a suggested match, audited, in one analysed write; answers the suggestion. */
async function decide(ctx: Context, id: string, decision: 'CONFIRMED' | 'REJECTED') {
  const call = {
    operation: decision === 'CONFIRMED' ? 'confirmMatch' : 'rejectMatch',
    arguments: `id: ${quoted(id)}`,
    role: 'writer' as const,
    what: decision === 'CONFIRMED' ? 'Confirming a match' : 'Rejecting a match',
  };
  const decided = await audited(ctx, call, (caller, record) =>
    curate(ctx, call.operation, record, (tx) => decideMatch(tx, id, decision, caller.name)),
  );
  return ctx.loaders.suggestions.load(decided);
}

/** Undoes the merge of a source or a claim, audited, in one analysed write; answers the restored id. */
async function unmergeAudited(ctx: Context, kind: MergeKind, id: string): Promise<string> {
  const operation = kind === 'SOURCE' ? 'unmergeSource' : 'unmergeClaim';
  const call = {
    operation,
    arguments: `id: ${quoted(id)}`,
    role: 'writer' as const,
    what: kind === 'SOURCE' ? 'Unmerging a source' : 'Unmerging a claim',
  };
  return audited(ctx, call, (_caller, record) =>
    curate(ctx, operation, record, (tx) => unmerge(tx, kind, id)),
  );
}

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
          location: { file: `bundles[${i}]` },
          value,
        }));
        const position = new Map(raws.map((raw, i) => [raw.location.file, i]));
        const report = await ingest(ctx.db, raws, { dryRun, analysis: ctx.analysis });
        const located = (problems: IngestReport['errors']) =>
          problems.map(({ file, path, message }) => ({
            bundle: position.get(file) as number,
            path,
            message,
          }));
        return {
          result: { ...report, errors: located(report.errors), warnings: located(report.warnings) },
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
        return curate(ctx, 'setSourceReliability', record, (tx) =>
          rateSource(tx, sourceId, args.reliability, caller.name),
        );
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
      const id = await audited(ctx, call, async (caller, record) => {
        const keepId = await sourceIdOf(ctx, args.keep, 'keep');
        const mergeId = await sourceIdOf(ctx, args.merge, 'merge');
        if (keepId === mergeId) {
          throw badUserInput(
            `keep and merge both name source '${keepId}': a source cannot be merged into itself`,
          );
        }
        return curate(ctx, 'mergeSources', record, (tx) => foldSources(tx, keepId, mergeId, caller.name));
      });
      return ctx.loaders.sources.load(id);
    },

    mergeClaims: async (_: unknown, args: { keep: string; merge: string }, ctx: Context) => {
      const call = {
        operation: 'mergeClaims',
        arguments: `keep: ${quoted(args.keep)}, merge: ${quoted(args.merge)}`,
        role: 'writer' as const,
        what: 'Merging claims',
      };
      const id = await audited(ctx, call, async (caller, record) => {
        const keepId = await claimIdOf(ctx, args.keep, 'keep');
        const mergeId = await claimIdOf(ctx, args.merge, 'merge');
        if (keepId === mergeId) {
          throw badUserInput(
            `keep and merge both name claim '${keepId}': a claim cannot be merged into itself`,
          );
        }
        return curate(ctx, 'mergeClaims', record, (tx) => foldClaims(tx, keepId, mergeId, caller.name));
      });
      return ctx.loaders.claims.load(id);
    },

    unmergeSource: (_: unknown, args: { id: string }, ctx: Context) =>
      unmergeAudited(ctx, 'SOURCE', args.id).then((id) => ctx.loaders.sources.load(id)),
    unmergeClaim: (_: unknown, args: { id: string }, ctx: Context) =>
      unmergeAudited(ctx, 'CLAIM', args.id).then((id) => ctx.loaders.claims.load(id)),

    retractDocument: (_: unknown, args: { id: string }, ctx: Context) => {
      const call = {
        operation: 'retractDocument',
        arguments: `id: ${quoted(args.id)}`,
        role: 'admin' as const,
        what: 'Retracting a document',
      };
      return audited(ctx, call, (_caller, record) =>
        curate(ctx, 'retractDocument', record, (tx) => retractDocument(tx, args.id)),
      );
    },

    confirmMatch: (_: unknown, args: { id: string }, ctx: Context) => decide(ctx, args.id, 'CONFIRMED'),
    rejectMatch: (_: unknown, args: { id: string }, ctx: Context) => decide(ctx, args.id, 'REJECTED'),
  },
};
