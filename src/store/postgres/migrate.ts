import { sql, type Kysely } from 'kysely';
import { invalidInput } from '../../domain/errors.js';
import {
  migrationFiles,
  pendingMigrations,
  type AppliedMigration,
  type MigrationFile,
} from '../migrations.js';
import type { DB } from '../schema.js';

/** Any fixed number: the key of the session lock every Afterview instance takes to migrate. */
const MIGRATION_LOCK = 0x61667476; // 'aftv'

/** The tables in the connection's schema. */
async function tables(db: Kysely<DB>): Promise<string[]> {
  const r = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'
    order by table_name`.execute(db);
  return r.rows.map((t) => t.name);
}

/**
 * What the database needs. A database with tables but no `schema_migrations` belongs to someone
 * else: refused rather than mixed with ours.
 */
async function plan(db: Kysely<DB>): Promise<MigrationFile[]> {
  const present = await tables(db);
  if (!present.includes('schema_migrations')) {
    if (present.length > 0) {
      const some = present.slice(0, 3).join(', ') + (present.length > 3 ? ', …' : '');
      throw invalidInput(
        `the database already holds tables that are not Afterview's (${some}); give Afterview an empty database`,
      );
    }
    return migrationFiles('postgres');
  }
  const applied = await sql<AppliedMigration>`
    select id, name, checksum from schema_migrations order by id`.execute(db);
  return pendingMigrations(migrationFiles('postgres'), applied.rows);
}

/** The migrations `migratePostgres` would apply, without applying them. */
export async function plannedPostgresMigrations(db: Kysely<DB>): Promise<MigrationFile[]> {
  return plan(db);
}

/**
 * Brings the database up to the code's schema, each migration in its own transaction. A session
 * advisory lock makes instances that start together take turns: the first applies, the others
 * then find nothing pending. Returns the migrations this call applied.
 */
export async function migratePostgres(db: Kysely<DB>): Promise<MigrationFile[]> {
  if ((await plan(db)).length === 0) return [];
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      const pending = await plan(conn);
      for (const f of pending) {
        await conn.transaction().execute(async (trx) => {
          await sql`create table if not exists schema_migrations (
            id integer primary key, name text not null, checksum text not null,
            applied_at timestamptz not null)`.execute(trx);
          await sql.raw(f.sql).execute(trx);
          await sql`insert into schema_migrations (id, name, checksum, applied_at)
            values (${f.id}, ${f.name}, ${f.checksum}, ${new Date().toISOString()})`.execute(trx);
        });
      }
      return pending;
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
}
