// ESLint flat config (eslint 10 + typescript-eslint 8). Run by `npm test` (tools/test.sh) and
// `npm run lint`; zero warnings allowed. Pragmatic: the recommended sets, no type-aware rules
// (they would double the time of a lint run on two cores for little gain over `tsc --noEmit`).
// Import direction (domain ← store/analysis ← services ← doors) is checked by
// test/architecture/import-direction.test.ts over the real import graph.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', '.neo4j-local/**', 'tools/neo4j-local/**', 'coverage/**', '**/*.min.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        // Node and browser globals used across src/, test/, tools/ and bench/
        process: 'readonly', console: 'readonly', Buffer: 'readonly', __dirname: 'readonly', require: 'readonly',
        module: 'writable', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly',
        clearInterval: 'readonly', setImmediate: 'readonly', URL: 'readonly', fetch: 'readonly',
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Plain CommonJS scripts (bench baselines, child processes).
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests read untyped JSON answers (GraphQL `data`, REST bodies) by design.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
