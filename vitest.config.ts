import { defineConfig } from 'vitest/config';
import type { ProjectConfig } from 'vitest/node';

const shared: ProjectConfig = {
  environment: 'node',
  // CLI tests spawn real processes (one per command in the help test); give them room on a 2-core machine.
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // Any connection or name lookup beyond loopback fails the test (STYLE.md §6).
  setupFiles: ['./scripts/no-network.ts'],
};

/**
 * The repository and service tests that run a second time on PostgreSQL (the `postgres`
 * project): the tests of src/store and src/services that open their store through
 * src/store/test/temp-store.ts. Tests of SQLite's own file handling stay SQLite-only.
 */
export const ON_POSTGRES = [
  'src/store/postgres/**/*.test.ts',
  'src/store/store.test.ts',
  'src/store/repos/**/*.test.ts',
  'src/services/**/*.test.ts',
  // Two `serve` processes sharing one database: a PostgreSQL-only scenario (npm run build first).
  'src/cli/serve/two-instances.pg.test.ts',
  // The whole loop in the browser, with `serve` on PostgreSQL.
  'e2e/whole-loop.test.ts',
];
/**
 * Backup and restore copy the SQLite file; read-cache.test.ts drives SQLite's change counter
 * (PostgreSQL's change generation has its own test, src/store/postgres/generation.test.ts).
 */
const SQLITE_ONLY = ['src/services/backup/**', 'src/services/read-cache.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'sqlite',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
          // Tests of PostgreSQL itself (refusals, the migration lock) need the server; `.pg.test.ts`
          // files run two writers at once in one process, which SQLite's synchronous driver
          // cannot (its second writer blocks the thread the first needs to commit).
          exclude: ['src/store/postgres/**', '**/*.pg.test.ts'],
          globalSetup: ['./scripts/test-setup.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'postgres',
          include: ON_POSTGRES,
          exclude: SQLITE_ONLY,
          env: { AFTERVIEW_TEST_DIALECT: 'postgres' },
          globalSetup: ['./scripts/test-setup.ts', './src/store/test/pg-global-setup.ts'],
        },
      },
    ],
  },
});
