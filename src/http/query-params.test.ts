import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCacheStats } from '../services/read-cache.js';
import { addApp, testApi, type Api } from './test/api.js';

/**
 * Query parameters: every route refuses one it does not declare (400, naming it), and the read
 * cache keys on validated values, so varying a request's spelling adds no entries.
 */

let api: Api;
let appId: number;
beforeAll(async () => {
  api = await testApi();
  appId = await addApp(api);
});
afterAll(() => api.cleanup());

interface OpenApi {
  paths: Record<string, Record<string, { parameters: { name: string; in: string }[] }>>;
}

/**
 * Every GET route the app answers under /api, read from the app's own router: the registry's
 * routes and the ones mounted beside it (the export, the calendar address), so a route added
 * either way is covered. The declared parameters come from the document the registry generates.
 * The calendar feed (`/calendar/TOKEN.ics`) is not an API route: calendar apps fetch the address
 * they were given, and it stays out.
 */
async function getRoutes(): Promise<{ path: string; query: string[] }[]> {
  const doc = (await api.get('/api/openapi.json')).json as OpenApi;
  const declared = new Map<string, string[]>();
  for (const [path, ops] of Object.entries(doc.paths)) {
    const op = ops.get;
    if (op === undefined) continue;
    const query = op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
    declared.set(path.replace(/\{(\w+)\}/g, ':$1'), query);
  }
  const paths = new Set(
    api.app.routes
      .filter((r) => r.method === 'GET' && r.path.startsWith('/api/'))
      .map((r) => r.path),
  );
  // The document lists no route the app does not answer.
  expect([...declared.keys()].filter((p) => !paths.has(p))).toEqual([]);
  return [...paths].map((path) => ({
    // Path parameters get a real value: the refusal must come before any lookup.
    path: path.replace(':key', 'timezone').replace(/:\w+/g, String(appId)),
    query: declared.get(path) ?? [],
  }));
}

describe('undeclared query parameters', () => {
  it('every GET route of the app refuses one with 400, naming it', async () => {
    const routes = await getRoutes();
    expect(routes.length).toBeGreaterThan(10);
    // Mounted outside the registry, and covered all the same.
    expect(routes.map((r) => r.path)).toEqual(
      expect.arrayContaining(['/api/export', '/api/calendar']),
    );
    const wrong: string[] = [];
    for (const { path, query } of routes) {
      expect(query).not.toContain('_');
      const r = await api.get(`${path}?_=${Date.now()}`);
      const e = r.body.error;
      if (r.status !== 400 || e?.code !== 'invalid_input' || e.field !== '_') {
        wrong.push(`${path}: ${r.status} ${r.text.slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses a misspelt parameter beside declared ones, and accepts the declared ones', async () => {
    const r = await api.get('/api/applications?limit=5&stauts=applied');
    expect(r.status).toBe(400);
    expect(r.body.error).toEqual({
      code: 'invalid_input',
      message: 'stauts is not a query parameter of this route',
      field: 'stauts',
    });
    expect((await api.get('/api/applications?limit=5&status=applied')).status).toBe(200);
  });

  it('refuses a parameter on a route that declares none', async () => {
    const r = await api.get('/api/today?status=all');
    expect(r.status).toBe(400);
    expect(r.body.error?.field).toBe('status');
  });
});

describe('read cache keys', () => {
  it('one entry for one request however it is spelt', async () => {
    await api.post('/api/applications', { company: 'Fabrikam', role: 'SRE' }); // empties it
    const before = readCacheStats(api.f.ctx.store).entries;
    const spellings = [
      '/api/applications?limit=25&q=fab',
      '/api/applications?q=fab&limit=25',
      '/api/applications?q=fab&limit=025',
    ];
    const bodies = new Set<string>();
    for (const s of spellings) bodies.add((await api.get(s)).text);
    expect(bodies.size).toBe(1);
    expect(readCacheStats(api.f.ctx.store).entries).toBe(before + 1);
  });

  it('a refused request adds no entry', async () => {
    const before = readCacheStats(api.f.ctx.store).entries;
    for (let i = 0; i < 20; i++) await api.get(`/api/applications?limit=25&_=${i}`);
    expect(readCacheStats(api.f.ctx.store).entries).toBe(before);
  });
});
