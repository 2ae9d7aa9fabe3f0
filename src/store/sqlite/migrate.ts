import type Database from 'better-sqlite3';
import {
  migrationFiles as filesOf,
  pendingMigrations,
  type AppliedMigration,
  type MigrationFile,
} from '../migrations.js';

export function migrationFiles(): MigrationFile[] {
  return filesOf('sqlite');
}

/** The migrations a SQLite database still needs; throws as `pendingMigrations` does. */
export function plannedMigrations(db: Database.Database): MigrationFile[] {
  const table = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (table === undefined) return migrationFiles();
  const applied = db
    .prepare('SELECT id, name, checksum FROM schema_migrations ORDER BY id')
    .all() as AppliedMigration[];
  return pendingMigrations(migrationFiles(), applied);
}

/**
 * Brings the database up to the code's schema, or refuses (see `pendingMigrations`). Returns the
 * migrations it applied. `upTo` stops after that migration (the migration tests build each step's
 * previous schema with it).
 */
export function migrate(db: Database.Database, opts: { upTo?: number } = {}): MigrationFile[] {
  const upTo = opts.upTo;
  const planned = (): MigrationFile[] =>
    plannedMigrations(db).filter((f) => upTo === undefined || f.id <= upTo);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  if (planned().length === 0) return [];
  // IMMEDIATE takes the write lock first, so two processes starting together migrate once.
  const run = db.transaction(() => {
    const insert = db.prepare(
      'INSERT INTO schema_migrations (id, name, checksum, applied_at) VALUES (?, ?, ?, ?)',
    );
    const pending = planned();
    for (const f of pending) {
      db.exec(f.sql);
      insert.run(f.id, f.name, f.checksum, new Date().toISOString());
    }
    return pending;
  });
  return run.immediate();
}
