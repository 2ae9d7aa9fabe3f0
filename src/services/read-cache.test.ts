import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStoreAt } from '../store/open.js';
import { tempStore } from '../store/test/temp-store.js';
import { addApplication } from './applications/applications.js';
import type { Ctx } from './context.js';
import { readCacheEnv } from './open.js';
import { MAX_BYTES, MAX_ENTRIES, cachedRead, readCacheStats } from './read-cache.js';

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

it('keeps a read from its second request on, until this process writes', async () => {
  expect(await count()).toBe(0);
  expect(await count()).toBe(0);
  expect(runs).toBe(2); // asked for once: computed, not kept
  expect(await count()).toBe(0);
  expect(runs).toBe(2);
  await addApplication(ctx, { company: 'Northwind', role: 'SRE' });
  // A key asked for before the write is kept at once after it.
  expect(await count()).toBe(1);
  expect(await count()).toBe(1);
  expect(runs).toBe(3);
});

it('does not keep what is asked for once: cache-busting clients cannot fill it', async () => {
  for (let i = 0; i < 2 * MAX_ENTRIES; i++) {
    await cachedRead(ctx, `busted ${String(i)}`, () => Promise.resolve('x'.repeat(1000)), {
      size: (v) => v.length,
    });
  }
  expect(readCacheStats(t.store)).toEqual({ entries: 0, bytes: 0 });
});

it('sees a commit by another connection (a CLI process on the same file)', async () => {
  await count();
  expect(await count()).toBe(0);
  const other = openStoreAt(t.file);
  try {
    await addApplication({ ...ctx, store: other }, { company: 'Contoso', role: 'SRE' });
  } finally {
    await other.close();
  }
  expect(await count()).toBe(1);
  expect(runs).toBe(3);
});

it('recomputes a clock-dependent read when the minute changes', async () => {
  const read = () => cachedRead(ctx, 'now', () => Promise.resolve(ctx.now()), { clock: true });
  await read();
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

it('holds at most MAX_ENTRIES entries, the least recently used out first', async () => {
  const read = async (k: number) => {
    const key = `k${String(k)}`;
    const v = await cachedRead(ctx, key, () => Promise.resolve(++runs));
    // Asked for once, a value is not kept: ask twice to keep it.
    return runs === v ? cachedRead(ctx, key, () => Promise.resolve(++runs)) : v;
  };
  const first = await read(0);
  for (let k = 1; k < MAX_ENTRIES + 50; k++) {
    await read(k);
    if (k % 10 === 0) expect(await read(0)).toBe(first); // kept warm: never evicted
  }
  expect(readCacheStats(t.store).entries).toBe(MAX_ENTRIES);
  expect(await read(0)).toBe(first);
  const before = runs;
  await read(1); // the coldest: evicted long ago
  expect(runs).toBe(before + 1);
});

it('holds at most MAX_BYTES of sized values, and keeps none over the whole budget', async () => {
  const size = (v: { bytes: number }) => v.bytes;
  const once = (k: number, bytes: number) =>
    cachedRead(ctx, `b${String(k)}`, () => Promise.resolve({ bytes, n: ++runs }), { size });
  const read = async (k: number, bytes: number) => {
    await once(k, bytes);
    return once(k, bytes);
  };
  const quarter = Math.floor(MAX_BYTES / 4);
  for (let k = 0; k < 10; k++) await read(k, quarter);
  await Promise.resolve(); // sizes are counted once the value resolves
  const stats = readCacheStats(t.store);
  expect(stats.bytes).toBeLessThanOrEqual(MAX_BYTES);
  expect(stats.entries).toBe(4);
  await read(99, MAX_BYTES + 1);
  await Promise.resolve();
  expect(readCacheStats(t.store).entries).toBe(4);
});

it('computes every time when the context turns it off (AFTERVIEW_READ_CACHE=off)', async () => {
  const off: Ctx = { ...ctx, readCache: false };
  const read = () => cachedRead(off, 'off', () => Promise.resolve(++runs));
  expect(await read()).toBe(1);
  expect(await read()).toBe(2);
  expect(readCacheStats(t.store).entries).toBe(0);
});

it('reads AFTERVIEW_READ_CACHE: on by default, off by choice, anything else refused', () => {
  expect(readCacheEnv({})).toBe(true);
  expect(readCacheEnv({ AFTERVIEW_READ_CACHE: 'on' })).toBe(true);
  expect(readCacheEnv({ AFTERVIEW_READ_CACHE: 'OFF' })).toBe(false);
  expect(() => readCacheEnv({ AFTERVIEW_READ_CACHE: 'no' })).toThrow(/must be on or off/);
});
