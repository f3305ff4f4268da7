import { Transaction } from 'neo4j-driver';
import { graphql } from '../../support/http';
import { useSampleService } from '../../support/sample';

// A page of claims with both sides, their sources and statements, relays and documents: the shape a
// fact-check dashboard asks for.
const PAGE = `query ($first: Int) {
  claims(first: $first) {
    edges { node {
      id text
      supporters { derived reason source { id name memberOf { id } } statements { id quote via { id } document { id } } }
      contradictors { derived reason source { id name } statements { id quote via { id } } }
      statements { id cue }
    } }
  }
}`;

describe('queries reaching the Neo4j driver', () => {
  const running = useSampleService();

  // Counted at the driver itself, below the project's query layer: every Cypher statement the service runs
  // passes through Transaction.run (the managed transactions of executeRead/executeWrite wrap it).
  const countQueries = async (first: number) => {
    const run = jest.spyOn(Transaction.prototype, 'run');
    try {
      const { body } = await graphql<{ claims: { edges: unknown[] } }>(running.service.url, PAGE, { first });
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return { queries: run.mock.calls.length, claims: body.data?.claims.edges.length };
    } finally {
      run.mockRestore();
    }
  };

  it('do not grow with the page size', async () => {
    const counts = [];
    for (const first of [2, 10, 20]) {
      const { queries, claims } = await countQueries(first);
      expect(claims).toBe(first);
      counts.push(queries);
    }
    // At most one query per kind of lookup and level of nesting: the page, the claims, their sides, the
    // sources and statements on them, then the sources met again as relays and bodies, and the documents.
    // A tiny page may skip the second sources query when every relay was already loaded.
    expect(Math.max(...counts)).toBeLessThanOrEqual(7);
    expect(counts[2]).toBe(counts[1]);
  });
});
