import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

/**
 * The few places where SQLite and PostgreSQL need different SQL are switched here, on the
 * adapter Kysely was opened with, so repositories stay dialect-free.
 */

export const isPostgres = (db: Kysely<DB>): boolean =>
  db.getExecutor().adapter instanceof PostgresAdapter;

/** Any fixed number: the key of the lock that serialises one seeker's writers. */
const WRITER_LOCK = 0x61667477;

/**
 * Makes the current transaction the only writer until it ends, as SQLite's BEGIN IMMEDIATE does
 * for every write transaction there: reads that decide writes (re-planning's "which actions are
 * stored?", a company looked up by name) then see every earlier commit, and two instances
 * re-planning at once produce one set of actions. A transaction-level advisory lock on
 * PostgreSQL, released at commit or rollback; nothing to do on SQLite.
 */
export async function serialiseWriters(db: Kysely<DB>): Promise<void> {
  if (isPostgres(db)) await sql`select pg_advisory_xact_lock(${WRITER_LOCK})`.execute(db);
}

/** SQLite's page cache per connection in a long-running process, in KiB (see limitPageCache). */
export const SERVER_PAGE_CACHE_KIB = 2000;

/**
 * Bounds SQLite's page cache for a process that runs all day beside the browser (`serve`) at
 * SQLite's own default, 2,000 KiB. better-sqlite3 builds SQLite with a 16 MB cache per
 * connection; the server filled it within a minute of varied requests and kept it, a tenth of
 * the 150 MB the whole server may use. The operating system keeps the file's pages in memory
 * anyway, and the reads that touch many rows take them in table order (ActionRepo.list), so the
 * small cache costs them little. The CLI's short bulk runs (import, export, planning every
 * application) keep the large one. On PostgreSQL the cache is the database server's.
 */
export async function limitPageCache(db: Kysely<DB>): Promise<void> {
  if (isPostgres(db)) return;
  await sql`pragma cache_size = ${sql.raw(String(-SERVER_PAGE_CACHE_KIB))}`.execute(db);
}
