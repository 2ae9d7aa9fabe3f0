import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addApp, logInterview, testApi, type Api } from '../test/api.js';

let api: Api;

beforeEach(async () => {
  api = await testApi();
  const app = await addApp(api);
  await logInterview(api, app);
  const other = await addApp(api, 'Globex', 'Platform Engineer');
  for (const at of ['2026-03-05T09:30', '2026-03-12T14:00']) {
    const r = await api.post('/api/interviews', { application_id: other, at, kind: 'onsite' });
    expect(r.status).toBe(201);
  }
});
afterEach(() => api.cleanup());

interface Row {
  company: string;
  role: string;
  round: number;
  state: string;
  start: string;
  interviewers: string[];
}

describe('GET /api/interviews', () => {
  it("lists the week's interviews, held and scheduled, soonest first, with company and role", async () => {
    const r = await api.get('/api/interviews?from=2026-03-02&to=2026-03-08');
    expect(r.status).toBe(200);
    const rows = r.json as Row[];
    expect(rows.map((i) => [i.company, i.round, i.state, i.start])).toEqual([
      ['Northwind Traders', 1, 'held', '2026-03-02T13:00:00-05:00'],
      ['Globex', 1, 'scheduled', '2026-03-05T09:30:00-05:00'],
    ]);
    expect(rows[0]?.interviewers).toEqual(['Priya Raman', 'Tom Becker']);
    expect(rows[1]?.role).toBe('Platform Engineer');
  });

  it('takes a date-time window and a limit', async () => {
    const r = await api.get('/api/interviews?from=2026-03-03T00:00&limit=1');
    expect((r.json as Row[]).map((i) => i.start)).toEqual(['2026-03-05T09:30:00-05:00']);
  });

  it('refuses a window that ends before it starts, and a missing start, naming the field', async () => {
    const back = await api.get('/api/interviews?from=2026-03-09&to=2026-03-02');
    expect(back.status).toBe(400);
    expect(back.body.error?.field).toBe('from');
    const none = await api.get('/api/interviews');
    expect(none.status).toBe(400);
    expect(none.body.error?.field).toBe('from');
  });
});
