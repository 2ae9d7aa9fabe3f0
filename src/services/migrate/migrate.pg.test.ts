import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateQueue } from '../../adapters/queue/graphile.js';
import { openPostgresStore } from '../../store/postgres/open.js';
import { emptyPostgresDatabase } from '../../store/test/pg-database.js';
import { migrateDatabase } from './migrate.js';

/** `afterview migrate` on PostgreSQL and the job queue's schema beside ours. */

let url: string;
let drop: () => Promise<void>;

beforeEach(async () => {
  ({ url, drop } = await emptyPostgresDatabase());
});
afterEach(async () => {
  await drop();
});

async function rows(text: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Record<string, unknown>>(text)).rows;
  } finally {
    await client.end();
  }
}

describe('the job queue schema on PostgreSQL', () => {
  it('is installed by migrate, and twice at once is no race', async () => {
    const env = { DATABASE_URL: url };
    const [a, b] = await Promise.all([
      migrateDatabase(env, { dryRun: false }),
      migrateDatabase(env, { dryRun: false }),
    ]);
    expect(a.migrations.length + b.migrations.length).toBeGreaterThan(0);
    // Both ran every migration of the queue's (insert-first, see migrateQueue): each once.
    const queue = (await rows('select id from graphile_worker.migrations')) as { id: number }[];
    expect(queue.length).toBeGreaterThan(10);
    expect(new Set(queue.map((r) => r.id)).size).toBe(queue.length);
  });

  it("is not someone else's tables: a database holding only it opens", async () => {
    await migrateQueue(url, () => {});
    const store = await openPostgresStore(url);
    await store.close();
    expect(await rows(`select 1 as ok from schema_migrations limit 1`)).toEqual([{ ok: 1 }]);
  });
});
