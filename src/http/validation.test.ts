import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addApp, logInterview, testApi, type Api } from './test/api.js';

/**
 * Every route's validation: missing, wrong type, too long, unknown id → a 4xx with
 * `{ error: { code, message, field } }`, and never a 500 for bad input.
 */

let api: Api;
let appId: number;
let interviewId: number;
let actionId: number;
let messageId: number;

beforeAll(async () => {
  api = await testApi();
  appId = await addApp(api);
  const logged = await logInterview(api, appId);
  interviewId = logged.interview.id;
  const thanks = logged.plan.created.find((a) => a.kind === 'thank_you');
  if (thanks === undefined) throw new Error('no thank-you planned');
  actionId = thanks.id;
  const drafted = await api.post(`/api/actions/${actionId}/draft`, {});
  messageId = drafted.body.id as number;
});
afterAll(() => api.cleanup());

const long = (n: number) => 'x'.repeat(n);
const NO = 999_999;

/** Paths and bodies name the fixture's ids as tokens, resolved when the test runs. */
type Case = [method: string, path: string, body: unknown, status: number, field: string];

const resolve = (text: string): string =>
  text
    .replace(/"\{(\w+)\}"/g, (_m, t: string) => String(ids()[t] ?? t))
    .replace(/\{(\w+)\}/g, (_m, t: string) => String(ids()[t] ?? t));

const ids = (): Record<string, number> => ({
  app: appId,
  iv: interviewId,
  action: actionId,
  msg: messageId,
  no: NO,
});

const cases: Record<string, Case[]> = {
  missing: [
    ['POST', '/api/actions', { due: '2026-03-04T10:00' }, 400, 'title'],
    ['POST', '/api/actions', { title: 'Call Priya' }, 400, 'due'],
    ['POST', '/api/applications', { role: 'SRE' }, 400, 'company'],
    ['POST', '/api/interviews', { at: '2026-03-02T10:00' }, 400, 'application_id'],
    ['POST', '/api/interviews/preview', { application_id: '{app}' }, 400, 'at'],
    ['POST', '/api/applications/{app}/status', {}, 400, 'status'],
    ['POST', '/api/actions/{action}/snooze', {}, 400, 'until'],
    ['PUT', '/api/settings/name', {}, 400, 'value'],
    ['POST', '/api/questions/1/review', {}, 400, 'rating'],
    ['PUT', '/api/interviews/{iv}/debrief', { questions: [{}] }, 400, 'questions.0.text'],
  ],
  'wrong type': [
    ['POST', '/api/actions', { title: 5, due: '2026-03-04T10:00' }, 400, 'title'],
    [
      'POST',
      '/api/actions',
      { title: 'A', due: '2026-03-04T10:00', application_id: '1' },
      400,
      'application_id',
    ],
    ['POST', '/api/applications', { company: [], role: 'SRE' }, 400, 'company'],
    ['POST', '/api/applications', { company: 'A', role: 'B', status: 'offer' }, 400, 'status'],
    [
      'POST',
      '/api/interviews',
      { application_id: 'one', at: '2026-03-02T10:00' },
      400,
      'application_id',
    ],
    [
      'POST',
      '/api/interviews',
      { application_id: '{app}', at: '2026-03-02T10:00', late: 'yes' },
      400,
      'late',
    ],
    [
      'POST',
      '/api/interviews',
      { application_id: '{app}', at: '2026-03-02T10:00', topics: 'one' },
      400,
      'topics',
    ],
    ['POST', '/api/interviews', { application_id: '{app}', at: 'tomorrow' }, 400, 'at'],
    ['PATCH', '/api/interviews/{iv}', { duration: true }, 400, 'duration'],
    ['POST', '/api/actions/{action}/skip', { reason: 1 }, 400, 'reason'],
    ['POST', '/api/actions/{action}/snooze', { days: '3' }, 400, 'days'],
    ['POST', '/api/actions/{action}/snooze', { days: 2, until: '2026-03-09' }, 400, 'until'],
    ['POST', '/api/actions/{action}/draft', { channel: 1 }, 400, 'channel'],
    ['POST', '/api/applications/{app}/reply', { note: 1 }, 400, 'note'],
    ['PATCH', '/api/messages/{msg}', { body: 5 }, 400, 'body'],
    ['POST', '/api/messages/{msg}/check', { subject: [] }, 400, 'subject'],
    ['POST', '/api/messages/{msg}/send', { force: 'yes' }, 400, 'force'],
    ['PUT', '/api/interviews/{iv}/debrief', { overall: {} }, 400, 'overall'],
    [
      'PUT',
      '/api/interviews/{iv}/debrief',
      { checks: { on_time: 'maybe' } },
      400,
      'checks.on_time',
    ],
    [
      'PUT',
      '/api/interviews/{iv}/debrief',
      { checks: { punctual: 'yes' } },
      400,
      'checks.punctual',
    ],
    ['POST', '/api/questions/1/review', { rating: {} }, 400, 'rating'],
    ['PUT', '/api/settings/weekly_goal', { value: {} }, 400, 'value'],
    ['PUT', '/api/settings/timezone', { value: 'Mars/Olympus' }, 400, 'timezone'],
    ['POST', '/api/settings/test-email', { to: 1 }, 400, 'to'],
    ['POST', '/api/applications', { company: 'A', role: 'B', extra: 1 }, 400, 'extra'],
  ],
  'too long': [
    ['POST', '/api/actions', { title: long(201), due: '2026-03-04T10:00' }, 400, 'title'],
    ['POST', '/api/applications', { company: long(201), role: 'SRE' }, 400, 'company'],
    ['POST', '/api/applications', { company: 'A', role: 'B', notes: long(10_001) }, 400, 'notes'],
    [
      'POST',
      '/api/interviews',
      { application_id: '{app}', at: '2026-03-02T10:00', topics: [long(501)] },
      400,
      'topics.0',
    ],
    [
      'POST',
      '/api/interviews',
      { application_id: '{app}', at: '2026-03-02T10:00', interviewers: Array(21).fill('A') },
      400,
      'interviewers',
    ],
    ['POST', '/api/actions/{action}/skip', { reason: long(501) }, 400, 'reason'],
    ['PATCH', '/api/messages/{msg}', { body: long(20_001) }, 400, 'body'],
    ['POST', '/api/applications/{app}/status', { status: long(41) }, 400, 'status'],
    ['PUT', '/api/settings/signature', { value: long(10_001) }, 400, 'value'],
  ],
  'unknown id': [
    ['GET', '/api/applications/{no}', undefined, 404, 'id'],
    ['POST', '/api/applications/{no}/status', { status: 'rejected' }, 404, 'id'],
    ['POST', '/api/applications/{no}/reply', {}, 404, 'id'],
    [
      'POST',
      '/api/actions',
      { title: 'A', due: '2026-03-04T10:00', application_id: '{no}' },
      404,
      'application_id',
    ],
    ['POST', '/api/actions/{no}/done', undefined, 404, 'id'],
    ['POST', '/api/actions/{no}/skip', {}, 404, 'id'],
    ['POST', '/api/actions/{no}/snooze', { days: 1 }, 404, 'id'],
    ['POST', '/api/actions/{no}/draft', {}, 404, 'id'],
    [
      'POST',
      '/api/interviews',
      { application_id: '{no}', at: '2026-03-02T10:00' },
      404,
      'application_id',
    ],
    [
      'POST',
      '/api/interviews/preview',
      { application_id: '{no}', at: '2026-03-02T10:00' },
      404,
      'application_id',
    ],
    ['GET', '/api/interviews/{no}', undefined, 404, 'id'],
    ['PATCH', '/api/interviews/{no}', { notes: 'x' }, 404, 'id'],
    ['GET', '/api/interviews/{no}/debrief', undefined, 404, 'id'],
    ['PUT', '/api/interviews/{no}/debrief', { overall: 3 }, 404, 'id'],
    ['GET', '/api/interviews/{no}/brief', undefined, 404, 'id'],
    ['GET', '/api/messages/{no}', undefined, 404, 'id'],
    ['PATCH', '/api/messages/{no}', { subject: 'Hi' }, 404, 'id'],
    ['POST', '/api/messages/{no}/check', {}, 404, 'id'],
    ['POST', '/api/messages/{no}/send', {}, 404, 'id'],
    ['POST', '/api/questions/{no}/review', { rating: 3 }, 404, 'id'],
    ['GET', '/api/actions?application_id={no}', undefined, 404, 'application_id'],
    ['PUT', '/api/settings/no.such.key', { value: '1' }, 400, 'key'],
  ],
  'bad path or query': [
    ['POST', '/api/actions/abc/done', undefined, 400, 'id'],
    ['POST', '/api/actions/0/done', undefined, 400, 'id'],
    ['GET', '/api/applications/-3', undefined, 400, 'id'],
    ['GET', '/api/actions?limit=0', undefined, 400, 'limit'],
    ['GET', '/api/actions?limit=abc', undefined, 400, 'limit'],
    ['GET', '/api/actions?status=later', undefined, 400, 'status'],
    ['GET', '/api/actions?from=soon', undefined, 400, 'from'],
    ['GET', '/api/actions?application_id=x', undefined, 400, 'application_id'],
    ['GET', '/api/applications?limit=501', undefined, 400, 'limit'],
    ['GET', '/api/applications?offset=-1', undefined, 400, 'offset'],
    ['GET', `/api/applications?q=${long(201)}`, undefined, 400, 'q'],
    ['GET', '/api/applications?status=hired', undefined, 400, 'status'],
    ['GET', '/api/messages?status=lost', undefined, 400, 'status'],
    ['GET', '/api/questions?due=maybe', undefined, 400, 'due'],
    ['GET', '/api/templates?kind=sonnet', undefined, 400, 'kind'],
  ],
};

describe.each(Object.entries(cases))('%s', (_name, list) => {
  it.each(list.map((c) => [`${c[0]} ${c[1].slice(0, 60)} → ${c[3]} ${c[4]}`, c] as const))(
    '%s',
    async (_label, [method, path, body, status, field]) => {
      const r = await api.call(
        method,
        resolve(path),
        body === undefined ? undefined : resolve(JSON.stringify(body)),
      );
      expect(r.status, r.text).toBe(status);
      expect(r.body.error?.field).toBe(field);
      expect(typeof r.body.error?.message).toBe('string');
      expect(r.body.error?.code).toBe(status === 404 ? 'not_found' : 'invalid_input');
    },
  );
});

describe('malformed requests never reach a 500', () => {
  it('refuses a body that is not JSON, and a non-JSON content type', async () => {
    const bad = await api.call('POST', '/api/applications', '{"company": "A",');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid_input', field: 'body' });
    const form = await api.call('POST', '/api/applications', 'company=A&role=B', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    expect(form.body.error?.code).toBe('unsupported_media_type');
  });

  it('refuses a body over 1 MB with 413', async () => {
    const r = await api.post('/api/applications', {
      company: 'A',
      role: 'B',
      notes: long(1_100_000),
    });
    expect(r.status).toBe(413);
    expect(r.body.error?.code).toBe('payload_too_large');
  });

  it('answers every documented route with a 4xx for garbage', async () => {
    const doc = (await api.get('/api/openapi.json')).body as { paths: Record<string, object> };
    const garbage = ['[]', 'null', '1', '"text"', '{"a":{"b":[1,2,{}]}}', '{'];
    for (const [template, ops] of Object.entries(doc.paths)) {
      const path = template.replace(/\{[^}]+\}/g, 'not-an-id');
      for (const method of Object.keys(ops)) {
        if (method === 'get') {
          const r = await api.get(`${path}?limit=-1&status=%3Cb%3E&offset=x&due=2`);
          expect(r.status, `${method} ${path}`).toBeLessThan(500);
          continue;
        }
        for (const body of garbage) {
          const r = await api.call(method.toUpperCase(), path, body);
          expect(r.status, `${method} ${path} ${body}`).toBeGreaterThanOrEqual(400);
          expect(r.status, `${method} ${path} ${body}`).toBeLessThan(500);
          expect(r.body.error).toBeDefined();
        }
      }
    }
  });

  it('never echoes raw markup in an error message', async () => {
    const r = await api.post('/api/applications', {
      company: 'A',
      role: 'B',
      '<script>alert(1)</script>': 1,
    });
    expect(r.status).toBe(400);
    expect(r.text).not.toContain('<script>');
    expect(r.body.error?.message).toContain('<script>'); // intact once parsed: escaped on the wire
    const s = await api.get('/api/applications?status=%3Cimg%20src%3Dx%3E');
    expect(s.status).toBe(400);
    expect(s.text).not.toMatch(/<img/);
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const r = await api.get('/api/nothing-here');
    expect(r.status).toBe(404);
    expect(r.body.error).toMatchObject({ code: 'not_found', field: null });
  });
});
