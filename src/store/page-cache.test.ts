import { describe, expect, it } from 'vitest';
import { SERVER_PAGE_CACHE_KIB } from './dialect.js';
import { openSqlite } from './sqlite/connect.js';
import { Store } from './store.js';

describe('limitPageCache', () => {
  it("sets the store's own SQLite connection to the server's small page cache", async () => {
    const { db, raw } = openSqlite(':memory:');
    const store = new Store(db);
    const cacheKib = () => -Number(raw.pragma('cache_size', { simple: true }));
    // The CLI keeps the cache better-sqlite3 builds SQLite with (larger).
    expect(cacheKib()).toBeGreaterThan(SERVER_PAGE_CACHE_KIB);
    await store.limitPageCache();
    expect(cacheKib()).toBe(SERVER_PAGE_CACHE_KIB);
    await store.close();
    await db.destroy();
  });
});
