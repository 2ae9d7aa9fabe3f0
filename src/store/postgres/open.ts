import { Store } from '../store.js';
import { connectPostgres } from './connect.js';
import { PgChangeGeneration, WritesBump } from './generation.js';
import type { MigrationFile } from '../migrations.js';
import { migratePostgres, plannedPostgresMigrations } from './migrate.js';

/**
 * Opens the PostgreSQL database at `url` as a Store, migrated to this version (or refused, see
 * migrate.ts). Its change generation (generation.ts) moves with this process's writes and with
 * the notifications of everyone else's, so the server's read cache works here too.
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const { db } = await connectPostgres(url);
  try {
    await migratePostgres(db);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  const changes = new PgChangeGeneration(url);
  return new Store(
    db.withPlugin(new WritesBump(changes.bump)),
    async () => {
      await changes.close();
      await db.destroy();
    },
    changes.generation,
    changes.bump,
  );
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
