import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStoreAt } from '../store/open.js';
import { tempStore } from '../store/test/temp-store.js';
import { addApplication } from './applications/applications.js';
import type { Ctx } from './context.js';
import { cachedRead } from './read-cache.js';

let t: ReturnType<typeof tempStore>;
let ctx: Ctx;
let now: string;
let runs: number;
const count = () =>
  cachedRead(ctx, 'count', async () => {
    runs++;
    return (await ctx.store.applications.list()).length;
  });

beforeEach(() => {
  t = tempStore();
  now = '2026-03-02T22:00:00.000Z';
  ctx = { store: t.store, now: () => now, systemZone: 'America/Toronto' };
  runs = 0;
});
afterEach(() => t.cleanup());

it('serves a read from memory until this process writes', async () => {
  expect(await count()).toBe(0);
  expect(await count()).toBe(0);
  expect(runs).toBe(1);
  await addApplication(ctx, { company: 'Northwind', role: 'SRE' });
  expect(await count()).toBe(1);
  expect(runs).toBe(2);
});

it('sees a commit by another connection (a CLI process on the same file)', async () => {
  expect(await count()).toBe(0);
  const other = openStoreAt(t.file);
  try {
    await addApplication({ ...ctx, store: other }, { company: 'Contoso', role: 'SRE' });
  } finally {
    await other.close();
  }
  expect(await count()).toBe(1);
  expect(runs).toBe(2);
});

it('recomputes a clock-dependent read when the minute changes', async () => {
  const read = () => cachedRead(ctx, 'now', () => Promise.resolve(ctx.now()), { clock: true });
  expect(await read()).toBe('2026-03-02T22:00:00.000Z');
  now = '2026-03-02T22:00:40.000Z';
  expect(await read()).toBe('2026-03-02T22:00:00.000Z');
  now = '2026-03-02T22:01:00.000Z';
  expect(await read()).toBe('2026-03-02T22:01:00.000Z');
});

it('shares one computation between concurrent misses, and forgets failures', async () => {
  await Promise.all([count(), count(), count()]);
  expect(runs).toBe(1);
  let fail = true;
  const flaky = () =>
    cachedRead(ctx, 'flaky', () => (fail ? Promise.reject(new Error('boom')) : Promise.resolve(1)));
  await expect(flaky()).rejects.toThrow('boom');
  fail = false;
  expect(await flaky()).toBe(1);
});

it('computes every time inside a transaction (no generation there)', async () => {
  await t.store.transaction(async (tx) => {
    const inTx: Ctx = { ...ctx, store: tx };
    let n = 0;
    const read = () => cachedRead(inTx, 'tx', () => Promise.resolve(++n));
    expect(await read()).toBe(1);
    expect(await read()).toBe(2);
  });
});
