// ESLint, flat config: typescript-eslint's recommended rules over the code people write (src/,
// scripts/, test/). What a tool writes (generated/, releases/, docs-site/, dist/) and what npm
// installs (node_modules anywhere, the pinned runtimes of test/runtimes/) are not linted.
import comments from '@eslint-community/eslint-plugin-eslint-comments';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'generated/**',
      'releases/**',
      'docs-site/**',
      'dist/**',
      'coverage/**',
      '**/node_modules/**',
      'test/runtimes/**',
      'test/.out/**',
      'test/corpus/.out/**',
      '**/*.tmp.*',
      '.generate-tmp-*/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      // Everything here runs on Node (the runtime also in browsers, whose globals it reaches through
      // globalThis checks); jest's globals come from the test files' imports or @types/jest.
      globals: { ...globals.node },
    },
    linterOptions: {
      // A disable comment that no longer suppresses anything is an error, so none outlives its reason.
      reportUnusedDisableDirectives: 'error',
    },
    plugins: { '@eslint-community/eslint-comments': comments },
    rules: {
      // A disable comment says why, after ` -- `.
      '@eslint-community/eslint-comments/require-description': 'error',
      // `_`-prefixed names are deliberately unused (a parameter kept for its position, a rest sibling
      // that drops a property).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The generator reads the spec through typed nodes (scripts/generator/document.ts), and src/ reads
    // untrusted JSON as unknown and narrows it: `any` has no reason left in either, so no comment may
    // turn the rule off there.
    files: ['scripts/**', 'src/**'],
    rules: {
      '@eslint-community/eslint-comments/no-restricted-disable': ['error', '@typescript-eslint/no-explicit-any'],
    },
  },
  {
    // The CommonJS consumers of the packed package: require() is what they test.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
);
