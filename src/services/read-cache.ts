import type { Store } from '../store/store.js';
import type { Ctx } from './context.js';

/**
 * Memoises read results until the data changes: each entry remembers the store's change
 * generation (see Store.changeGeneration) and is served only while the generation is the same.
 * Reads that depend on the clock (what is due today) also key on the current minute. The HTTP
 * API serves its hot GETs from here; a store without a generation (a transaction, a test double)
 * simply computes every time.
 *
 * Concurrent misses for one key share one computation, so a burst of requests after a change
 * runs the query once.
 */

interface Entry {
  generation: string;
  value: Promise<unknown>;
}

/** Enough for every list the web app shows with its filters; the oldest entry goes first. */
const MAX_ENTRIES = 256;

interface Cache {
  /** The generation all entries were computed at or after; older entries are dropped. */
  base: string;
  entries: Map<string, Entry>;
}

const caches = new WeakMap<Store, Cache>();

export interface ReadOptions {
  /** The result depends on the time of day: recompute at least once a minute. */
  clock?: boolean;
}

export async function cachedRead<T>(
  ctx: Ctx,
  key: string,
  compute: () => Promise<T>,
  opts: ReadOptions = {},
): Promise<T> {
  const base = ctx.store.changeGeneration();
  if (base === null) return compute();
  const generation = opts.clock === true ? `${base}@${ctx.now().slice(0, 16)}` : base;
  let cache = caches.get(ctx.store);
  if (cache === undefined) {
    cache = { base, entries: new Map() };
    caches.set(ctx.store, cache);
  }
  // After a write every entry is stale: let them go now rather than hold them until evicted.
  if (cache.base !== base) {
    cache.base = base;
    cache.entries.clear();
  }
  const entries = cache.entries;
  const hit = entries.get(key);
  if (hit !== undefined && hit.generation === generation) return hit.value as Promise<T>;
  const value = compute();
  entries.delete(key); // re-insert: Map order is then least recently computed first
  entries.set(key, { generation, value });
  if (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next();
    if (oldest.done !== true) entries.delete(oldest.value);
  }
  // A failed read is not remembered: the next request tries again.
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}
