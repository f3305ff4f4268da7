import { setTimeout as sleep } from 'node:timers/promises';
import { readConfig } from '../../../src/config';
import { connectOptions, Database, type Transactions } from '../../../src/graph';
import { silentLogger } from '../../../src/runtime/log';
import { cypher, resetGraph, useTestGraph } from '../../support/neo4j';

// How often Neo4j's transaction monitor looks for transactions past their timeout
// (db.transaction.monitor.check.interval, which neo4j/neo4j.conf.template leaves at its default).
const MONITOR_INTERVAL_MS = 2_000;

/**
 * A rehearsal stands for several transactions in one. These tests wait out its timeout rather than race a
 * workload against it: how long a workload takes depends on the machine, how long a wait takes does not.
 */
describe('a rehearsal (the transaction of a dry run)', () => {
  const graph = useTestGraph();
  beforeEach(() => resetGraph(graph.driver));

  const withTimeout = async <T>(txTimeoutMs: number, work: (db: Database) => Promise<T>): Promise<T> => {
    const options = connectOptions(readConfig(), process.env.NEO4J_URI as string);
    const db = Database.create({ ...options, txTimeoutMs }, silentLogger);
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  };
  const writeDocument = (rehearsal: Transactions) =>
    rehearsal.writeTransaction('write', (tx) =>
      tx.run('writeDocuments', { rows: [{ id: 'doc-1', props: { id: 'doc-1' }, hash: 'h' }] }),
    );
  const documents = async () => (await cypher(graph.driver, 'MATCH (d:Document) RETURN d.id AS id')).length;

  it('has the time of all the transactions it stands for', async () => {
    const documentsSeen = await withTimeout(500, (db) =>
      db.rehearse('eight batches', 8, async (rehearsal) => {
        await writeDocument(rehearsal);
        // Past one batch's 500 ms and one look of the monitor, well within the 4 s of all eight.
        await sleep(500 + MONITOR_INTERVAL_MS + 300);
        return rehearsal.readTransaction('read', (tx) => tx.run('countDocuments', {}));
      }),
    );

    expect(documentsSeen).toEqual({ count: 1 });
    expect(await documents()).toBe(0);
  });

  it('ends with Neo4j’s timeout once that time is spent, having written nothing', async () => {
    const run = withTimeout(100, (db) =>
      db.rehearse('two batches', 2, async (rehearsal) => {
        await writeDocument(rehearsal);
        // Past the 200 ms of both batches and one look of the monitor, which then must have ended it.
        await sleep(200 + MONITOR_INTERVAL_MS + 500);
        return rehearsal.readTransaction('read', (tx) => tx.run('countDocuments', {}));
      }),
    );

    await expect(run).rejects.toMatchObject({ code: expect.stringMatching(/TransactionTimedOut/) });
    expect(await documents()).toBe(0);
  });
});
