import type { Service } from '../../../src/cli/service';
import { cypher, resetGraph, useTestGraph } from '../../support/neo4j';
import { loadSample } from '../../support/sample';
import { startTestService } from '../../support/service';
import { graphSnapshot, type GraphSnapshot } from '../ingest/helpers';
import { API_KEYS, apiCalls, seedBundle } from './apiKeys';
import { LIBERTY, withoutAudit } from './curationFixtures';

const MERGE_SOURCES = `mutation ($keep: ID!, $merge: ID!) { mergeSources(keep: $keep, merge: $merge) { id } }`;
const MERGE_CLAIMS = `mutation ($keep: ID!, $merge: ID!) {
  mergeClaims(keep: $keep, merge: $merge) {
    id text
    supporters { source { id } }
    contradictors { source { id } }
  }
}`;
const UNMERGE_SOURCE = `mutation ($id: ID!) { unmergeSource(id: $id) { id name aliases } }`;
const UNMERGE_CLAIM = `mutation ($id: ID!) { unmergeClaim(id: $id) { id text } }`;
const INGEST = `mutation ($bundles: [JSON!]!) {
  ingest(bundles: $bundles) { errors { path message } claims { created updated unchanged } }
}`;

/** The graph but for audit entries and the lock that merges take (a node that only serializes them). */
const stable = (snapshot: GraphSnapshot): GraphSnapshot => {
  const { nodes, relationships } = withoutAudit(snapshot);
  return { nodes: nodes.filter((n) => !n.labels.includes('ResolutionLock')), relationships };
};

describe('merges and unmerges over HTTP, on the seed sample and a second report', () => {
  const graph = useTestGraph();
  let service: Service;
  beforeAll(async () => {
    service = await startTestService({ API_KEYS });
  });
  afterAll(() => service?.stop());
  beforeEach(async () => {
    await resetGraph(graph.driver);
    await loadSample(graph.db);
    expect(
      (await data<{ ingest: { errors: unknown[] } }>('writer', INGEST, { bundles: [LIBERTY] })).ingest.errors,
    ).toEqual([]);
  });

  const { call, data, failure } = apiCalls(() => service.url);
  const snapshot = () => graphSnapshot(graph.driver).then(stable);

  describe('unmergeSource', () => {
    it.each([
      ['a duplicate with statements, relays, a body and a spokesman', 'src-rferl', 'src-radio-liberty'],
      [
        'a member of the source kept (the edge between them is dropped)',
        'src-rferl',
        'src-rferl-kyrgyz-service',
      ],
      ['a spokesman into the body he speaks for', 'src-interior-ministry', 'src-jangaraev'],
    ])('restores %s exactly as it was', async (_, keep, merge) => {
      const before = await snapshot();
      await data('admin', MERGE_SOURCES, { keep, merge });
      expect(await snapshot()).not.toEqual(before);

      const { unmergeSource } = await data<{ unmergeSource: { id: string } }>('writer', UNMERGE_SOURCE, {
        id: merge,
      });

      expect(unmergeSource.id).toBe(merge);
      expect(await snapshot()).toEqual(before);
    });

    it('undoes merges in turn, the later first, back to the graph before both', async () => {
      const before = await snapshot();
      await data('admin', MERGE_SOURCES, { keep: 'src-rferl-kyrgyz-service', merge: 'src-radio-liberty' });
      await data('admin', MERGE_SOURCES, { keep: 'src-rferl', merge: 'src-rferl-kyrgyz-service' });

      await data('writer', UNMERGE_SOURCE, { id: 'src-rferl-kyrgyz-service' });
      await data('writer', UNMERGE_SOURCE, { id: 'src-radio-liberty' });

      expect(await snapshot()).toEqual(before);
    });

    it('undoes the earlier of two merges first, from the source that holds its things now', async () => {
      await data('admin', MERGE_SOURCES, { keep: 'src-rferl-kyrgyz-service', merge: 'src-radio-liberty' });
      await data('admin', MERGE_SOURCES, { keep: 'src-rferl', merge: 'src-rferl-kyrgyz-service' });

      // Radio Liberty's things are now RFE/RL's, through the Kyrgyz Service.
      await data('writer', UNMERGE_SOURCE, { id: 'src-radio-liberty' });

      const edges = await cypher<{ line: string }>(
        graph.driver,
        `MATCH (s:Source {id: 'src-radio-liberty'})-[r]-(other)
         RETURN type(r) + ' ' + coalesce(other.id, other.key) AS line ORDER BY line`,
      );
      expect(edges.map((e) => e.line)).toEqual([
        'KNOWN_AS radio azattyk',
        'KNOWN_AS src-radio-liberty',
        'MADE st-liberty-brutal',
        'MEMBER_OF src-ryskeldi',
        'MEMBER_OF src-us',
        'SPEAKS_FOR src-ryskeldi',
        'VIA st-ryskeldi-nobody-died',
      ]);
      const { source } = await data<{ source: { id: string; aliases: string[] } }>(
        'reader',
        '{ source(id: "src-rferl") { id aliases } }',
      );
      expect(source.aliases).not.toContain('Radio Azattyk');
    });

    it('leaves with the source kept a statement loaded after the merge under the merged id', async () => {
      await data('admin', MERGE_SOURCES, { keep: 'src-rferl', merge: 'src-radio-liberty' });
      const later = {
        document: { id: 'doc-later', title: 'Later' },
        statements: [
          {
            id: 'st-later',
            source: 'src-radio-liberty',
            stances: [{ claim: 'clm-deaths-none', stance: 'CONTRADICTS' }],
          },
        ],
      };
      expect(
        (await data<{ ingest: { errors: unknown[] } }>('writer', INGEST, { bundles: [later] })).ingest.errors,
      ).toEqual([]);

      await data('writer', UNMERGE_SOURCE, { id: 'src-radio-liberty' });

      const speakers = await cypher<{ id: string; speaker: string }>(
        graph.driver,
        `MATCH (s:Source)-[:MADE]->(st:Statement) WHERE st.id IN ['st-later', 'st-liberty-brutal']
         RETURN st.id AS id, s.id AS speaker ORDER BY id`,
      );
      expect(speakers).toEqual([
        { id: 'st-later', speaker: 'src-rferl' },
        { id: 'st-liberty-brutal', speaker: 'src-radio-liberty' },
      ]);
    });

    it('refuses a source never merged, one merged before merges were recorded, and an unknown id', async () => {
      expect(await failure('writer', UNMERGE_SOURCE, { id: 'src-rferl' })).toEqual({
        code: 'BAD_USER_INPUT',
        message: "id: the source 'src-rferl' was never merged into another",
      });
      // A merge of an earlier version: its aliases say where the source went, but no record says what it brought.
      await data('admin', MERGE_SOURCES, { keep: 'src-rferl', merge: 'src-radio-liberty' });
      await cypher(graph.driver, 'MATCH (m:Merge) DETACH DELETE m');
      const before = await snapshot();
      expect(await failure('writer', UNMERGE_SOURCE, { id: 'src-radio-liberty' })).toEqual({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining(
          `"src-radio-liberty" was merged into 'src-rferl' before merges were recorded`,
        ),
      });
      expect(await failure('writer', UNMERGE_SOURCE, { id: 'src-nobody' })).toEqual({
        code: 'NOT_FOUND',
        message: 'id: no source has the id "src-nobody"',
      });
      expect(await snapshot()).toEqual(before);
    });

    it('needs a writer key', async () => {
      await data('admin', MERGE_SOURCES, { keep: 'src-rferl', merge: 'src-radio-liberty' });
      const answer = await call('reader', UNMERGE_SOURCE, { id: 'src-radio-liberty' });
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('mergeClaims', () => {
    it('moves stances and relations to the claim kept, and the merged id finds it', async () => {
      const { mergeClaims } = await data<{
        mergeClaims: { id: string; text: string; supporters: { source: { id: string } }[] };
      }>('writer', MERGE_CLAIMS, {
        keep: 'clm-vote-seriously-flawed',
        merge: 'clm-elections-marred-by-irregularities',
      });

      expect(mergeClaims.id).toBe('clm-vote-seriously-flawed');
      expect(mergeClaims.text).toMatch(/flawed/);
      expect(mergeClaims.supporters.map((s) => s.source.id).sort()).toEqual([
        'src-demonstrators',
        'src-eu',
        'src-us',
      ]);
      const { claim } = await data<{ claim: { id: string } }>(
        'reader',
        '{ claim(id: "clm-elections-marred-by-irregularities") { id } }',
      );
      expect(claim).toEqual({ id: 'clm-vote-seriously-flawed' });
      // The merged claim supported the one kept: that relation went with it, never a loop.
      expect(await cypher(graph.driver, 'MATCH (c:Claim)-[r]->(c) RETURN type(r) AS type')).toEqual([]);
    });

    it('then reloading every earlier bundle makes no claim again and changes no word of the kept one', async () => {
      await data('writer', MERGE_CLAIMS, {
        keep: 'clm-vote-seriously-flawed',
        merge: 'clm-elections-marred-by-irregularities',
      });
      const merged = await snapshot();

      const { ingest } = await data<{ ingest: { errors: unknown[]; claims: { created: number } } }>(
        'writer',
        INGEST,
        {
          bundles: [seedBundle()],
        },
      );

      expect(ingest.errors).toEqual([]);
      expect(ingest.claims.created).toBe(0);
      const claims = await cypher<{ id: string }>(
        graph.driver,
        "MATCH (c:Claim) WHERE c.id STARTS WITH 'clm-elections' RETURN c.id AS id",
      );
      expect(claims).toEqual([]);
      const nodeCount = (s: GraphSnapshot) => s.nodes.length;
      expect(nodeCount(await snapshot())).toBe(nodeCount(merged));
    });

    it('and unmergeClaim restores both exactly, a question the merge removed included', async () => {
      for (const [keep, merge] of [
        ['clm-vote-seriously-flawed', 'clm-elections-marred-by-irregularities'],
        // Different questions: the hospital count's question had only it, and goes with the merge.
        ['clm-deaths-at-least-four', 'clm-osh-hospital-about-28'],
      ]) {
        const before = await snapshot();
        await data('writer', MERGE_CLAIMS, { keep, merge });
        const { unmergeClaim } = await data<{ unmergeClaim: { id: string } }>('writer', UNMERGE_CLAIM, {
          id: merge,
        });
        expect(unmergeClaim.id).toBe(merge);
        expect(await snapshot()).toEqual(before);
      }
    });

    it('refuses, changing nothing, a merge that would put a statement on both sides of one claim', async () => {
      const before = await snapshot();
      expect(
        await failure('writer', MERGE_CLAIMS, { keep: 'clm-deaths-at-least-four', merge: 'clm-deaths-none' }),
      ).toEqual({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining("statement 'st-jangaraev-nobody-died' supports one of"),
      });
      expect(
        await failure('writer', MERGE_CLAIMS, { keep: 'clm-deaths-none', merge: 'clm-deaths-none' }),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      expect(
        await failure('writer', MERGE_CLAIMS, { keep: 'clm-deaths-none', merge: 'clm-nothing' }),
      ).toEqual({
        code: 'NOT_FOUND',
        message: 'merge: no claim has the id "clm-nothing"',
      });
      expect(await failure('writer', UNMERGE_CLAIM, { id: 'clm-deaths-none' })).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'id: the claim "clm-deaths-none" was never merged into another',
      });
      expect(await snapshot()).toEqual(before);
    });

    it('confirming a suggested match of claims merges them; unmerging opens the match again', async () => {
      // As resolution records one when a draft's claim is like one already there (docs/resolution.md).
      await graph.db.writeTransaction('test: suggest', (tx) =>
        tx.run('writeSuggestions', {
          rows: [
            {
              id: 'CLAIM:flawed',
              kind: 'CLAIM',
              itemId: 'clm-elections-marred-by-irregularities',
              candidateId: 'clm-vote-seriously-flawed',
              score: 0.7,
              reasons: ['the same words: flawed, irregularities'],
              aliases: [],
              at: '2026-12-06T00:00:00.000Z',
            },
          ],
        }),
      );
      const before = await snapshot();

      const { confirmMatch } = await data<{ confirmMatch: { status: string; candidate: { id: string } } }>(
        'writer',
        'mutation { confirmMatch(id: "CLAIM:flawed") { status candidate { ... on Claim { id } } } }',
      );

      expect(confirmMatch).toEqual({ status: 'CONFIRMED', candidate: { id: 'clm-vote-seriously-flawed' } });
      const { claim } = await data<{ claim: { id: string } }>(
        'reader',
        '{ claim(id: "clm-elections-marred-by-irregularities") { id } }',
      );
      expect(claim.id).toBe('clm-vote-seriously-flawed');

      await data('writer', UNMERGE_CLAIM, { id: 'clm-elections-marred-by-irregularities' });
      expect(await snapshot()).toEqual(before);
    });

    it('records each merge and unmerge in the audit log', async () => {
      await data('writer', MERGE_CLAIMS, {
        keep: 'clm-vote-seriously-flawed',
        merge: 'clm-elections-marred-by-irregularities',
      });
      await data('writer', UNMERGE_CLAIM, { id: 'clm-elections-marred-by-irregularities' });
      const entries = await cypher<{ operation: string; outcome: string }>(
        graph.driver,
        'MATCH (e:AuditEntry) WHERE e.operation IN ["mergeClaims", "unmergeClaim"] RETURN e.operation AS operation, e.outcome AS outcome ORDER BY e.at',
      );
      expect(entries).toEqual([
        { operation: 'mergeClaims', outcome: expect.stringContaining('1 stances') },
        {
          operation: 'unmergeClaim',
          outcome: expect.stringContaining("taken back out of 'clm-vote-seriously-flawed'"),
        },
      ]);
    });
  });

  // Two analysts merge the same two claims at the same moment. A transaction here holds the lock that
  // merges take, so that both calls are waiting when it lets go: they cannot run one after the other by
  // chance.
  it('two merges of the same claims at once: one wins, the other fails cleanly, no stance lost or doubled', async () => {
    const count = async (query: string) => (await cypher<{ n: number }>(graph.driver, query))[0]?.n;
    const stances = () => count('MATCH (:Statement)-[r:SUPPORTS|CONTRADICTS]->(:Claim) RETURN count(r) AS n');
    const before = await stances();
    const session = graph.driver.session();
    const tx = await session.beginTransaction();
    await tx.run("MERGE (lock:ResolutionLock {id: 'resolution'}) SET lock.takenAt = datetime()");
    const variables = { keep: 'clm-vote-seriously-flawed', merge: 'clm-elections-marred-by-irregularities' };
    const calls = [call('writer', MERGE_CLAIMS, variables), call('writer', MERGE_CLAIMS, variables)];
    // Both wait on the lock before it is let go.
    for (let tries = 0; ; tries += 1) {
      // Blocked within a second on any machine; if not, say what the transactions are doing.
      if (tries === 600) {
        throw new Error(
          JSON.stringify(await cypher(graph.driver, 'SHOW TRANSACTIONS YIELD status, currentQuery RETURN *')),
        );
      }
      const waiting = await count(
        "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n",
      );
      if (waiting === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await tx.commit();
    await session.close();
    const answers = await Promise.all(calls);

    const codes = answers.map((a) => a.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['NOT_FOUND', 'OK']);
    expect(answers.find((a) => a.errors)?.errors?.[0]?.message).toMatch(
      /no claim has the id|no longer exists/,
    );
    // The one statement on the merged claim moved; none on both.
    expect(await stances()).toBe(before);
  });
});
