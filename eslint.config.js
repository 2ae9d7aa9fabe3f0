// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports a layer may not make: dependencies point inward (see ../shared/STYLE.md). */
const layer = (/** @type {string[]} */ groups, /** @type {string} */ message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

const ioModules = [
  'fs',
  'node:fs',
  'node:fs/*',
  'fs/*',
  'node:child_process',
  'node:net',
  'node:http',
  'node:https',
  'node:os',
  'node:process',
  'better-sqlite3',
  'kysely',
  'pg',
  'hono',
  'hono/*',
  'nodemailer',
  '@hono/*',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'reports/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.check.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      ...layer(
        [
          ...ioModules,
          '**/store/**',
          '**/services/**',
          '**/adapters/**',
          '**/http/**',
          '**/cli/**',
        ],
        'domain is pure: no I/O and nothing from outer layers',
      ),
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'domain never reads the clock: take `now` as a parameter',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'domain never reads the clock: take `now` as a parameter',
        },
        {
          selector: "CallExpression[callee.object.name='DateTime'][callee.property.name='now']",
          message: 'domain never reads the clock: take `now` as a parameter',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'domain is deterministic',
        },
      ],
    },
  },
  {
    // The web UI has its own tsconfig (DOM, JSX) and talks to the server over /api only: it may
    // import the server's types (the presenters' shapes), never its code.
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { project: './tsconfig.web.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/domain/**',
                '**/services/**',
                '**/store/**',
                '**/adapters/**',
                '**/http/**',
                '**/cli/**',
              ],
              allowTypeImports: true,
              message: 'web talks to /api: import server types only (import type)',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: layer(
      ['**/services/**', '**/http/**', '**/cli/**', '**/web/**'],
      'store sits below services',
    ),
  },
  {
    files: ['src/services/**/*.ts', 'src/adapters/**/*.ts'],
    rules: layer(['**/http/**', '**/cli/**', '**/web/**'], 'services never depend on their edges'),
  },
  {
    files: ['src/cli/**/*.ts', 'src/http/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/**/test/**'],
    rules: layer(
      ['**/store/**', 'better-sqlite3', 'kysely', 'pg'],
      'cli and http go through services, never to the database',
    ),
  },
  {
    files: ['**/*.test.ts', '**/test/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
    },
  },
  {
    files: ['eslint.config.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
);
