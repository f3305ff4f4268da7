import neo4j, { type Driver } from 'neo4j-driver';
import { readConfig } from '../../src/config';
import { applyMigrations, connectOptions, Database } from '../../src/graph';
import { silentLogger } from '../../src/runtime/log';

/** The test Neo4j that globalSetup started (or NEO4J_URI named), through the project's own query layer. */
export function openTestDatabase(): Database {
  return Database.create(connectOptions(readConfig(), testNeo4jUri()), silentLogger);
}

/**
 * A plain driver for what tests inspect beyond the service's own queries (counts, schema, whole-graph
 * snapshots). Always parameterized, like the service's own Cypher.
 */
export function openTestDriver(): Driver {
  const config = readConfig();
  return neo4j.driver(testNeo4jUri(), neo4j.auth.basic(config.neo4jUser, config.neo4jPassword), {
    disableLosslessIntegers: true,
  });
}

export async function cypher<T = Record<string, unknown>>(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const { records } = await driver.executeQuery(query, params, { database: readConfig().neo4jDatabase });
  return records.map((r) => r.toObject() as T);
}

/** Empties the database (data only; constraints and indexes stay). */
export async function resetGraph(driver: Driver): Promise<void> {
  await cypher(driver, 'MATCH (n) DETACH DELETE n');
}

function testNeo4jUri(): string {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: run the tests through jest, whose global setup sets it');
  return uri;
}

export interface TestGraph {
  db: Database;
  driver: Driver;
}

/**
 * For the tests of one describe block: the test database through the project's query layer (migrations
 * applied) and a plain driver for inspecting it, opened before them and closed after.
 */
export function useTestGraph(): TestGraph {
  const graph = {} as TestGraph;
  beforeAll(async () => {
    graph.db = openTestDatabase();
    graph.driver = openTestDriver();
    await applyMigrations(graph.db);
  });
  afterAll(async () => {
    await graph.db?.close();
    await graph.driver?.close();
  });
  return graph;
}
