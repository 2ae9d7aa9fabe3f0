import { Store } from '../store.js';
import { connectPostgres } from './connect.js';
import type { MigrationFile } from '../migrations.js';
import { migratePostgres, plannedPostgresMigrations } from './migrate.js';

/**
 * Opens the PostgreSQL database at `url` as a Store, migrated to this version (or refused, see
 * migrate.ts). The store has no change generation, so the server's read cache is off here: a
 * write by another instance could not invalidate it.
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const { db } = await connectPostgres(url);
  try {
    await migratePostgres(db);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return new Store(db, () => db.destroy());
}

/** Migrates the database at `url`, or with `dryRun` only says what that would apply. */
export async function migratePostgresAt(url: string, dryRun: boolean): Promise<MigrationFile[]> {
  const { db } = await connectPostgres(url, 1);
  try {
    return dryRun ? await plannedPostgresMigrations(db) : await migratePostgres(db);
  } finally {
    await db.destroy();
  }
}
