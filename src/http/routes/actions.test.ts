import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addApp, logInterview, testApi, type Api } from '../test/api.js';

interface ActionJson {
  id: number;
  kind: string;
  status: string;
  due: string;
  why: string;
  snoozed: boolean;
  reason: string | null;
  application_id: number | null;
}

let api: Api;
let appId: number;
beforeEach(async () => {
  api = await testApi();
  appId = await addApp(api);
  await logInterview(api, appId);
});
afterEach(() => api.cleanup());

const actions = async (path: string) => (await api.get(path)).json as ActionJson[];

describe('today and the action lists', () => {
  it("health tells the server's clock, which the UI uses for overdue", async () => {
    expect((await api.get('/api/health')).json).toMatchObject({
      ok: true,
      now: '2026-03-02T22:00:00.000Z',
    });
  });

  it('lists due and overdue actions with their why, in presentAction shape', async () => {
    const today = await actions('/api/today');
    expect(today.map((a) => a.kind)).toContain('debrief');
    for (const a of today) {
      expect(a.status).toBe('pending');
      expect(a.why.length).toBeGreaterThan(0);
      expect(a.due).toMatch(/-05:00$/); // instants carry the user's offset
      expect(a.due <= '2026-03-02T23:59:59.999-05:00').toBe(true);
    }
  });

  it('filters by status, application and due window', async () => {
    const pending = await actions('/api/actions');
    expect(pending.length).toBeGreaterThan(3);
    const window = await actions('/api/actions?from=2026-03-03&to=2026-03-04');
    expect(window.length).toBeGreaterThan(0);
    for (const a of window) expect(a.due >= '2026-03-03' && a.due < '2026-03-05').toBe(true);
    const other = await addApp(api, 'Contoso', 'SRE');
    expect(await actions(`/api/actions?application_id=${other}`)).toEqual([]);
    expect((await actions(`/api/actions?application_id=${appId}&limit=2`)).length).toBe(2);
    const first = pending[0]!;
    await api.post(`/api/actions/${first.id}/done`);
    const done = await actions('/api/actions?status=done');
    expect(done.map((a) => a.id)).toEqual([first.id]);
    expect((await actions('/api/actions?status=all')).length).toBeGreaterThan(pending.length - 1);
  });

  it('shows a change at once: the read cache follows writes', async () => {
    const before = await actions('/api/today');
    const a = before[0]!;
    await api.post(`/api/actions/${a.id}/done`);
    const after = await actions('/api/today');
    expect(after.map((x) => x.id)).not.toContain(a.id);
  });
});

describe('decisions', () => {
  it('adds a manual action (201) linked to an application', async () => {
    const r = await api.post('/api/actions', {
      title: 'Call the recruiter',
      due: '2026-03-03T09:30',
      application_id: appId,
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      title: 'Call the recruiter',
      due: '2026-03-03T09:30:00-05:00',
      origin: 'manual',
      application_id: appId,
    });
  });

  it('marks done, and refuses to decide twice (409)', async () => {
    const [a] = await actions('/api/today');
    const r = await api.post(`/api/actions/${a!.id}/done`);
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('done');
    const again = await api.post(`/api/actions/${a!.id}/done`);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'conflict', field: 'id' });
  });

  it('skips with a reason', async () => {
    const [a] = await actions('/api/today');
    const r = await api.post(`/api/actions/${a!.id}/skip`, { reason: 'did it by phone' });
    expect(r.body).toMatchObject({ status: 'skipped', reason: 'did it by phone' });
  });

  it('snoozes until a local date-time, like `snooze --until`', async () => {
    const [a] = await actions('/api/today');
    const r = await api.post(`/api/actions/${a!.id}/snooze`, { until: '2026-03-04T08:15' });
    expect(r.body).toMatchObject({ due: '2026-03-04T08:15:00-05:00', snoozed: true });
    const past = await api.post(`/api/actions/${a!.id}/snooze`, { until: '2026-03-01T08:00' });
    expect(past.status).toBe(400);
    expect(past.body.error?.field).toBe('until');
  });

  it('snoozes by days, keeping the action’s time of day', async () => {
    const [a] = await actions('/api/today');
    const clock = a!.due.slice(11, 16);
    const r = await api.post(`/api/actions/${a!.id}/snooze`, { days: 2 });
    expect(r.status).toBe(200);
    expect(r.body.due).toBe(`2026-03-04T${clock}:00-05:00`);
  });
});
