import type { Store } from '../store/store.js';
import type { Ctx } from './context.js';

/**
 * Memoises read results until the data changes: each entry remembers the store's change
 * generation (see Store.changeGeneration) and is served only while the generation is the same.
 * Reads that depend on the clock (what is due today) also key on the current minute. The HTTP
 * API serves its hot GETs from here; a store without a generation (a transaction, a test double)
 * or a context with `readCache: false` simply computes every time.
 *
 * The cache is an optimisation only, and it is bounded: at most `MAX_ENTRIES` entries and
 * `MAX_BYTES` bytes of sized values, the least recently used out first. Callers key on
 * validated, normalised input, never on raw request text, so a client cannot add entries by
 * varying how it spells a request; and whatever it varies, the bound holds.
 *
 * Concurrent misses for one key share one computation, so a burst of requests after a change
 * runs the query once.
 *
 * A value is kept from the second request for its key on (a key seen once is remembered, without
 * its value, across changes): the web app asks for the same few lists again and again, while a
 * client that varies its parameters (a cache-busting `&_=N`, a search typed letter by letter)
 * would otherwise fill the cache with answers nobody asks for twice, and the memory they held
 * and left in holes stayed with the server.
 */

interface Entry {
  generation: string;
  value: Promise<unknown>;
  /** Counted once the value is known; 0 while it is being computed. */
  bytes: number;
}

/** Enough for every list the web app shows with its filters. */
export const MAX_ENTRIES = 256;
/**
 * The whole server must stay within 150 MB (issue 17): ~45 MB of it is Node's own code mapped
 * from disk, ~80 MB its heap under load, and the cached bodies live in malloc'd memory besides,
 * where entries of every size coming and going also leave holes. The web app's lists are 1–500
 * kB; the largest answer (14,000 overdue actions, ~6.5 MB with its gzip copy) still fits alone.
 */
export const MAX_BYTES = 8 * 1024 * 1024;

/** Keys remembered as asked for once, the least recently asked out first. */
export const MAX_SEEN = 4 * MAX_ENTRIES;

interface Cache {
  /** The generation all entries were computed at or after; older entries are dropped. */
  base: string;
  /** In use order: the least recently used first (a hit moves an entry to the end). */
  entries: Map<string, Entry>;
  bytes: number;
  /** Keys asked for before, in the order last asked; kept across changes. */
  seen: Set<string>;
}

/** Remembers that `key` was asked for; says whether it had been before. */
function asked(cache: Cache, key: string): boolean {
  const before = cache.seen.delete(key);
  cache.seen.add(key);
  const oldest = cache.seen.size > MAX_SEEN ? cache.seen.values().next().value : undefined;
  if (oldest !== undefined) cache.seen.delete(oldest);
  return before;
}

const caches = new WeakMap<Store, Cache>();

export interface ReadOptions<T> {
  /** The result depends on the time of day: recompute at least once a minute. */
  clock?: boolean;
  /** The memory a value holds, in bytes, for the byte bound; unsized values count 0. */
  size?: (value: T) => number;
}

function drop(cache: Cache, key: string): void {
  const e = cache.entries.get(key);
  if (e === undefined) return;
  cache.entries.delete(key);
  cache.bytes -= e.bytes;
}

/** Evicts least recently used entries until both bounds hold. */
function trim(cache: Cache): void {
  for (const key of cache.entries.keys()) {
    if (cache.entries.size <= MAX_ENTRIES && cache.bytes <= MAX_BYTES) return;
    drop(cache, key);
  }
}

export async function cachedRead<T>(
  ctx: Ctx,
  key: string,
  compute: () => Promise<T>,
  opts: ReadOptions<T> = {},
): Promise<T> {
  if (ctx.readCache === false) return compute();
  const base = ctx.store.changeGeneration();
  if (base === null) return compute();
  const generation = opts.clock === true ? `${base}@${ctx.now().slice(0, 16)}` : base;
  let cache = caches.get(ctx.store);
  if (cache === undefined) {
    cache = { base, entries: new Map(), bytes: 0, seen: new Set() };
    caches.set(ctx.store, cache);
  }
  // After a write every entry is stale: let them go now rather than hold them until evicted.
  if (cache.base !== base) {
    cache.base = base;
    cache.entries.clear();
    cache.bytes = 0;
  }
  const hit = cache.entries.get(key);
  if (hit !== undefined && hit.generation === generation) {
    cache.entries.delete(key);
    cache.entries.set(key, hit);
    return hit.value as Promise<T>;
  }
  drop(cache, key);
  const again = asked(cache, key);
  const value = compute();
  const entry: Entry = { generation, value, bytes: 0 };
  const c = cache;
  // Entered while it is computed even when asked for the first time, for concurrent requests.
  c.entries.set(key, entry);
  trim(c);
  value.then(
    (v) => {
      if (c.entries.get(key) !== entry) return; // evicted, or cleared by a write
      if (!again) {
        drop(c, key);
        return;
      }
      // Count its size now it is known.
      if (opts.size === undefined) return;
      const bytes = opts.size(v);
      // One value over the whole budget would only push everything else out: serve it, keep none.
      if (bytes > MAX_BYTES) {
        drop(c, key);
        return;
      }
      entry.bytes = bytes;
      c.bytes += entry.bytes;
      trim(c);
    },
    // A failed read is not remembered: the next request tries again.
    () => {
      if (c.entries.get(key) === entry) drop(c, key);
    },
  );
  return value;
}

/** What the cache of a store holds now, for tests and the bench. */
export function readCacheStats(store: Store): { entries: number; bytes: number } {
  const c = caches.get(store);
  // After a write the entries are dropped on the next read; they are gone already for callers.
  if (c === undefined || c.base !== store.changeGeneration()) return { entries: 0, bytes: 0 };
  return { entries: c.entries.size, bytes: c.bytes };
}
