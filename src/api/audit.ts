import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Role } from '../config';
import type { Database, ParamsOf, QueryRunner } from '../graph';
import { requireRole } from './auth';
import type { Context } from './context';
import { createLoaders } from './loaders';
import { ErrorCode } from '../model';

/** A mutation call, as its audit entry names it. */
export interface MutationCall {
  operation: string;
  /** The arguments in short (see `quoted`); bundles are counted and their document ids listed, not copied. */
  arguments: string;
  role: Role;
  /** What the call does, for the error when the caller's role falls short ("Merging sources"). */
  what: string;
}

/**
 * Writes the entry of a successful call inside the transaction that makes its change: the change and its
 * record commit together, or neither does. The outcome says what changed; "OK: " is put before it.
 */
export type RecordOutcome = (tx: QueryRunner, outcome: string) => Promise<void>;

export interface MutationDone<T> {
  result: T;
  /** What changed, in a line, for the audit entry. */
  outcome: string;
}

/** How long an argument or an outcome may run in an audit entry: the log summarises, it does not copy. */
const MAX_TEXT = 200;
const MAX_OUTCOME = 2000;

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 3)}...` : text);

/** A string argument as an audit entry shows it: quoted, so that commas and spaces in it cannot mislead. */
export const quoted = (value: string): string => JSON.stringify(shorten(value, MAX_TEXT));

/**
 * Runs a mutation for a caller whose role allows it, and records the call in the audit log however it ends:
 * done, refused (a key whose role falls short, bad arguments, NOT_FOUND) or failed. A call without a key
 * names nobody and is not recorded; nor is one that GraphQL refuses before any resolver runs (an argument
 * of the wrong type). The log lives in Neo4j, so that several instances of the service share it.
 *
 * When the audit write itself fails:
 * - for a call that `work` records inside its own transaction (`record`), the change rolls back with it and
 *   the caller gets the error: nothing changes unrecorded;
 * - for a call whose change commits in transactions of its own (ingest: each bundle by itself), the entry
 *   is written afterwards, and if that fails the caller gets AUDIT_FAILED, whose message says what was done
 *   (the change stays; loading the same bundles again changes nothing);
 * - for a call that failed anyway, the caller gets the call's own error: it changed nothing, and the cause
 *   is most likely the same (the database not answering).
 */
export async function audited<T>(
  ctx: Context,
  call: MutationCall,
  work: (caller: { name: string; role: Role }, record: RecordOutcome) => Promise<MutationDone<T>>,
): Promise<T> {
  const entry = (keyName: string, outcome: string): ParamsOf<'createAuditEntry'> => ({
    id: randomUUID(),
    at: new Date().toISOString(),
    keyName,
    operation: call.operation,
    arguments: call.arguments,
    outcome: shorten(outcome, MAX_OUTCOME),
  });
  let caller: { name: string; role: Role };
  try {
    caller = requireRole(ctx.caller, call.role, call.what);
  } catch (error) {
    if (ctx.caller !== null) await writeEntry(ctx.db, entry(ctx.caller.name, failure(error))).catch(() => {});
    throw error;
  }

  let recorded = false;
  const record: RecordOutcome = async (tx, outcome) => {
    await tx.run('createAuditEntry', entry(caller.name, `OK: ${outcome}`));
    recorded = true;
  };
  let done: MutationDone<T>;
  try {
    done = await work(caller, record);
  } catch (error) {
    await writeEntry(ctx.db, entry(caller.name, failure(error))).catch(() => {});
    throw error;
  } finally {
    // What this request's loaders cached before the change is stale now, for this field and the next.
    ctx.loaders = createLoaders(ctx.db);
  }
  if (!recorded) {
    try {
      await writeEntry(ctx.db, entry(caller.name, `OK: ${done.outcome}`));
    } catch (error) {
      // The cause (a database error, which may name hosts) stays out of the message, as the error policy
      // keeps such details from clients.
      throw new GraphQLError(
        `${call.operation} was done (${done.outcome}), but its audit entry could not be written`,
        { extensions: { code: ErrorCode.AuditFailed }, originalError: error as Error },
      );
    }
  }
  return done.result;
}

const writeEntry = (db: Database, row: ParamsOf<'createAuditEntry'>) =>
  db.writeTransaction('audit: record', (tx) => tx.run('createAuditEntry', row));

/** A failed call's outcome: its error code (as the caller received it) and message. */
function failure(error: unknown): string {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  return `FAILED ${typeof code === 'string' ? code : ErrorCode.InternalServerError}: ${(error as Error).message}`;
}
