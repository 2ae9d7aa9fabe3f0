import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAfterviewError } from '../../domain/errors.js';
import { openStoreAt } from '../open.js';
import type { Store } from '../store.js';
import { tempStore } from '../test/temp-store.js';
import { migrationFiles } from './migrate.js';

/** What only the SQLite file does: its journal mode, and the migration refusals on a file. */

const T0 = '2026-03-02T15:00:00.000Z';

let store: Store;
let cleanup: () => Promise<void>;
let file: string;

beforeEach(() => {
  ({ store, cleanup, file } = tempStore());
});
afterEach(async () => {
  await cleanup();
});

it('runs in WAL mode', () => {
  const raw = new Database(file, { readonly: true });
  expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
  raw.close();
});

/** The error opening `path` throws: a typed domain error that the edges map by its code. */
function refusal(path: string): unknown {
  try {
    openStoreAt(path);
  } catch (e) {
    expect(isAfterviewError(e)).toBe(true);
    return e;
  }
  throw new Error('the store opened');
}

describe('migrations', () => {
  it('refuses a database written by a newer Afterview', async () => {
    await store.close();
    const raw = new Database(file);
    raw.prepare("insert into schema_migrations values (9999, '9999_future.sql', 'x', ?)").run(T0);
    raw.close();
    expect(() => openStoreAt(file)).toThrow(/newer Afterview/);
    expect(refusal(file)).toMatchObject({ code: 'schema_mismatch' });
    store = openStoreAt(':memory:');
  });

  it('refuses when an applied migration file changed', async () => {
    await store.close();
    const raw = new Database(file);
    raw.prepare("update schema_migrations set checksum = 'tampered' where id = 1").run();
    raw.close();
    expect(() => openStoreAt(file)).toThrow(/changed after it was applied/);
    expect(refusal(file)).toMatchObject({ code: 'schema_mismatch' });
    store = openStoreAt(':memory:');
  });

  it('is a no-op on a migrated database', async () => {
    await store.close();
    store = openStoreAt(file);
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('select count(*) n from schema_migrations').get()).toEqual({
      n: migrationFiles().length,
    });
    raw.close();
  });
});
