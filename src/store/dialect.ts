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
