/**
 * What a failure from Neo4j or its driver means for the caller, read from its code in one place:
 * - timeout: Neo4j stopped the transaction at its time limit (NEO4J_TX_TIMEOUT_MS, or the server's own);
 * - unavailable: the server could not be reached, or went away (the driver retried as long as it may);
 * - outOfMemory: the transaction outgrew the memory Neo4j allows transactions;
 * - constraint: the data broke a constraint (a unique id or alias key);
 * - statement: Neo4j refused the statement or its data for another reason of their own;
 * - transaction: the transaction itself was ended (terminated, a lock wait stopped), not its data.
 * Undefined for anything without a Neo4j code. The code is read where it is (a Neo4jError's, or one that a
 * wrapper carried over), not by the class, so that the driver's and Neo4j's codes are treated alike.
 */
export type Neo4jFailure =
  'timeout' | 'unavailable' | 'outOfMemory' | 'constraint' | 'statement' | 'transaction' | 'other';

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);
// Neo4j files the second among client errors, though it concerns the transaction rather than its data.
const OUT_OF_MEMORY = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.ClientError.General.TransactionOutOfMemoryError',
]);

export function neo4jFailure(error: unknown): Neo4jFailure | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !(code.startsWith('Neo.') || UNAVAILABLE.has(code))) return undefined;
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return 'timeout';
  if (UNAVAILABLE.has(code)) return 'unavailable';
  if (OUT_OF_MEMORY.has(code)) return 'outOfMemory';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return 'constraint';
  if (code.startsWith('Neo.ClientError.Transaction.')) return 'transaction';
  if (code.startsWith('Neo.ClientError.')) return 'statement';
  return 'other';
}
