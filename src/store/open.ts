import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { MigrationFile } from './migrations.js';
import { nativeBinding, openSqlite } from './sqlite/connect.js';
import { migrate, migrationFiles, plannedMigrations } from './sqlite/migrate.js';
import { changeGeneration } from './sqlite/generation.js';
import { Store } from './store.js';

/** The database file in a data folder. */
export const databaseFile = (home: string): string => join(home, 'afterview.db');

/**
 * The data folder, private to its owner (0700) whatever the umask: the database holds the SMTP
 * password and the calendar feed token. A folder that exists with looser modes is tightened and
 * `notice` says so. Returns the folder.
 */
export function secureHome(home: string, notice: (message: string) => void = () => {}): string {
  if (!existsSync(home)) {
    mkdirSync(home, { recursive: true, mode: 0o700 });
    chmodSync(home, 0o700);
    return home;
  }
  const mode = statSync(home).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    chmodSync(home, 0o700);
    notice(
      `the data folder ${home} was readable by others (mode ${mode.toString(8).padStart(4, '0')}); it is now private to you (0700)`,
    );
  }
  return home;
}

/**
 * Makes a file private to its owner (0600), creating it empty if needed. SQLite gives the -wal
 * and -shm files the mode of the database file, so they follow.
 */
export function privateFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
}

/**
 * Tightens a -wal or -shm file left by an earlier mode. Another process closing the database may
 * delete it between the check and the chmod, which is fine: SQLite recreates it with the
 * database file's mode.
 */
function tightenIfPresent(file: string): void {
  try {
    chmodSync(file, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Opens the embedded database in the data folder, creating the folder on first use. */
export function openStore(home: string, notice?: (message: string) => void): Store {
  secureHome(home, notice);
  const file = databaseFile(home);
  privateFile(file);
  for (const extra of [`${file}-wal`, `${file}-shm`]) tightenIfPresent(extra);
  return openStoreAt(file);
}

/** Opens a SQLite file (or `:memory:`) as a Store. */
export function openStoreAt(file: string): Store {
  const { db, raw } = openSqlite(file);
  return new Store(
    db,
    async () => {
      await db.destroy();
      if (raw.open) raw.close();
    },
    changeGeneration(raw),
  );
}

/**
 * Migrates the data folder's database, or with `dryRun` only says what that would apply (a
 * missing file is not created then). Returns the migrations applied or pending.
 */
export function migrateHome(home: string, dryRun: boolean): MigrationFile[] {
  const file = databaseFile(home);
  if (dryRun && !existsSync(file)) return migrationFiles();
  if (!dryRun) {
    secureHome(home);
    privateFile(file);
  }
  const raw = new Database(file, { ...nativeBinding(), readonly: dryRun });
  try {
    if (dryRun) return plannedMigrations(raw);
    raw.pragma('journal_mode = WAL');
    raw.pragma('busy_timeout = 15000');
    return migrate(raw);
  } finally {
    raw.close();
  }
}
