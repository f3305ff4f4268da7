import { isNode, isPath, isRelationship, type Path } from 'neo4j-driver';

import { originOf, type SourcePlace } from '../../../src/analysis/origins';
import { readConfig } from '../../../src/config';
import { readSavedQueries, type SavedQuery } from '../../browser/savedQueries';
import { cypher, resetGraph, useTestGraph } from '../../support/neo4j';
import { loadSample } from '../../support/sample';

// The saved queries an analyst pastes into Neo4j Browser (cypher/browser/): each runs against the seed sample
// with the parameters its first line gives, returns table rows and a last row with the graph to draw, and
// agrees with the service's own rules (sides, origins, verdicts).

type Row = Record<string, unknown>;

const { neo4jDatabase: database } = readConfig();

const QUERIES = readSavedQueries();
const query = (name: string): SavedQuery => {
  const found = QUERIES.find((q) => q.name === name);
  if (!found) throw new Error(`cypher/browser/${name}.cypher is missing`);
  return found;
};

/** Whether a value (a node, relationship, path or a list of them) gives Browser's graph view something to draw. */
const drawable = (value: unknown): boolean =>
  isNode(value as never) ||
  isRelationship(value as never) ||
  isPath(value as never) ||
  (Array.isArray(value) && value.some(drawable));

/** The rows the table view shows, without the last one, which carries the graph. */
const tableRows = (rows: Row[]): Row[] => rows.slice(0, -1);

const pathText = (path: Path) =>
  [
    path.start.properties.id as string,
    ...path.segments.map((s) => `${s.relationship.type} ${s.end.properties.id as string}`),
  ].join(' ');

describe('saved Neo4j Browser queries on the seed sample', () => {
  const graph = useTestGraph();
  const run = (name: string, params: Record<string, unknown> = query(name).params) =>
    cypher<Row>(graph.driver, query(name).text, params);
  const sourceIds = new Map<string, string>();

  beforeAll(async () => {
    await resetGraph(graph.driver);
    await loadSample(graph.db);
    const sources = await cypher<{ id: string; name: string }>(
      graph.driver,
      'MATCH (s:Source) RETURN s.id AS id, s.name AS name',
    );
    for (const { id, name } of sources) sourceIds.set(name, id);
  });

  test('are the four the analyst needs, each with a first line saying what it answers', () => {
    expect(QUERIES.map((q) => q.name)).toEqual([
      'claimAndSides',
      'contestedClaims',
      'sourceStatementsAndRelays',
      'statementChain',
    ]);
    for (const q of QUERIES) expect(q.summary.length).toBeGreaterThan(20);
  });

  test.each(QUERIES.map((q) => [q.name, q] as const))(
    '%s runs with the parameters of its header: table rows, then one row with the graph to draw',
    async (_, saved) => {
      const { records, summary } = await graph.driver.executeQuery(saved.text, saved.params, { database });
      // Browser shows any notification (shadowed variables, cartesian products) in a tab of its own.
      expect(summary.notifications.map((n) => `${n.title}: ${n.description}`)).toEqual([]);
      const rows = records.map((r) => r.toObject() as Row);
      expect(rows.length).toBeGreaterThan(1);
      const last = rows[rows.length - 1] ?? {};
      expect(Object.entries(last).filter(([, value]) => value !== null)).toEqual([
        ['graph', expect.anything()],
      ]);
      expect(drawable(last.graph)).toBe(true);
      // A node or path in a table row would make the row screens high in Browser's table view.
      for (const row of tableRows(rows)) {
        expect(row.graph).toBeNull();
        expect(Object.values(row).some(drawable)).toBe(false);
      }
    },
  );

  test('claimAndSides: Res Publica supports "at least four killed", Jangaraev contradicts it, both through RFE/RL', async () => {
    const rows = await run('claimAndSides');
    expect(
      tableRows(rows).map(({ side, derived, source, cue, through }) => ({
        side,
        derived,
        source,
        cue,
        through,
      })),
    ).toEqual([
      {
        side: 'SUPPORTS',
        derived: false,
        source: 'Res Publica',
        cue: 'claiming',
        through: ['Radio Free Europe/Radio Liberty'],
      },
      {
        side: 'CONTRADICTS',
        derived: false,
        source: 'Nurdin Jangaraev',
        cue: 'denied',
        through: ['Radio Free Europe/Radio Liberty'],
      },
    ]);
    const drawn = (rows[rows.length - 1]?.graph as unknown[]).filter((v) => isPath(v as never)) as Path[];
    expect(drawn.map(pathText).sort()).toEqual([
      'clm-deaths-at-least-four CONTRADICTS clm-deaths-none',
      'clm-deaths-at-least-four FIGURE_CONFLICTS clm-deaths-none',
      'src-jangaraev MADE st-jangaraev-nobody-died CONTRADICTS clm-deaths-at-least-four',
      'src-res-publica MADE st-res-publica-deaths-hospital SUPPORTS clm-deaths-at-least-four',
      'st-jangaraev-nobody-died VIA src-rferl',
      'st-res-publica-deaths-hospital VIA src-rferl',
    ]);
  });

  test('claimAndSides gives, for every claim of the sample, the sides the service gives', async () => {
    const ids = (
      await cypher<{ id: string }>(graph.driver, 'MATCH (c:Claim) RETURN c.id AS id ORDER BY id')
    ).map((r) => r.id);
    const key = (side: { source: unknown; side: unknown; derived: unknown }) =>
      `${String(side.side)} ${String(side.source)} ${side.derived ? 'derived' : 'explicit'}`;
    for (const { id, sides } of await graph.db.read('findClaimSides', { ids })) {
      const rows = tableRows(await run('claimAndSides', { claimId: id }));
      // A row per statement; the service gives a side per source.
      const saved = rows.map((r) =>
        key({ source: sourceIds.get(String(r.source)), side: r.side, derived: r.derived }),
      );
      const expected = sides.map((s) => key({ source: s.sourceId, side: s.stance, derived: s.derived }));
      expect({ id, sides: [...new Set(saved)].sort() }).toEqual({ id, sides: expected.sort() });
    }
  });

  test('claimAndSides says why a derived side follows', async () => {
    const rows = await run('claimAndSides', { claimId: 'clm-crowd-thousands' });
    const karasartov = rows.find((r) => r.source === 'Orazaly Karasartov');
    expect(karasartov).toMatchObject({ side: 'SUPPORTS', derived: true });
    expect(karasartov?.reason).toContain('[9,000, 11,000] lies within [2,000, ∞]');
  });

  test('contestedClaims lists the claims whose stored verdict is CONTESTED, with both sides', async () => {
    const contested = await cypher<{ id: string }>(
      graph.driver,
      "MATCH (c:Claim {status: 'CONTESTED'}) RETURN c.id AS id ORDER BY id",
    );
    const rows = tableRows(await run('contestedClaims'));
    expect(rows.map((r) => r.id).sort()).toEqual(contested.map((r) => r.id));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.find((r) => r.id === 'clm-deaths-at-least-four')).toMatchObject({
      supporters: ['Res Publica'],
      contradictors: ['Nurdin Jangaraev'],
    });
    expect(rows.find((r) => r.id === 'clm-election-free-and-fair')?.contradictors).toEqual(
      expect.arrayContaining(['European Union (derived)', 'United States (derived)']),
    );
  });

  test('contestedClaims finds the same claims from their sides where no verdict is stored yet', async () => {
    const withVerdicts = tableRows(await run('contestedClaims')).map((r) => r.id);
    // Inside a transaction that is rolled back, so the stored verdicts stay for the other tests.
    const session = graph.driver.session({ database });
    const tx = session.beginTransaction();
    try {
      await tx.run('MATCH (c:Claim) REMOVE c.status');
      const { records } = await tx.run(query('contestedClaims').text);
      const ids = records.map((r) => r.get('id') as string | null).filter((id) => id !== null);
      expect(ids.sort()).toEqual(withVerdicts.sort());
    } finally {
      await tx.rollback();
      await session.close();
    }
  });

  test('sourceStatementsAndRelays shows what RFE/RL said itself and the three statements it relayed', async () => {
    const rows = tableRows(await run('sourceStatementsAndRelays'));
    const made = rows.filter((r) => r.role === 'made');
    const relayed = rows.filter((r) => r.role === 'relayed');
    expect(made.length).toBeGreaterThan(5);
    for (const row of made) expect(row.speaker).toBe('Radio Free Europe/Radio Liberty');
    expect(relayed.map((r) => r.speaker).sort()).toEqual(['Nurdin Jangaraev', 'Res Publica', 'Sagynbaev']);
    expect(relayed.find((r) => r.speaker === 'Nurdin Jangaraev')?.stances).toEqual([
      'CONTRADICTS At least four people were killed as a result of violence during the police raids.',
      'SUPPORTS Nobody died as a result of the raids.',
    ]);
    expect(rows.map((r) => r.role)).toEqual([...made.map(() => 'made'), ...relayed.map(() => 'relayed')]);
  });

  test("statementChain leads from Jangaraev's denial through RFE/RL to him and up to the government", async () => {
    const rows = tableRows(await run('statementChain'));
    expect(rows.map((r) => [r.role, r.name])).toEqual([
      [
        'in document',
        'Kyrgyzstan: Police Evict Demonstrators From Government Buildings In Osh And Jalal-Abad (Radio Free Europe/Radio Liberty, 2005-03-20)',
      ],
      ['relayed by (order 0)', 'Radio Free Europe/Radio Liberty'],
      ['said by', 'Nurdin Jangaraev (Interior Ministry spokesman)'],
      ['speaks for', 'Kyrgyz Interior Ministry'],
      ['member of, the origin', 'Government of Kyrgyzstan'],
    ]);
    expect(rows[2]?.said).toBe('denied: "nobody died as a result of the raids"');
  });

  test('statementChain ends, for every statement of the sample, at the origin the analysis finds', async () => {
    const statements = await cypher<{ id: string; speaker: string }>(
      graph.driver,
      'MATCH (s:Source)-[:MADE]->(st:Statement) RETURN st.id AS id, s.id AS speaker ORDER BY id',
    );
    const places = new Map<string, SourcePlace>();
    const speakers = [...new Set(statements.map((s) => s.speaker))];
    for (const row of await graph.db.read('findSourcePlaces', { ids: speakers })) {
      for (const place of row.places) places.set(place.id, place);
    }
    for (const { id, speaker } of statements) {
      const rows = tableRows(await run('statementChain', { statementId: id }));
      // The speaker's row gives its role in brackets after the name.
      const origins = rows
        .filter((r) => String(r.role).includes('origin'))
        .map((r) => sourceIds.get(String(r.name).replace(/ \(.*\)$/, '')));
      expect({ id, origins }).toEqual({ id, origins: [originOf(speaker, places)] });
    }
  });
});
