import type Database from 'better-sqlite3';

/**
 * A token that changes whenever the database content may have changed, for read caches above
 * the store. Two counters together cover every writer:
 * - `PRAGMA data_version` changes when ANOTHER connection (a CLI process, a second server)
 *   commits to the file; it never changes for this connection's own writes;
 * - `total_changes()` counts the rows this connection has inserted, updated or deleted, so it
 *   moves with every write this process makes, committed or rolled back, whatever the code path.
 * Both are read without touching a table: a few microseconds.
 */
export function changeGeneration(raw: Database.Database): () => string {
  const dataVersion = raw.prepare('PRAGMA data_version').pluck();
  const totalChanges = raw.prepare('SELECT total_changes()').pluck();
  return () => `${String(dataVersion.get())}.${String(totalChanges.get())}`;
}
