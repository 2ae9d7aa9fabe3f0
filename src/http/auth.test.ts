import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, type Fixture } from '../services/test/interview-fixture.js';
import { createApp } from './app.js';
import { NO_SESSION, sessionAuth, type SessionAuth } from './auth.js';

/** The session check in-process (`app.request()`); the printed link end to end: cli/serve/auth.test.ts. */

const HOST = '127.0.0.1:4747';
let f: Fixture;
let clock: number;
let auth: SessionAuth;
let app: ReturnType<typeof createApp>;
let used: number;

beforeEach(async () => {
  f = await fixture();
  clock = Date.parse('2026-03-02T22:00:00Z');
  used = 0;
  auth = sessionAuth({
    secret: randomBytes(32),
    port: 4747,
    now: () => clock,
    onTokenUsed: () => used++,
  });
  app = createApp(f.ctx, [HOST], { webRoot: '/nonexistent-afterview-web', auth });
});
afterEach(async () => {
  await f.cleanup();
});

const get = (path: string, cookie?: string) =>
  app.request(`http://${HOST}${path}`, {
    headers: cookie === undefined ? { host: HOST } : { host: HOST, cookie },
  });

/** Follows a link as a browser would; returns the cookie it set (`name=value`) or null. */
async function follow(token: string): Promise<{ cookie: string | null; res: Response }> {
  const res = await get(`/?token=${token}`);
  const set = res.headers.get('set-cookie');
  return { cookie: set === null ? null : (set.split(';')[0] ?? null), res };
}

describe('the session cookie of the printed link', () => {
  it('refuses every /api request without it: 401 with the standard error body', async () => {
    for (const path of ['/api/applications', '/api/health', '/api/settings', '/api/nope']) {
      const r = await get(path);
      expect(r.status, path).toBe(401);
      expect(await r.json()).toEqual({
        error: { code: 'unauthorized', message: NO_SESSION, field: 'session' },
      });
    }
    const post = await app.request(`http://${HOST}/api/applications`, {
      method: 'POST',
      headers: { host: HOST, 'content-type': 'application/json' },
      body: JSON.stringify({ company: 'X', role: 'Y' }),
    });
    expect(post.status).toBe(401);
  });

  it('serves the page without it, so the page can say where to get one', async () => {
    expect((await get('/')).status).toBe(200);
    expect((await get('/pipeline')).status).toBe(200);
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it('a token works once: the cookie it sets opens /api, the token leaves the address', async () => {
    const token = auth.issueToken();
    const { cookie, res } = await follow(token);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/');
    expect(used).toBe(1);
    expect(cookie).not.toBeNull();
    expect((await get('/api/applications', cookie ?? '')).status).toBe(200);

    const again = await follow(token);
    expect(again.res.status).toBe(302);
    expect(again.cookie).toBeNull();
    expect(used).toBe(1);
  });

  it('keeps the rest of the address when it drops the token', async () => {
    const res = await get(`/applications/3?tab=notes&token=${auth.issueToken()}`);
    expect(res.headers.get('location')).toBe('/applications/3?tab=notes');
  });

  it('sets HttpOnly, SameSite=Strict, Path=/ and an expiry', async () => {
    const res = await get(`/?token=${auth.issueToken()}`);
    const set = res.headers.get('set-cookie') ?? '';
    expect(set).toMatch(/^afterview-session-4747=\d+\.[\w-]{43};/);
    expect(set).toContain('HttpOnly');
    expect(set).toContain('SameSite=Strict');
    expect(set).toContain('Path=/');
    expect(set).toMatch(/Max-Age=\d+/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a wrong token, a token of an earlier run, and one another server issued', async () => {
    expect((await follow('x'.repeat(32))).cookie).toBeNull();
    expect((await follow('')).cookie).toBeNull();
    const earlier = sessionAuth({ secret: randomBytes(32), port: 4747 }).issueToken();
    expect((await follow(earlier)).cookie).toBeNull();
    expect(used).toBe(0);
  });

  it('refuses a forged, tampered, expired or other-secret cookie', async () => {
    const good = auth.sessionCookie();
    const name = auth.cookieName;
    const other = sessionAuth({ secret: randomBytes(32), port: 4747 }).sessionCookie();
    const [issued = '', sig = ''] = good.split('.');
    const flipped = `${issued}.${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`;
    for (const value of [other, flipped, `${String(Number(issued) + 1)}.${sig}`, 'x', '']) {
      expect((await get('/api/health', `${name}=${value}`)).status, value).toBe(401);
    }
    // The right value under another port's name is not this server's cookie.
    expect((await get('/api/health', `afterview-session-4748=${good}`)).status).toBe(401);
    expect((await get('/api/health', `${name}=${good}`)).status).toBe(200);
    clock += 31 * 24 * 60 * 60 * 1000;
    expect((await get('/api/health', `${name}=${good}`)).status).toBe(401);
  });

  it('leaves the calendar feed to its own token', async () => {
    const cookie = `${auth.cookieName}=${auth.sessionCookie()}`;
    const r = await app.request(`http://${HOST}/api/calendar/token`, {
      method: 'POST',
      headers: { host: HOST, cookie },
    });
    const { url } = (await r.json()) as { url: string };
    const feed = await get(new URL(url).pathname);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
  });

  it("with auth 'off' (--no-auth), /api answers without a cookie", async () => {
    const open = createApp(f.ctx, [HOST], { webRoot: '/nonexistent-afterview-web', auth: 'off' });
    const r = await open.request(`http://${HOST}/api/health`, { headers: { host: HOST } });
    expect(r.status).toBe(200);
  });
});
