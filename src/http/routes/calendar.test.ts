import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCalendar } from '../../domain/calendar/test/parse.js';
import { addApplication } from '../../services/applications/applications.js';
import { recordFromText } from '../../services/interviews/from-text.js';
import { recordInterview } from '../../services/interviews/interviews.js';
import { fixture, loggedInterview, type Fixture } from '../../services/test/interview-fixture.js';
import { setSetting } from '../../services/settings/settings.js';
import { createApp } from '../app.js';

/** The feed and its token through the whole app in-process (`app.request()`, no port). */

const HOST = '127.0.0.1:4747';
let f: Fixture;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  f = await fixture();
  // Auth is not the subject here (src/http/auth.test.ts): the feed lives outside /api anyway.
  app = createApp(f.ctx, [HOST], { webRoot: '/nonexistent-afterview-web', auth: 'off' });
});
afterEach(async () => {
  await f.cleanup();
});

const call = (method: string, path: string, headers: Record<string, string> = {}) =>
  app.request(`http://${HOST}${path}`, { method, headers: { host: HOST, ...headers } });

async function feedUrl(method = 'GET'): Promise<string | null> {
  const r = await call(method, method === 'GET' ? '/api/calendar' : '/api/calendar/token');
  expect(r.status).toBe(200);
  return ((await r.json()) as { url: string | null }).url;
}

const pathOf = (url: string): string => new URL(url).pathname;

describe('GET /calendar/TOKEN.ics', () => {
  it('serves the calendar at a secret URL that a POST creates (a GET never writes)', async () => {
    const { appId } = await loggedInterview(f.ctx);
    await recordInterview(
      f.ctx,
      recordFromText(
        'America/Toronto',
        appId,
        {
          at: '2026-03-05T10:30',
          kind: 'technical',
          interviewers: ['Diego Alvarez <diego@northwind.example>'],
        },
        'schedule',
      ),
    );
    expect(await feedUrl()).toBeNull();
    const url = await feedUrl('POST');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:4747\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await feedUrl()).toBe(url); // the same until renewed
    // A calendar app sends a plain GET: no Origin, no cookies.
    const r = await call('GET', pathOf(url!));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const cal = parseCalendar(await r.text());
    const interview = cal.events.find((e) => e.uid === 'interview-2@afterview');
    expect(interview?.summary).toBe('Interview: Backend Engineer at Northwind Traders');
    expect(interview?.description).toContain('Diego Alvarez <diego@northwind.example>');
    expect(interview?.alarms.map((a) => a.trigger)).toEqual(['-P1D', '-PT1H']);
    const actions = cal.events.filter((e) => e.uid.startsWith('action-'));
    expect(actions.length).toBeGreaterThanOrEqual(5);
    for (const a of actions) {
      expect(a.url).toBe(`http://127.0.0.1:4747/applications/${String(appId)}`);
      expect(a.description).toMatch(/^Why: /);
      expect(a.alarms).toHaveLength(1);
    }
    // Unchanged data: the client's copy is current.
    const again = await call('GET', pathOf(url!), { 'if-none-match': r.headers.get('etag') ?? '' });
    expect(again.status).toBe(304);
  });

  it('answers 404 to a renewed, revoked or made-up token', async () => {
    await addApplication(f.ctx, { company: 'Contoso', role: 'SRE' });
    const first = pathOf((await feedUrl('POST'))!);
    const renewed = pathOf((await feedUrl('POST'))!);
    expect(renewed).not.toBe(first);
    expect((await call('GET', first)).status).toBe(404);
    expect((await call('GET', renewed)).status).toBe(200);

    const del = await call('DELETE', '/api/calendar/token');
    expect(await del.json()).toEqual({ url: null, revoked: true });
    const gone = await call('GET', renewed);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toEqual({
      error: { code: 'not_found', message: 'no such calendar feed', field: null },
    });
    expect(await feedUrl()).toBeNull(); // stays off: GET does not turn it back on
    expect((await call('GET', `/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await call('GET', '/calendar/short.ics')).status).toBe(404);
    expect((await call('GET', renewed.replace('.ics', '.txt'))).status).toBe(404);

    const back = pathOf((await feedUrl('POST'))!);
    expect((await call('GET', back)).status).toBe(200);
    expect((await call('GET', renewed)).status).toBe(404);
  });

  it('keeps the Host and Origin guards', async () => {
    const path = pathOf((await feedUrl('POST'))!);
    expect((await call('GET', path, { host: 'evil.example:4747' })).status).toBe(403);
    const foreign = await call('POST', '/api/calendar/token', { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await call('GET', path)).status).toBe(200); // the token did not change
    expect((await call('DELETE', '/api/calendar/token', { origin: `http://${HOST}` })).status).toBe(
      200,
    );
  });

  it('gives the address of the app.url setting when the user set one', async () => {
    await setSetting(f.ctx, 'app.url', 'https://jobs.example.org/afterview');
    const url = await feedUrl('POST');
    expect(url).toMatch(
      /^https:\/\/jobs\.example\.org\/afterview\/calendar\/[A-Za-z0-9_-]{43}\.ics$/,
    );
    expect((await call('GET', `/calendar/${url!.split('/calendar/')[1]!}`)).status).toBe(200);
  });
});
