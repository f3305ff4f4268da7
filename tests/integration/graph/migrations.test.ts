import type { Driver } from 'neo4j-driver';
import { applyMigrations, loadMigrations, type Database } from '../../../src/graph';
import { cypher, openTestDatabase, openTestDriver } from '../../support/neo4j';

describe('schema migrations', () => {
  let db: Database;
  let driver: Driver;
  beforeAll(() => {
    db = openTestDatabase();
    driver = openTestDriver();
  });
  afterAll(async () => {
    await db.close();
    await driver.close();
  });

  const schema = async () => ({
    constraints: await cypher(
      driver,
      'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties ORDER BY name',
    ),
    indexes: await cypher(driver, 'SHOW INDEXES YIELD name, type, labelsOrTypes, properties ORDER BY name'),
  });

  it('are split into statements, in file order', () => {
    const migrations = loadMigrations();
    expect(migrations.map((m) => m.file)).toEqual([...migrations.map((m) => m.file)].sort());
    for (const migration of migrations) {
      expect(migration.statements.length).toBeGreaterThan(0);
      for (const statement of migration.statements) expect(statement).toMatch(/IF NOT EXISTS/);
    }
  });

  it('create the uniqueness constraints behind every id and alias', async () => {
    await applyMigrations(db);
    const { constraints } = await schema();
    const unique = constraints.map((c) => `${c.labelsOrTypes}.${c.properties}`);
    expect(unique).toEqual(
      expect.arrayContaining([
        'Document.id',
        'Source.id',
        'Claim.id',
        'Statement.id',
        'Question.key',
        'Alias.key',
      ]),
    );
  });

  it('change nothing when applied twice', async () => {
    await applyMigrations(db);
    const before = await schema();
    await applyMigrations(db);
    expect(await schema()).toEqual(before);
  });
});
