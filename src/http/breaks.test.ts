import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addApp, logInterview, testApi, type Api } from './test/api.js';

/**
 * Regression tests for the breaks a hostile-input run found (issue 15): each request is refused
 * with a 4xx naming a string field, or answered without a write.
 */

let api: Api;
let appId: number;
let interviewId: number;

beforeAll(async () => {
  api = await testApi();
  appId = await addApp(api);
  interviewId = (await logInterview(api, appId)).interview.id;
});
afterAll(() => api.cleanup());

const count = async (path: string): Promise<number> => {
  const r = await api.get(path);
  return Array.isArray(r.json) ? r.json.length : -1;
};

describe('body keys named after JavaScript built-ins', () => {
  const keys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
  const routes = (): [string, string, Record<string, unknown>][] => [
    ['POST', '/api/applications', { company: 'A', role: 'B' }],
    ['POST', '/api/actions', { title: 'Call', due: '2026-03-09T10:00' }],
    ['PATCH', `/api/interviews/${interviewId}`, {}],
    ['PUT', '/api/settings/name', { value: 'Sam' }],
    ['POST', `/api/applications/${appId}/status`, { status: 'interviewing' }],
    ['PUT', `/api/interviews/${interviewId}/debrief`, {}],
  ];
  it.each(keys)('%s is named as a string field, whatever the route', async (key) => {
    for (const [method, path, valid] of routes()) {
      // Raw JSON: `{ [key]: 1 }` in an object literal would set the prototype, not a key.
      const body = `{${JSON.stringify(key)}:1${Object.keys(valid).length === 0 ? '' : ','}${JSON.stringify(valid).slice(1)}`;
      const r = await api.call(method, path, body);
      expect(r.status, `${method} ${path} ${r.text}`).toBe(400);
      expect(typeof r.body.error?.field, `${method} ${path} ${r.text}`).toBe('string');
      expect(r.body.error?.field).toBe(key);
    }
  });
});

describe('times and durations', () => {
  it('refuses an impossible UTC offset', async () => {
    const r = await api.post('/api/actions', { title: 'x', due: '2026-03-09T10:00+99:00' });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ field: 'due' });
    expect(r.body.error?.message).toMatch(/offset/);
  });

  it.each(['0001-03-09T10:00', '9999-03-09T10:00', '0001-01-01', '2201-01-01T00:00Z'])(
    'refuses the far year of %s',
    async (due) => {
      const before = await count('/api/actions?status=pending');
      const r = await api.post('/api/actions', { title: 'x', due });
      expect(r.status).toBe(400);
      expect(r.body.error?.field).toBe('due');
      expect(await count('/api/actions?status=pending')).toBe(before);
    },
  );

  it('refuses 1h99m as a duration and a far applied date', async () => {
    const r = await api.patch(`/api/interviews/${interviewId}`, { duration: '1h99m' });
    expect(r.status).toBe(400);
    expect(r.body.error?.field).toBe('duration');
    const a = await api.post('/api/applications', {
      company: 'A',
      role: 'B',
      applied: '9999-01-01',
    });
    expect(a.status).toBe(400);
    expect(a.body.error?.field).toBe('applied');
  });
});

describe('text that is not text', () => {
  it('refuses a lone surrogate', async () => {
    const r = await api.call('POST', '/api/applications', '{"company":"A\\ud800x","role":"B"}');
    expect(r.status).toBe(400);
    expect(r.body.error?.field).toBe('company');
  });

  it('refuses a body that is not UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"company":"A'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('","role":"B"}'),
    ]);
    const r = await api.app.request('http://127.0.0.1:4747/api/applications', {
      method: 'POST',
      headers: {
        host: '127.0.0.1:4747',
        'content-type': 'application/json',
        cookie: api.session,
      },
      body: bytes,
    });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { error: { field: string } }).error.field).toBe('body');
  });

  it('refuses NUL, BEL and ESC in a title', async () => {
    for (const ch of ['\u0000', '\u0007', '\u001b[31m']) {
      const r = await api.post('/api/actions', { title: `x${ch}y`, due: '2026-03-09T10:00' });
      expect(r.status).toBe(400);
      expect(r.body.error?.field).toBe('title');
    }
  });
});

describe('e-mail addresses and people', () => {
  it('validates the email setting and keeps mail.from on one line', async () => {
    const e = await api.put('/api/settings/email', { value: 'not-an-email' });
    expect(e.status).toBe(400);
    expect(e.body.error?.field).toBe('email');
    const from = await api.put('/api/settings/mail.from', { value: 'Sam\r\n <sam@example.com>' });
    expect(from.status).toBe(400);
    expect(from.body.error?.field).toBe('mail.from');
    expect((await api.put('/api/settings/email', { value: 'sam@example.com' })).status).toBe(200);
  });

  it('refuses a newline in an interviewer name instead of dropping the address', async () => {
    const r = await api.patch(`/api/interviews/${interviewId}`, {
      interviewers: ['Priya\nRaman <priya@northwind.example>'],
    });
    expect(r.status).toBe(400);
    expect(r.body.error?.field).toMatch(/^interviewers/);
  });

  it('refuses a recipient that is neither an address nor "Name <email>"', async () => {
    const actions = (await api.get('/api/actions?status=pending')).json as {
      id: number;
      kind: string;
    }[];
    const thanks = actions.find((a) => a.kind === 'thank_you');
    const r = await api.post(`/api/actions/${thanks?.id ?? 0}/draft`, {
      to: 'not an email <<>>',
    });
    expect(r.status).toBe(400);
    expect(r.body.error?.field).toBe('to');
  });
});

describe('the web files and the calendar', () => {
  it('answers a malformed escape under /assets/ with 404, not 500', async () => {
    for (const p of ['/assets/%ZZ', '/assets/%', '/assets/a%E0%A4%A']) {
      expect((await api.get(p)).status).toBe(404);
    }
  });

  it('GET /api/calendar does not create the feed token', async () => {
    expect((await api.get('/api/calendar')).body).toEqual({ url: null });
    expect((await api.get('/api/calendar')).body).toEqual({ url: null });
    const made = await api.post('/api/calendar/token');
    expect(made.body.url).toMatch(/\/calendar\/.+\.ics$/);
    expect((await api.get('/api/calendar')).body).toEqual(made.body);
  });
});

describe('the download in Settings', () => {
  it('GET /api/export is the export file, as an attachment, without secrets', async () => {
    await api.put('/api/settings/smtp.password', { value: 'hunter2-secret' });
    const r = await api.get('/api/export');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-disposition')).toMatch(
      /^attachment; filename="afterview-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(r.text).not.toContain('hunter2-secret');
    expect(r.body).toMatchObject({ format: 'afterview-export', version: 1 });
  });
});
