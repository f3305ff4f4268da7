// The layers of src/, from the bottom: each folder may import only the folders listed for it, and only
// through their index.ts. `npm run lint` runs this; docs/model.md ("Layers") explains the order.
const LAYERS = {
  runtime: [],
  model: [],
  config: ['runtime', 'model'],
  graph: ['runtime', 'model', 'config'],
  neo4jLocal: ['runtime', 'model', 'config', 'graph'],
  analysis: ['runtime', 'model', 'config', 'graph'],
  resolve: ['runtime', 'model', 'config', 'graph'],
  ingest: ['runtime', 'model', 'config', 'graph', 'analysis', 'resolve'],
  extract: ['model'],
  api: ['runtime', 'model', 'config', 'graph', 'analysis', 'resolve', 'ingest'],
  cli: [
    'runtime',
    'model',
    'config',
    'graph',
    'neo4jLocal',
    'analysis',
    'resolve',
    'ingest',
    'extract',
    'api',
  ],
  bench: ['runtime', 'model', 'config', 'graph', 'neo4jLocal', 'analysis', 'resolve', 'ingest', 'api', 'cli'],
};

module.exports = {
  forbidden: [
    ...Object.entries(LAYERS).map(([folder, below]) => ({
      name: `layers-${folder}`,
      comment: `src/${folder} imports only ${below.length ? below.join(', ') : 'nothing of the project'}`,
      severity: 'error',
      from: { path: `^src/${folder}/` },
      to: { path: '^src/', pathNot: `^src/(${[folder, ...below].join('|')})/` },
    })),
    {
      name: 'through-index',
      comment: 'another folder is imported through its index.ts only',
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/([^/]+)/.+', pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'no-circular',
      comment: 'no module imports itself through others',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-loose-file',
      comment: 'every file of src/ lives in a folder of LAYERS, so that it has a place in the order',
      severity: 'error',
      from: {},
      to: { path: '^src/[^/]+$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
