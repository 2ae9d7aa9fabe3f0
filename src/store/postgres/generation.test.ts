import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { emptyPostgresDatabase } from '../test/pg-database.js';
import { openPostgresStore } from './open.js';

/** The read cache's change generation on PostgreSQL: two stores as two server instances. */

let drop: () => Promise<void>;
let a: Store;
let b: Store;
let url: string;
beforeEach(async () => {
  ({ url, drop } = await emptyPostgresDatabase());
  a = await openPostgresStore(url);
  b = await openPostgresStore(url);
});
afterEach(async () => {
  await a.close();
  await b.close();
  await drop();
});

/** The generation once the listening connection is up (null until then). */
async function listening(s: Store): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const g = s.changeGeneration();
    if (g !== null) return g;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('never listened');
}

async function movesFrom(s: Store, before: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const g = s.changeGeneration();
    if (g !== null && g !== before) return g;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`the generation stayed ${before}`);
}

describe('change generation on PostgreSQL', () => {
  it("moves at once with this process's writes, not with its reads", async () => {
    const g0 = await listening(a);
    await a.settings.some(['name']);
    await a.data.schemaVersion();
    expect(a.changeGeneration()).toBe(g0);
    await a.settings.put({ name: 'Alex' });
    const g1 = a.changeGeneration();
    expect(g1).not.toBe(g0);
    await a.transaction((tx) => tx.settings.put({ name: 'Sam' }));
    expect(a.changeGeneration()).not.toBe(g1);
  });

  it("moves with another instance's commit, and a CLI's plain SQL write", async () => {
    const g0 = await listening(a);
    await b.settings.put({ name: 'Alex' });
    const g1 = await movesFrom(a, g0);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`update settings set value = '"Sam"' where key = 'name'`);
    } finally {
      await client.end();
    }
    await movesFrom(a, g1);
  });

  it('has the trigger on every table a migration made (a new table needs one too)', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const r = await client.query<{ name: string }>(
        `select t.table_name as name from information_schema.tables t
         where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
           and t.table_name <> 'schema_migrations'
           and not exists (select 1 from pg_trigger g
             where g.tgrelid = format('%I', t.table_name)::regclass
               and g.tgname = 'afterview_changed')`,
      );
      expect(r.rows.map((x) => x.name)).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it('has no generation (the cache computes) until it listens again after losing its connection', async () => {
    await listening(a);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
         where datname = current_database() and query like 'listen %'`,
      );
    } finally {
      await admin.end();
    }
    for (let i = 0; i < 100 && a.changeGeneration() !== null; i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(a.changeGeneration()).toBeNull();
    await listening(a);
  });
});
