// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports a layer may not make: dependencies point inward (see ../shared/STYLE.md). `paths` match
 * a module name exactly (node builtins: the gitignore-style `patterns` would also catch our own
 * `domain/` folder for the `domain` builtin); `patterns` match folders of ours and package names.
 */
const layer = (
  /** @type {{ paths?: string[], patterns: string[] }} */ banned,
  /** @type {string} */ message,
) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: (banned.paths ?? []).map((name) => ({ name, message })),
      patterns: [{ group: banned.patterns, message }],
    },
  ],
});

/** Every node builtin, bare (`os`) and prefixed (`node:os`). */
const nodeBuiltins = [
  ...new Set(builtinModules.flatMap((m) => (m.startsWith('node:') ? [m] : [m, `node:${m}`]))),
];

const databaseModules = ['better-sqlite3', 'kysely', 'kysely/*', 'pg', 'pg/*'];

const ioPackages = [
  ...databaseModules,
  // Prefixed builtins newer than this list (node:sqlite, node:test, …).
  'node:*',
  'hono',
  'hono/*',
  'nodemailer',
  '@hono/*',
];

/** Our own folders, as relative imports reach them (`../store/x.js`, `../../web`). */
const ours = (/** @type {string[]} */ ...folders) =>
  folders.flatMap((f) => [`**/${f}`, `**/${f}/**`]);

/** The domain's imports: luxon, zod and its own modules only. */
const domainImports = {
  paths: nodeBuiltins,
  patterns: [...ioPackages, ...ours('store', 'services', 'adapters', 'http', 'cli', 'web')],
};
const domainMessage = 'domain is pure: no I/O, no node builtins and nothing from outer layers';

/** Reads of the environment that make a function impure (STYLE.md: pure core, injected edges). */
const clockMessage = 'domain never reads the clock: take `now` as a parameter';
const domainSyntax = [
  {
    selector: "MemberExpression[object.name='Date'][property.name='now']",
    message: clockMessage,
  },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: clockMessage },
  { selector: "CallExpression[callee.name='Date']", message: clockMessage },
  {
    selector: "CallExpression[callee.object.name='DateTime'][callee.property.name=/^(now|local)$/]",
    message: `${clockMessage}; DateTime.local also reads the machine's zone: pass the zone`,
  },
  {
    selector:
      "CallExpression[callee.object.name='DateTime'][callee.property.name='utc'][arguments.length=0]",
    message: clockMessage,
  },
  { selector: "MemberExpression[object.name='performance']", message: clockMessage },
  {
    selector: "MemberExpression[object.name='process']",
    message: 'domain reads no process state (process.env, argv, hrtime): pass the value in',
  },
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
    message: 'domain is deterministic',
  },
  {
    selector: "MemberExpression[object.name='crypto']",
    message: 'domain is deterministic: take ids and random values as parameters',
  },
];

/** Outside src/store nothing reaches the Kysely handle (`ctx.store.db`, `tx.db`). */
const noQueryBuilder = {
  'no-restricted-syntax': [
    'error',
    {
      selector: "MemberExpression[property.name='db']",
      message: "the store's query builder stays in src/store: add a repository method",
    },
  ],
};

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
      ...layer(domainImports, domainMessage),
      'no-restricted-syntax': ['error', ...domainSyntax],
    },
  },
  {
    // General domain modules (time, clock, types, …) sit below the planner and the composer.
    files: ['src/domain/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: layer(
      {
        paths: domainImports.paths,
        patterns: [...domainImports.patterns, ...ours('playbook', 'compose')],
      },
      `${domainMessage}; general modules never import the planner or the composer`,
    ),
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
    rules: layer({ patterns: ours('services', 'http', 'cli', 'web') }, 'store sits below services'),
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: layer({ patterns: ours('http', 'cli', 'web') }, 'adapters never depend on the edges'),
  },
  {
    files: ['src/services/**/*.ts'],
    rules: layer({ patterns: ours('http', 'cli', 'web') }, 'services never depend on their edges'),
  },
  {
    // Tests may open the database file itself, to prove what a refused change left behind.
    files: ['src/services/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/**/test/**'],
    rules: {
      ...layer(
        { patterns: [...ours('http', 'cli', 'web'), ...databaseModules] },
        'services never depend on their edges, and reach the database through repositories',
      ),
      ...noQueryBuilder,
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/http/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/**/test/**'],
    rules: {
      ...layer(
        { patterns: [...ours('store', 'adapters'), ...databaseModules] },
        'cli and http go through services, never to the database or the outside world',
      ),
      ...noQueryBuilder,
    },
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
