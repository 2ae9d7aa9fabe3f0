import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TestSmtp } from '../../adapters/test/smtp.js';
import { addApp, logInterview, testApi, type Api } from '../test/api.js';

interface Finding {
  rule: string;
  severity: string;
  field: string;
  start: number;
  end: number;
}
interface MessageJson {
  id: number;
  state: string;
  subject: string;
  body: string;
  findings: Finding[];
  outcome?: string;
}

let smtp: TestSmtp;
let api: Api;
let messageId: number;

beforeAll(async () => {
  smtp = await TestSmtp.start();
});
afterAll(() => smtp.close());
beforeEach(async () => {
  api = await testApi({
    'smtp.host': '127.0.0.1',
    'smtp.port': String(smtp.port),
    'smtp.require_tls': 'false',
  });
  smtp.received.length = 0;
  smtp.mode = 'accept';
  const logged = await logInterview(api, await addApp(api));
  const thanks = logged.plan.created.find((a) => a.kind === 'thank_you')!;
  const d = await api.post(`/api/actions/${thanks.id}/draft`, {});
  expect(d.status).toBe(201);
  messageId = d.body.id as number;
});
afterEach(() => api.cleanup());

const msg = (r: { body: unknown }) => r.body as MessageJson;

describe('the composer', () => {
  it('drafts once (201), then drafts again over the unsent draft (200)', async () => {
    const m = msg(await api.get(`/api/messages/${messageId}`));
    expect(m.state).toBe('draft');
    expect(m.body).toContain('Priya');
    const unsent = (await api.get('/api/messages')).json as MessageJson[];
    expect(unsent.map((x) => x.id)).toEqual([messageId]);
    expect((await api.get('/api/messages?status=sent')).json).toEqual([]);
  });

  it('edits and returns findings with character offsets into the text', async () => {
    const text = 'Dear Priya,\n\nThanks for today. Please let me know when you decide.\n\nAlex';
    const r = await api.patch(`/api/messages/${messageId}`, { body: text });
    expect(r.status).toBe(200);
    const m = msg(r);
    const request = m.findings.find((f) => f.rule === 'no_request');
    expect(request).toMatchObject({ severity: 'error', field: 'body' });
    expect(m.body.slice(request!.start, request!.end).toLowerCase()).toContain('let me know');
  });

  it('checks unsaved text without saving it', async () => {
    const before = msg(await api.get(`/api/messages/${messageId}`)).body;
    const r = await api.post(`/api/messages/${messageId}/check`, {
      body: 'Dear Priya, any update on my application? {{topic}}',
    });
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeGreaterThanOrEqual(2);
    const rules = (r.body.findings as Finding[]).map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['no_request', 'placeholder']));
    expect(msg(await api.get(`/api/messages/${messageId}`)).body).toBe(before);
  });

  it('blocks sending with 409 while the check has errors, and sends nothing', async () => {
    await api.patch(`/api/messages/${messageId}`, {
      body: 'Dear Priya,\n\nWhen will I hear back? Let me know.\n\nAlex',
    });
    const r = await api.post(`/api/messages/${messageId}/send`, {});
    expect(r.status).toBe(409);
    expect(r.body.error?.code).toBe('conflict');
    expect(r.body.error?.message).toMatch(/check error/);
    expect(smtp.received).toHaveLength(0);
    expect(msg(await api.get(`/api/messages/${messageId}`)).state).toBe('draft');
  });

  it('sends a clean draft over SMTP once; a second send is refused', async () => {
    const r = await api.post(`/api/messages/${messageId}/send`, {});
    expect(r.status, r.text).toBe(200);
    expect(msg(r)).toMatchObject({ state: 'sent', outcome: 'sent' });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(['priya@northwind.example']);
    const again = await api.post(`/api/messages/${messageId}/send`, {});
    expect(again.status).toBe(409);
    expect(smtp.received).toHaveLength(1);
  });

  it('lists templates, filtered by kind', async () => {
    const all = (await api.get('/api/templates')).json as { kind: string }[];
    const thanks = (await api.get('/api/templates?kind=thank_you')).json as { kind: string }[];
    expect(thanks.length).toBeGreaterThan(0);
    expect(thanks.length).toBeLessThan(all.length);
    expect(thanks.every((t) => t.kind === 'thank_you')).toBe(true);
  });
});

describe('settings', () => {
  it('never returns a secret, only whether it is set', async () => {
    const put = await api.put('/api/settings/smtp.password', { value: 'hunter2-secret' });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ key: 'smtp.password', value: null, secret: true, set: true });
    expect(put.text).not.toContain('hunter2');
    const all = await api.get('/api/settings');
    expect(all.text).not.toContain('hunter2');
    const rows = all.json as { key: string; value: string | null; set: boolean }[];
    expect(rows.find((s) => s.key === 'smtp.password')).toMatchObject({ value: null, set: true });
    expect(rows.find((s) => s.key === 'timezone')).toMatchObject({ value: 'America/Toronto' });
  });

  it('changes a setting, validated like `settings set`', async () => {
    const r = await api.put('/api/settings/weekly_goal', { value: 8 });
    expect(r.body).toMatchObject({ key: 'weekly_goal', value: '8', set: true });
    expect((await api.put('/api/settings/weekly_goal', { value: -1 })).status).toBe(400);
  });

  it('sends a test e-mail through the configured server and says what happened', async () => {
    const r = await api.post('/api/settings/test-email', {});
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, to: 'alex@example.com', error: null });
    expect(smtp.received).toHaveLength(1);
    smtp.mode = 'reject';
    const refused = await api.post('/api/settings/test-email', { to: 'Sam <sam@example.com>' });
    expect(refused.body).toMatchObject({ ok: false, to: 'sam@example.com' });
    expect(refused.text).toMatch(/"error":"[^"]*550/);
  });

  it('names the missing setting when no SMTP server is configured', async () => {
    await api.put('/api/settings/smtp.host', { value: '' });
    const r = await api.post('/api/settings/test-email', {});
    expect(r.status).toBe(400);
    expect(r.body.error?.field).toBe('smtp.host');
  });
});
