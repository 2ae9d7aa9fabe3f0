import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { nativeBinding } from './sqlite/connect.js';

/**
 * A consistent copy of a live database through SQLite's online backup API, on a connection of
 * its own: writers (the server, a CLI) go on while it runs. All pages are copied in one step, so
 * the copy is one moment of the database, however busy it is. The copy goes to a temp file
 * beside `out`, is checked (`integrity_check`), made private (0600) and then renamed into place:
 * `out` is a whole, good backup or absent.
 */
export async function backupFile(source: string, out: string): Promise<{ pages: number }> {
  const db = new Database(source, { fileMustExist: true, ...nativeBinding() });
  const tmp = `${out}.${String(process.pid)}.tmp`;
  try {
    db.pragma('busy_timeout = 15000');
    const r = await db.backup(tmp, { progress: () => 0x7fffffff });
    chmodSync(tmp, 0o600);
    const check = new Database(tmp, nativeBinding());
    try {
      // A backup is one standalone file: no -wal or -shm beside it.
      check.pragma('journal_mode = delete');
      const ok = check.pragma('integrity_check', { simple: true });
      if (ok !== 'ok') throw new Error(`the copy failed its integrity check: ${String(ok)}`);
    } finally {
      check.close();
    }
    renameSync(tmp, out);
    return { pages: r.totalPages };
  } finally {
    db.close();
    if (existsSync(tmp)) rmSync(tmp, { force: true });
  }
}

/** Whether a file is an SQLite database that passes its integrity check. */
export function isSoundDatabase(file: string): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true, ...nativeBinding() });
    try {
      return db.pragma('integrity_check', { simple: true }) === 'ok';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}
