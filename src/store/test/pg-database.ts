import type { Kysely } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { storeKysely, storePool } from '../postgres/connect.js';
import type { DB } from '../schema.js';
import { databaseUrl } from './pg-server.js';

/**
 * Test databases on PostgreSQL. Each is created from the run's migrated template (CREATE
 * DATABASE … TEMPLATE, never migrated again) and handed to one test at a time. Dropping a
 * database costs about a second on a server that syncs to disk, so a test's database is not
 * dropped but emptied when the test ends (rows deleted, children first, and identities
 * restarted: the state of the template, in ~10 ms) and handed to the next test of this worker.
 * The run's global teardown drops them all.
 */

interface TestDb {
  name: string;
  pool: pg.Pool;
}

let admin: Promise<pg.Client> | undefined;
let counter = 0;
const idle: TestDb[] = [];
let reset: Promise<string> | undefined;

/** One admin connection per test worker, for CREATE DATABASE. */
function adminClient(): Promise<pg.Client> {
  admin ??= (async () => {
    const client = new pg.Client({ connectionString: inject('pgAdminUrl') });
    client.on('error', () => {});
    await client.connect();
    return client;
  })();
  return admin;
}

/** Tables in an order where every table comes before the tables it references. */
function childrenFirst(tables: string[], edges: { child: string; parent: string }[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string): void => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const e of edges) if (e.parent === t && e.child !== t) visit(e.child);
    out.push(t);
  };
  for (const t of tables) visit(t);
  return out;
}

/** The statement that empties a database made from the template (same for all of them). */
async function resetSql(pool: pg.Pool): Promise<string> {
  const tables = await pool.query<{ name: string }>(
    `select table_name as name from information_schema.tables
     where table_schema = current_schema() and table_type = 'BASE TABLE'
       and table_name <> 'schema_migrations'`,
  );
  const edges = await pool.query<{ child: string; parent: string }>(
    `select conrelid::regclass::text as child, confrelid::regclass::text as parent
     from pg_constraint where contype = 'f'`,
  );
  const sequences = await pool.query<{ name: string }>(
    `select quote_ident(sequence_name) as name from information_schema.sequences
     where sequence_schema = current_schema()`,
  );
  const order = childrenFirst(
    tables.rows.map((t) => t.name),
    edges.rows,
  );
  const deletes = order.map((t) => `delete from "${t}";`).join(' ');
  const restarts = sequences.rows.map((s) => `setval('${s.name}', 1, false)`).join(', ');
  return `begin; ${deletes} ${restarts === '' ? '' : `select ${restarts};`} commit;`;
}

async function acquire(): Promise<TestDb> {
  const free = idle.pop();
  if (free !== undefined) return free;
  const template = inject('pgTemplate');
  const run = template.replace(/^afterview_template_/, '');
  counter += 1;
  const name = `afterview_test_${run}_${String(process.pid)}_${String(counter)}`;
  await (await adminClient()).query(`create database ${name} template ${template}`);
  return { name, pool: storePool(databaseUrl(inject('pgAdminUrl'), name), 5) };
}

/**
 * An empty migrated database for one test, taken when the first query runs (a test that never
 * queries costs nothing); `drop` gives it back emptied; `reopen` is another connection pool on
 * the same database, as a second process would have.
 */
export function postgresTestDatabase(): {
  db: Kysely<DB>;
  drop: () => Promise<void>;
  reopen: () => Kysely<DB>;
} {
  let taking: Promise<TestDb> | undefined;
  const take = (): Promise<TestDb> => (taking ??= acquire());
  const db = storeKysely(async () => {
    const { pool } = await take();
    // Kysely ends its pool on destroy; this one outlives the test.
    return { connect: () => pool.connect(), end: () => Promise.resolve() };
  });
  return {
    db,
    drop: async () => {
      await db.destroy();
      if (taking === undefined) return;
      const taken = await taking;
      reset ??= resetSql(taken.pool);
      await taken.pool.query(await reset);
      idle.push(taken);
    },
    reopen: () =>
      storeKysely(async () => storePool(databaseUrl(inject('pgAdminUrl'), (await take()).name), 5)),
  };
}

/** A new empty database (not from the template) for tests of opening and migrating. */
export async function emptyPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const run = inject('pgTemplate').replace(/^afterview_template_/, '');
  counter += 1;
  const name = `afterview_test_${run}_${String(process.pid)}_e${String(counter)}`;
  const client = await adminClient();
  await client.query(`create database ${name}`);
  return {
    url: databaseUrl(inject('pgAdminUrl'), name),
    drop: async () => {
      await client.query(`drop database if exists ${name} with (force)`);
    },
  };
}
