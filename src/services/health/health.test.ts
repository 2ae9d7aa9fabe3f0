import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrationFiles } from '../../store/migrations.js';
import { storeKysely, storePool } from '../../store/postgres/connect.js';
import { Store } from '../../store/store.js';
import { tempStore, testDialect } from '../../store/test/temp-store.js';
import type { Ctx } from '../context.js';
import type { QueueHealth } from '../outbox/delivery-queue.js';
import { databaseHealth, health } from './health.js';

let t: ReturnType<typeof tempStore>;
let ctx: Ctx;
beforeEach(() => {
  t = tempStore();
  ctx = { store: t.store, now: () => '2026-03-02T22:00:00.000Z', systemZone: 'UTC' };
});
afterEach(() => t.cleanup());

const newest = Math.max(...migrationFiles(testDialect()).map((m) => m.id));
const dialect = testDialect() === 'postgres' ? 'postgresql' : 'sqlite';

const queue = (ok: boolean): QueueHealth => ({
  kind: 'in-process',
  ok,
  due: 1,
  waiting: 2,
  held: 0,
  lastRunAt: null,
});

describe('health', () => {
  it('reports the database, its dialect and the newest migration applied', async () => {
    const db = await databaseHealth(ctx);
    expect(db).toMatchObject({ dialect, ok: true, schemaVersion: newest });
    expect(db.latencyMs).toBeGreaterThanOrEqual(0);
    expect(await health(ctx)).toMatchObject({ ok: true, now: ctx.now(), queue: null });
  });

  it('says the database is down, without throwing', async () => {
    // SQLite: a closed connection; PostgreSQL: a server that refuses connections.
    const other =
      testDialect() === 'postgres'
        ? new Store(storeKysely(storePool('postgres://postgres@127.0.0.1:1/afterview_down', 1)))
        : t.reopen();
    await other.close();
    const h = await health({ ...ctx, store: other });
    expect(h.ok).toBe(false);
    expect(h.database).toMatchObject({ dialect, ok: false, schemaVersion: 0 });
  });

  it("carries the queue's counts, and is not ok when the queue is not, or cannot answer", async () => {
    expect(await health(ctx, () => Promise.resolve(queue(true)))).toMatchObject({
      ok: true,
      queue: queue(true),
    });
    expect((await health(ctx, () => Promise.resolve(queue(false)))).ok).toBe(false);
    const broken = await health(ctx, () => Promise.reject(new Error('relation does not exist')));
    expect(broken).toMatchObject({ ok: false, queue: null });
  });
});
