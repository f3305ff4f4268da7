import { QUERIES, type ParamsOf, type QueryName, type QueryRunner } from '../../../src/graph';
import { aliasKey, questionKey } from '../../../src/model';
import { loadSample, SAMPLE_DOCUMENT } from '../../support/sample';
import { resetGraph, useTestGraph } from '../../support/neo4j';

// Every query in cypher/ runs on the seed sample, and what it returns is checked against its entry in the
// registry (src/graph/registry.ts): a row or none for :one, a list for :many, nothing for :exec, and each
// row's columns, names and value types exactly as the row schema says; each query must return rows here. Writes run in a rehearsal that is
// rolled back, after a `setup` that puts the graph in the state the query is meant for.

interface Case<N extends QueryName> {
  params: ParamsOf<N>;
  /** Runs first, in the same rolled-back transaction. */
  setup?: (tx: QueryRunner) => Promise<unknown>;
}
type Cases = { [N in QueryName]: Case<N> };

const DEATHS = 'clm-deaths-at-least-four';
const CROWD = 'clm-crowd-about-10000';
const ids = { ids: [DEATHS, 'clm-deaths-none'] };
const sources = { ids: ['src-jangaraev', 'src-res-publica'] };
const source = (id: string, props: Record<string, string>) => ({
  id,
  props: { id, ...props },
  aliases: [],
  memberOf: ['src-rferl'],
  speaksFor: null,
  sounds: 'nu',
});
const claim = (id: string, text: string) => ({
  id,
  props: { id, text },
  questionKey: null,
  questionText: null,
  questionWhat: null,
  supports: [],
  contradicts: [DEATHS],
});
const markAllStale = (tx: QueryRunner) =>
  tx.run('markStaleClaims', { claimIds: [DEATHS], sourceIds: ['src-kyrgyz-government'] });

const writeSuggestion = (tx: QueryRunner) =>
  tx.run('writeSuggestions', {
    rows: [
      {
        id: 'SOURCE:x',
        kind: 'SOURCE',
        itemId: 'src-eu',
        candidateId: 'src-us',
        score: 0.6,
        reasons: ['test'],
        aliases: [],
        at: '2026-01-01T00:00:00.000Z',
      },
    ],
  });

const writeMerge = (tx: QueryRunner) =>
  tx.run('writeMerge', {
    id: 'm1',
    kind: 'CLAIM',
    keptId: DEATHS,
    mergedId: 'clm-x',
    at: '2026-01-01T00:00:00.000Z',
    by: 'test',
    record: '{}',
  });

const CASES: Cases = {
  ping: { params: {} },
  findServerInfo: { params: {} },

  findSourcesByAliasKeys: { params: { keys: ['akayev', 'src-karasartov', 'nobody'].map(aliasKey) } },
  findExistingClaims: { params: ids },
  findSourceAncestry: { params: { ids: ['src-jangaraev'] } },
  findStatementDocuments: { params: { ids: ['st-suranchiyev-injuries'] } },
  findDocumentStates: { params: { ids: [SAMPLE_DOCUMENT] } },
  countDocuments: { params: {} },

  writeDocuments: { params: { rows: [{ id: 'doc-new', props: { id: 'doc-new' }, hash: 'h' }] } },
  writeSources: {
    params: {
      rows: [
        source('src-new', { name: 'New', type: 'PERSON' }),
        source('src-karasartov', { name: 'Orazaly Karasartov', type: 'PERSON', reliability: 'B' }),
      ],
    },
    setup: (tx) =>
      tx.run('rateSource', { id: 'src-karasartov', reliability: 'A', ratedBy: 'test', ratedAt: 'now' }),
  },
  writeAliases: { params: { rows: [{ key: 'new alias', name: 'New alias', sourceId: 'src-eu' }] } },
  writeMemberships: { params: { rows: [{ from: 'src-eu', to: 'src-us', order: 0 }] } },
  replaceSpokesmen: { params: { rows: [{ from: 'src-eu', to: 'src-us' }] } },
  writeClaims: {
    params: { rows: [claim('clm-new', 'A new claim'), claim(CROWD, 'The crowd was about 10,000')] },
  },
  writeClaimSupports: { params: { rows: [{ from: 'clm-deaths-none', to: CROWD }] } },
  writeClaimContradictions: { params: { rows: [{ from: CROWD, to: DEATHS }] } },
  deleteDocumentStatements: { params: { documentIds: [SAMPLE_DOCUMENT] } },
  createStatements: {
    params: {
      rows: [
        {
          id: 'st-new',
          documentId: SAMPLE_DOCUMENT,
          sourceId: 'src-eu',
          props: { id: 'st-new', quote: 'words' },
          via: [{ id: 'src-rferl', order: 0 }],
          stances: [{ claim: DEATHS, stance: 'SUPPORTS' }],
          retracts: ['clm-deaths-none'],
          hash: 'h',
        },
      ],
    },
  },

  findResolutions: {
    params: { keys: ['SOURCE|doc-new|src-x'] },
    setup: (tx) =>
      tx.run('writeResolutions', {
        rows: [
          {
            key: 'SOURCE|doc-new|src-x',
            kind: 'SOURCE',
            documentId: 'doc-new',
            provisionalId: 'src-x',
            nodeId: 'src-akaev',
            joined: true,
            score: 0.95,
            reasons: ['the same full name'],
          },
        ],
      }),
  },
  findSourceCandidates: { params: { queries: [{ ref: 'src-x', query: 'akaev' }] } },
  findQuestionCandidates: { params: { whats: ['deaths'] } },
  findClaimCandidates: {
    params: {
      questionKeys: [questionKey('deaths in the raids of 20 March 2005')],
      texts: [{ ref: 'clm-x', query: 'election fair' }],
    },
  },
  writeResolutions: {
    params: {
      rows: [
        {
          key: 'CLAIM|doc-new|clm-x',
          kind: 'CLAIM',
          documentId: 'doc-new',
          provisionalId: 'clm-x',
          nodeId: DEATHS,
          joined: true,
          score: 0.95,
          reasons: [],
        },
      ],
    },
  },
  writeSuggestions: {
    params: {
      rows: [
        {
          id: 'SOURCE:x',
          kind: 'SOURCE',
          itemId: 'src-eu',
          candidateId: 'src-us',
          score: 0.6,
          reasons: ['test'],
          aliases: [],
          at: 'now',
        },
      ],
    },
  },

  findSuggestionPage: {
    params: { first: 5, after: null, kind: 'SOURCE', status: 'OPEN' },
    setup: writeSuggestion,
  },
  findSuggestionsByIds: { params: { ids: ['SOURCE:x'] }, setup: writeSuggestion },
  findOpenSuggestionsOf: { params: { ids: ['src-eu', 'src-us'] }, setup: writeSuggestion },
  findJoinedClaims: {
    params: { ids: ['clm-x'] },
    setup: (tx) =>
      tx.run('writeResolutions', {
        rows: [
          {
            key: 'CLAIM|doc-new|clm-x',
            kind: 'CLAIM',
            documentId: 'doc-new',
            provisionalId: 'clm-x',
            nodeId: DEATHS,
            joined: true,
            score: 0.95,
            reasons: [],
          },
        ],
      }),
  },
  countResolutions: { params: {} },
  lockResolution: { params: {} },
  findSourcesWithoutSounds: {
    params: { after: '', limit: 3 },
    setup: (tx) => tx.run('writeSources', { rows: [{ ...source('src-new', { name: '1 2' }), sounds: '' }] }),
  },
  findQuestionsWithoutWhat: {
    params: { after: '', limit: 3 },
    setup: (tx) =>
      tx.run('writeClaims', {
        rows: [{ ...claim('clm-new', 'New'), questionKey: 'q-new', questionText: 'Q new', contradicts: [] }],
      }),
  },
  writeResolutionKeys: {
    params: { sources: [{ id: 'src-eu', sounds: 'eu' }], questions: [{ key: 'nothing', what: 'deaths' }] },
  },
  decideSuggestion: {
    params: { id: 'SOURCE:x', status: 'REJECTED', decidedBy: 'test', decidedAt: 'now' },
    setup: writeSuggestion,
  },

  findDocumentForExport: { params: { id: SAMPLE_DOCUMENT } },
  findSourcesForExport: { params: sources },
  findClaimsForExport: { params: ids },

  findClaimsByIds: { params: { ids: [DEATHS, CROWD] } },
  findClaimSides: { params: ids },
  findClaimPage: {
    params: {
      first: 5,
      after: null,
      orderBy: 'MOST_CONTESTED',
      textQuery: null,
      questionKey: null,
      sourceId: null,
      status: null,
      contested: null,
    },
  },
  findAgreement: { params: { a: 'src-karasartov', b: 'src-opposition-leaders' } },

  findSourcesByIds: { params: { ids: ['src-jangaraev', 'src-akaev', 'src-kyrgyz-government'] } },
  findSourcePage: { params: { first: 5, after: null, nameQuery: null, type: null, affiliation: null } },
  findSourceClaims: { params: sources },
  findSourceStatementPages: { params: { ...sources, first: 2, after: null } },

  findStatementsByIds: { params: { ids: ['st-suranchiyev-injuries', 'st-abdyraimov-live-report'] } },
  findStatementStances: { params: { ids: ['st-suranchiyev-injuries'] } },
  findDocumentsByIds: { params: { ids: [SAMPLE_DOCUMENT] } },

  searchText: { params: { query: 'Akayev', first: 5 } },

  findQuestionFigures: { params: { claimIds: [DEATHS] } },
  replaceFigureRelations: {
    params: {
      keys: [questionKey('deaths in the raids of 20 March 2005')],
      claimIds: [DEATHS],
      rows: [{ from: DEATHS, to: 'clm-deaths-none', kind: 'CONFLICTS', reason: 'test' }],
    },
  },
  markStaleClaims: { params: { claimIds: [DEATHS], sourceIds: ['src-kyrgyz-government'] } },
  findStaleClaims: { params: { limit: 3 }, setup: markAllStale },
  findVoiceStatements: { params: { sourceIds: ['src-jangaraev', 'src-res-publica'] } },
  replaceSupersessions: {
    params: {
      statementIds: ['st-jangaraev-nobody-died', 'st-res-publica-deaths-hospital'],
      rows: [
        {
          later: 'st-jangaraev-nobody-died',
          earlier: 'st-res-publica-deaths-hospital',
          claims: [DEATHS],
          reason: 'test',
        },
      ],
    },
  },
  markUnanalysedClaims: { params: {} },
  findStandingInputs: { params: ids },
  findSourcePlaces: { params: sources },
  setClaimStandings: {
    params: {
      rows: [{ id: DEATHS, status: 'CONTESTED', credibility: 4, score: 0.4, contest: 0.5, origins: 2 }],
    },
  },
  findClaimConflicts: { params: ids },
  findQuestionsByKeys: { params: { keys: [questionKey('deaths in the raids of 20 March 2005')] } },
  findQuestionPage: { params: { first: 3, after: null } },
  findQuestionPositions: { params: { key: questionKey('deaths in the raids of 20 March 2005') } },
  findAllClaimIds: { params: {} },
  findAllSourceIds: { params: {} },

  rateSource: { params: { id: 'src-eu', reliability: 'B', ratedBy: 'test', ratedAt: 'now' } },
  foldSourceInto: {
    params: {
      keep: 'src-rferl',
      merge: 'src-rferl-kyrgyz-service',
      aliases: ['Kyrgyz Service'],
      nameAlias: null,
    },
  },
  foldClaimInto: { params: { keep: DEATHS, merge: 'clm-deaths-none' } },
  findMergeRelations: {
    params: { kind: 'SOURCE', keep: 'src-rferl', merge: 'src-rferl-kyrgyz-service' },
  },
  writeMerge: {
    params: {
      id: 'm2',
      kind: 'SOURCE',
      keptId: 'src-eu',
      mergedId: 'src-x',
      at: 'now',
      by: 'test',
      record: '{}',
    },
  },
  findMergeOf: { params: { kind: 'CLAIM', id: 'clm-x' }, setup: writeMerge },
  findMergedClaims: { params: { ids: ['clm-x', DEATHS] }, setup: writeMerge },
  restoreMerged: {
    params: {
      kind: 'CLAIM',
      label: 'Claim',
      holderId: DEATHS,
      mergeId: 'm1',
      properties: { id: 'clm-x', text: 'x' },
      holderProperties: {},
      relations: [
        {
          end: 'MERGED',
          type: 'SUPPORTS',
          outgoing: false,
          label: 'Statement',
          key: 'st-suranchiyev-injuries',
          properties: {},
          otherProperties: null,
          toKept: false,
          moved: false,
        },
      ],
      resolutions: [],
      suggestions: [],
      reopen: null,
      dropAliases: [],
    },
    setup: writeMerge,
  },
  deleteDocument: {
    params: { id: SAMPLE_DOCUMENT },
    setup: (tx) => tx.run('deleteDocumentStatements', { documentIds: [SAMPLE_DOCUMENT] }),
  },

  createAuditEntry: {
    params: { id: 'a1', at: 'now', keyName: 'k', operation: 'op', arguments: 'args', outcome: 'OK' },
  },
  findAuditPage: {
    params: { first: 5, after: null },
    setup: (tx) =>
      tx.run('createAuditEntry', {
        id: 'a1',
        at: '2026-01-01T00:00:00.000Z',
        keyName: 'k',
        operation: 'op',
        arguments: 'args',
        outcome: 'OK',
      }),
  },
};

describe('every query returns the rows its registry entry says', () => {
  const graph = useTestGraph();
  beforeAll(async () => {
    await resetGraph(graph.driver);
    await loadSample(graph.db);
  });

  it('has a case for every registered query, hence for every file in cypher/', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(QUERIES).sort());
  });

  it.each(Object.keys(QUERIES) as QueryName[])('%s', async (name) => {
    const spec = QUERIES[name];
    const testCase = CASES[name] as Case<typeof name>;
    const result: unknown = await graph.db.rehearse(name, 1, (rehearsal) =>
      rehearsal.writeTransaction(name, async (tx) => {
        await testCase.setup?.(tx);
        return tx.run(name, testCase.params);
      }),
    );
    if (spec.arity === 'exec') {
      expect(result).toBeUndefined();
      return;
    }
    const rows = spec.arity === 'one' ? (result === undefined ? [] : [result]) : (result as unknown[]);
    if (spec.arity === 'many') expect(Array.isArray(result)).toBe(true);
    // A query that answers nothing here would leave its row type unchecked.
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const checked = spec.row.safeParse(row);
      if (!checked.success) {
        throw new Error(`${name} returned ${JSON.stringify(row)}:\n${checked.error.message}`);
      }
    }
  });
});
