import type { Driver } from 'neo4j-driver';
import { checkedQueries } from '../../../src/graph';
import { cypher, openTestDriver } from '../../support/neo4j';

// A static query file is its own snapshot; what can break is Neo4j refusing it, which EXPLAIN shows
// without running it.
describe('every query in cypher/', () => {
  let driver: Driver;
  beforeAll(() => (driver = openTestDriver()));
  afterAll(() => driver.close());

  it.each([...checkedQueries().values()].map((q) => [q.name, q] as const))(
    '%s is accepted by Neo4j',
    async (_, q) => {
      const params = Object.fromEntries(q.parameters.map((p) => [p, null]));
      await expect(cypher(driver, `EXPLAIN ${q.text}`, params)).resolves.toBeDefined();
    },
  );
});
