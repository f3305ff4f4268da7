import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.neo4j/', 'coverage/', 'test-output/'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['jest.config.js', '.dependency-cruiser.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['eslint.config.mjs', 'tests/support/global*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  // The dashboard (dashboard/): accessibility rules for its JSX; its build and type-generating scripts run on
  // Node; Vite wants its configuration as the default export.
  { ...jsxA11y.flatConfigs.recommended, files: ['dashboard/src/**/*.tsx'] },
  {
    files: ['dashboard/build.mjs', 'dashboard/generateTypes.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  { files: ['dashboard/vite.config.mts'], rules: { 'no-restricted-syntax': 'off' } },
);
