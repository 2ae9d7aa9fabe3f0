import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { conflict, invalidInput } from '../../domain/errors.js';
import { backupFile, isSoundDatabase } from '../../store/backup.js';
import { databaseFile, openStoreAt, privateFile } from '../../store/open.js';
import type { Ctx } from '../context.js';
import { runningServer } from '../running-server.js';

/**
 * Backups (docs/data.md): a consistent copy of the database while the server runs, a restore
 * that is all or nothing, and the server's daily backups, the last seven kept.
 */

/** The folder of the daily backups, inside the data folder. */
export const backupsDir = (home: string): string => join(home, 'backups');
/** How many daily backups `serve` keeps. */
export const DAILY_KEEP = 7;

/** A copy of the database, `out` or `backups/afterview-<moment>.db`; private (0600). */
export async function backupNow(home: string, at: string, out?: string): Promise<string> {
  const path = out ?? join(backupsDir(home), `afterview-${at.slice(0, 19).replace(/:/g, '-')}.db`);
  if (out === undefined) mkdirSync(backupsDir(home), { recursive: true, mode: 0o700 });
  try {
    await backupFile(databaseFile(home), path);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw invalidInput(`cannot write the backup to ${path}: ${why}`, 'out');
  }
  return path;
}

/**
 * Today's backup, once a day (`serve` calls it hourly): `backups/daily-<date>.db`, keeping the
 * newest `DAILY_KEEP`. Returns the file written, or null when today's exists already.
 */
export async function dailyBackup(home: string, date: string): Promise<string | null> {
  const dir = backupsDir(home);
  const path = join(dir, `daily-${date}.db`);
  if (existsSync(path)) return null;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  await backupFile(databaseFile(home), path);
  const daily = readdirSync(dir)
    .filter((f) => /^daily-\d{4}-\d{2}-\d{2}\.db$/.test(f))
    .sort();
  for (const old of daily.slice(0, Math.max(0, daily.length - DAILY_KEEP))) {
    rmSync(join(dir, old), { force: true });
  }
  return path;
}

/**
 * Replaces the home's data with a backup's. Refused while a server runs on the home. The backup
 * is checked, copied and brought up to this version's schema first (a backup from a newer
 * Afterview is refused), the current data is kept as `backups/before-restore-<moment>.db`, and
 * the rows are replaced in one transaction.
 */
export async function restoreBackup(
  ctx: Ctx,
  home: string,
  file: string,
): Promise<{ saved: string }> {
  const pid = runningServer(home)?.pid ?? null;
  if (pid !== null) {
    throw conflict(
      `a server is running on this data folder${pid > 0 ? ` (process ${String(pid)})` : ''}: stop it before restoring`,
      'file',
    );
  }
  if (!existsSync(file)) throw invalidInput(`${file} does not exist`, 'file');
  if (!isSoundDatabase(file)) {
    throw invalidInput(`${file} is not an Afterview backup (not a sound SQLite database)`, 'file');
  }
  mkdirSync(backupsDir(home), { recursive: true, mode: 0o700 });
  const staged = join(backupsDir(home), `restoring-${String(process.pid)}.db`);
  copyFileSync(file, staged);
  privateFile(staged);
  try {
    // Migrating the copy refuses one from a newer Afterview, and brings an older one up to date.
    await openStoreAt(staged).close();
    const saved = await backupNow(
      home,
      ctx.now(),
      join(backupsDir(home), `before-restore-${ctx.now().slice(0, 19).replace(/:/g, '-')}.db`),
    );
    await ctx.store.data.replaceAllFrom(staged);
    return { saved };
  } finally {
    for (const f of [staged, `${staged}-wal`, `${staged}-shm`]) rmSync(f, { force: true });
  }
}
