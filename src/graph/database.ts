import neo4j, {
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  type Transaction,
} from 'neo4j-driver';
import type { Config } from '../config';
import type { Logger } from '../runtime';
import { loadQueryFiles, type QueryFile } from './queryFiles';
import { QUERIES, type ParamsOf, type QueryName, type ResultOf } from './registry';

/** Runs named queries inside one transaction. */
export interface QueryRunner {
  /** A row or undefined for a `:one` query, a list for `:many`, nothing for `:exec`. */
  run<N extends QueryName>(name: N, params: ParamsOf<N>): Promise<ResultOf<N>>;
}

/** Where work runs transaction by transaction: the database itself, or a rehearsal of it (`Database.rehearse`). */
export interface Transactions {
  readTransaction<T>(label: string, work: (tx: QueryRunner) => Promise<T>): Promise<T>;
  writeTransaction<T>(label: string, work: (tx: QueryRunner) => Promise<T>): Promise<T>;
}

export interface ConnectOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  txTimeoutMs: number;
  /**
   * A probe (waiting for a server to come up) fails fast instead: no retries, and a short connection
   * timeout, since whatever holds the port may accept TCP and never answer Bolt.
   */
  probe?: boolean;
}

export const connectOptions = (config: Config, uri: string): ConnectOptions => ({
  uri,
  user: config.neo4jUser,
  password: config.neo4jPassword,
  database: config.neo4jDatabase,
  txTimeoutMs: config.txTimeoutMs,
});

/**
 * The one module that talks to the Neo4j driver. Everything else asks it for a query by name; reads go
 * through read transactions (routed to any cluster member) and writes through write transactions, each with
 * the configured timeout and the query name as transaction metadata, so that it shows in Neo4j's query log.
 */
export class Database implements Transactions {
  /**
   * Chains every transaction of this instance after the writes it has committed: on a cluster, a read that
   * follows a write (a mutation's answer, the next request) waits for the member serving it to have applied
   * that write, instead of answering from before it. A single server is always up to date.
   */
  private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();

  private constructor(
    private readonly driver: Driver,
    private readonly queries: Map<string, QueryFile>,
    private readonly options: ConnectOptions,
    private readonly logger: Logger,
  ) {}

  static create(options: ConnectOptions, logger: Logger): Database {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: true,
      ...(options.probe ? { maxTransactionRetryTime: 0, connectionTimeout: 2000 } : {}),
      logging: { level: 'warn', logger: (_level, message) => logger.warn(`neo4j-driver: ${message}`) },
    });
    return new Database(driver, checkedQueries(), options, logger);
  }

  async read<N extends QueryName>(name: N, params: ParamsOf<N>): Promise<ResultOf<N>> {
    return this.readTransaction(name, (tx) => tx.run(name, params));
  }

  /** Several queries in one read transaction; `label` names it in Neo4j's logs. */
  readTransaction<T>(label: string, work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.transaction('READ', label, work);
  }

  /** Several queries in one write transaction: all of them apply, or none. */
  writeTransaction<T>(label: string, work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', label, work);
  }

  /**
   * Rehearses work that would take `transactions` transactions, all in one write transaction that is
   * rolled back at the end whatever happens: each transaction of the rehearsal sees what the ones before
   * it wrote and meets every constraint, and nothing is changed. The rehearsal has the timeout of all of
   * them together, and holds all of their writes in Neo4j's memory until it ends.
   */
  async rehearse<T>(
    label: string,
    transactions: number,
    work: (rehearsal: Transactions) => Promise<T>,
  ): Promise<T> {
    const session = this.session('WRITE');
    const config = this.transactionConfig(`${label} (dry run)`);
    const deadline = Date.now() + config.timeout * Math.max(1, transactions);
    const rehearsal = new Rehearsal(
      // A zero timeout would mean none at all: once the time is spent, the next transaction fails at once.
      () => session.beginTransaction({ ...config, timeout: Math.max(1, deadline - Date.now()) }),
      (tx) => this.runner(tx),
    );
    try {
      return await work(rehearsal);
    } finally {
      await rehearsal.end();
      await session.close();
    }
  }

  /** Runs a schema statement (a migration) on its own, outside the query registry. */
  async runSchemaStatement(text: string): Promise<void> {
    await this.driver.executeQuery(
      text,
      {},
      { database: this.options.database, routing: 'WRITE', bookmarkManager: this.bookmarks },
    );
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    label: string,
    work: (tx: QueryRunner) => Promise<T>,
  ): Promise<T> {
    const session = this.session(mode);
    const config = this.transactionConfig(label);
    try {
      const unit = (tx: ManagedTransaction) => work(this.runner(tx));
      return await (mode === 'READ' ? session.executeRead(unit, config) : session.executeWrite(unit, config));
    } finally {
      await session.close();
    }
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode,
      bookmarkManager: this.bookmarks,
    });
  }

  private transactionConfig(label: string) {
    return { timeout: this.options.txTimeoutMs, metadata: { app: 'whosaid', query: label } };
  }

  private runner(tx: ManagedTransaction | Transaction): QueryRunner {
    return {
      run: async <N extends QueryName>(name: N, params: ParamsOf<N>): Promise<ResultOf<N>> => {
        const query = this.queries.get(name) as QueryFile;
        const started = performance.now();
        const result = await tx.run(query.text, params);
        const rows = result.records.map((record: Neo4jRecord) => record.toObject());
        this.logger.debug('query', { name, ms: Math.round(performance.now() - started), rows: rows.length });
        // The only place rows become types: the registry's row schema says what the query returns, and
        // tests/integration/graph/queryRows.test.ts checks every query's rows against it.
        return (query.arity === 'many' ? rows : query.arity === 'one' ? rows[0] : undefined) as ResultOf<N>;
      },
    };
  }
}

/**
 * The query files, checked against the registry: every registered query has a file whose `$parameters` are
 * exactly the registered ones and whose `:one`, `:many` or `:exec` is the registered arity, and every file
 * is registered.
 */
export function checkedQueries(files = loadQueryFiles()): Map<string, QueryFile> {
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(QUERIES)) {
    const file = files.get(name);
    const declared = Object.keys(spec.params.shape).sort();
    if (!file) problems.push(`${name} is registered but cypher/**/${name}.cypher does not exist`);
    else if (file.parameters.join(',') !== declared.join(',')) {
      problems.push(
        `${file.file} uses $${file.parameters.join(', $') || '(none)'} but the registry declares ` +
          `${declared.join(', ') || '(none)'}`,
      );
    } else if (file.arity !== spec.arity) {
      problems.push(`${file.file} says :${file.arity} but the registry declares ${spec.arity}`);
    }
  }
  for (const [name, file] of files) {
    if (!(name in QUERIES)) problems.push(`${file.file} is not registered in src/graph/registry.ts`);
  }
  if (problems.length > 0) throw new Error(`Query files and registry disagree:\n  ${problems.join('\n  ')}`);
  return files;
}

/**
 * The transactions of a rehearsal, run one after another in a single Neo4j transaction. Neo4j has no
 * savepoints, so one that fails is undone by rolling everything back and replaying the writes that
 * succeeded before it; that is done when the next one starts, since a failure may end the work instead.
 */
class Rehearsal implements Transactions {
  private tx: Transaction;
  private failed = false;
  private readonly kept: ((tx: QueryRunner) => Promise<unknown>)[] = [];

  constructor(
    private readonly begin: () => Transaction,
    private readonly runner: (tx: Transaction) => QueryRunner,
  ) {
    this.tx = begin();
  }

  readTransaction<T>(_label: string, work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.attempt(work);
  }

  async writeTransaction<T>(_label: string, work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    const result = await this.attempt(work);
    this.kept.push(work);
    return result;
  }

  /** Nothing was committed, so a rollback that fails (a lost connection) leaves nothing behind either. */
  async end(): Promise<void> {
    await this.tx.rollback().catch(() => undefined);
  }

  private async attempt<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    if (this.failed) await this.restore();
    try {
      return await work(this.runner(this.tx));
    } catch (error) {
      this.failed = true;
      throw error;
    }
  }

  private async restore(): Promise<void> {
    await this.end();
    this.tx = this.begin();
    try {
      for (const work of this.kept) await work(this.runner(this.tx));
    } catch (error) {
      throw new Error(
        `a rehearsal could not rebuild what it had rehearsed before a failed transaction, so it cannot go ` +
          `on (did another writer change the database meanwhile?): ${(error as Error).message}`,
        { cause: error },
      );
    }
    this.failed = false;
  }
}
