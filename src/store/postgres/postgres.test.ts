import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAfterviewError } from '../../domain/errors.js';
import { migrationFiles } from '../migrations.js';
import { openStoreAt } from '../open.js';
import { EXPORTED_TABLES, JSON_COLUMNS } from '../tables.js';
import { emptyPostgresDatabase } from '../test/pg-database.js';
import { migratePostgresAt, openPostgresStore } from './open.js';

/** What only PostgreSQL does: opening by URL, its refusals, and the migration lock. */

let url: string;
let drop: () => Promise<void>;

beforeEach(async () => {
  ({ url, drop } = await emptyPostgresDatabase());
});
afterEach(async () => {
  await drop();
});

async function query(text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (isAfterviewError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('it opened');
}

describe('migrations on PostgreSQL', () => {
  it('has a twin for every SQLite migration', () => {
    expect(migrationFiles('postgres').map((f) => f.name)).toEqual(
      migrationFiles('sqlite').map((f) => f.name),
    );
  });

  it('lists, then applies, then has nothing left', async () => {
    const all = migrationFiles('postgres').map((f) => f.name);
    expect((await migratePostgresAt(url, true)).map((f) => f.name)).toEqual(all);
    expect(
      (await query('select count(*)::int as n from pg_tables where schemaname = current_schema()'))
        .rows,
    ).toEqual([{ n: 0 }]);
    expect((await migratePostgresAt(url, false)).map((f) => f.name)).toEqual(all);
    expect(await migratePostgresAt(url, true)).toEqual([]);
  });

  it('migrates once when several instances start together', async () => {
    const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(url)));
    await Promise.all(stores.map((s) => s.close()));
    const rows = await query('select id from schema_migrations order by id');
    expect(rows.rows.map((r: { id: number }) => r.id)).toEqual(
      migrationFiles('postgres').map((f) => f.id),
    );
  });

  it('refuses a database written by a newer Afterview, changing nothing', async () => {
    await (await openPostgresStore(url)).close();
    await query(`insert into schema_migrations values (9999, '9999_future.sql', 'x', now())`);
    const r = await refusal(openPostgresStore(url));
    expect(r).toMatchObject({ code: 'schema_mismatch' });
    expect(r.message).toMatch(/newer Afterview/);
  });

  it('refuses when an applied migration file changed', async () => {
    await (await openPostgresStore(url)).close();
    await query(`update schema_migrations set checksum = 'tampered' where id = 1`);
    expect(await refusal(migratePostgresAt(url, true))).toMatchObject({ code: 'schema_mismatch' });
  });

  it("refuses a database holding someone else's tables, creating nothing", async () => {
    await query('create table invoices (id int)');
    const r = await refusal(openPostgresStore(url));
    expect(r.code).toBe('invalid_input');
    expect(r.message).toMatch(/invoices/);
    const tables = await query(
      'select tablename from pg_tables where schemaname = current_schema() order by tablename',
    );
    expect(tables.rows).toEqual([{ tablename: 'invoices' }]);
  });
});

describe('the schema as export sees it', () => {
  it('lists every jsonb column in JSON_COLUMNS, and columns in the order SQLite has them', async () => {
    const store = await openPostgresStore(url);
    try {
      for (const t of EXPORTED_TABLES) {
        expect(await store.data.jsonColumns(t), t).toEqual(JSON_COLUMNS[t] ?? []);
      }
      const sqlite = openStoreAt(':memory:');
      try {
        for (const t of EXPORTED_TABLES) {
          expect((await store.data.shape(t)).columns, t).toEqual(
            (await sqlite.data.shape(t)).columns,
          );
        }
      } finally {
        await sqlite.close();
      }
    } finally {
      await store.close();
    }
  });
});

describe('opening by URL', () => {
  it('refuses a malformed URL, an unreachable server and a missing database in one line', async () => {
    const bad = [
      'not a url',
      'mysql://host/db',
      'postgres://127.0.0.1:1/afterview',
      url.replace(/\/[^/]+$/, '/afterview_no_such_database'),
    ];
    for (const u of bad) {
      const r = await refusal(openPostgresStore(u));
      expect(r.code).toBe('invalid_input');
      expect(r.message).not.toContain('\n');
    }
  });
});
