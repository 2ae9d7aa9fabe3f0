import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStoreAt } from '../open.js';
import { Store } from '../store.js';
import { postgresTestDatabase } from './pg-database.js';

/** The database the store tests run on: AFTERVIEW_TEST_DIALECT=postgres, else SQLite. */
export const testDialect = (): 'sqlite' | 'postgres' =>
  process.env.AFTERVIEW_TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

/**
 * A real, migrated, empty database for one test, with a temp folder for the test's files;
 * `cleanup` closes the store and deletes both. On SQLite the database is `file` in `dir`; on
 * PostgreSQL (AFTERVIEW_TEST_DIALECT=postgres) it is a fresh copy of the run's migrated template
 * (see pg-global-setup.ts), made when the first query runs, and `file` is not used.
 */
export function tempStore(): TempStore {
  if (testDialect() === 'sqlite') return sqliteTempStore();
  const dir = mkdtempSync(join(tmpdir(), 'afterview-test-'));
  const file = join(dir, 'afterview.db');
  const pgdb = postgresTestDatabase();
  const store = new Store(pgdb.db, pgdb.drop);
  return {
    store,
    file,
    dir,
    reopen: () => {
      const other = pgdb.reopen();
      return new Store(other, () => other.destroy());
    },
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TempStore {
  store: Store;
  file: string;
  dir: string;
  /** Another store on the same database, as a second process would open it. */
  reopen: () => Store;
  cleanup: () => Promise<void>;
}

/** A temp SQLite store whatever the database under test (to compare the two). */
export function sqliteTempStore(): TempStore {
  const dir = mkdtempSync(join(tmpdir(), 'afterview-test-'));
  const file = join(dir, 'afterview.db');
  const store = openStoreAt(file);
  return {
    store,
    file,
    dir,
    reopen: () => openStoreAt(file),
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
