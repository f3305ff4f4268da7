import type { Database, Transactions } from '../../../src/graph';
import { ingest } from '../../../src/ingest';
import { resetGraph, useTestGraph } from '../../support/neo4j';
import { bundle, otherDocument, raws } from './helpers';

const TIMED_OUT = 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration';

// Neither a timeout nor a full memory is the bundles' fault: retried one by one, the first would fail again
// or take the time of the whole batch, and the others would be rejected for missing what it defines.
describe('a run that reaches a limit of Neo4j', () => {
  const graph = useTestGraph();
  beforeEach(() => resetGraph(graph.driver));

  /** The test database, but every write fails with the given Neo4j error code. */
  const failingWrites = (db: Database, code: string): Database => {
    const writeTransaction = () =>
      Promise.reject(Object.assign(new Error(`a write that failed with ${code}`), { code }));
    const transactions: Transactions = { readTransaction: db.readTransaction.bind(db), writeTransaction };
    return Object.assign(Object.create(db) as Database, {
      writeTransaction,
      rehearse: <T>(_: string, __: number, work: (rehearsal: Transactions) => Promise<T>) =>
        work(transactions),
    });
  };
  const twoBundles = () => raws(bundle(), otherDocument('doc-2', []));

  it.each([
    ['a real run', false],
    ['a dry run', true],
  ])('ends %s at the timeout, rejecting no bundle for it', async (_, dryRun) => {
    const run = ingest(failingWrites(graph.db, TIMED_OUT), twoBundles(), { dryRun });

    await expect(run).rejects.toMatchObject({ code: TIMED_OUT });
  });

  it.each([
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    'Neo.ClientError.General.TransactionOutOfMemoryError',
  ])(
    'ends a dry run whose input outgrows the memory for transactions (%s), saying what to do',
    async (code) => {
      const run = ingest(failingWrites(graph.db, code), twoBundles(), { dryRun: true });

      await expect(run).rejects.toThrow(
        /^a dry run holds every write of its input in one Neo4j transaction.*check it in smaller parts.*Neo4j said: a write that failed/,
      );
    },
  );
});
