import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addApp, logInterview, testApi, type Api } from '../test/api.js';

let api: Api;

beforeEach(async () => {
  api = await testApi();
});
afterEach(() => api.cleanup());

interface Card {
  id: number;
  company: string;
  status: string;
  next_action: { kind: string; title: string; due: string } | null;
  last_activity: string;
  stale: boolean;
}

describe('GET /api/pipeline', () => {
  it('gives each card its next pending action and last activity', async () => {
    const interviewed = await addApp(api);
    await logInterview(api, interviewed);
    await addApp(api, 'Globex', 'Platform Engineer');
    const r = await api.get('/api/pipeline');
    expect(r.status).toBe(200);
    const cards = r.json as Card[];
    const nw = cards.find((c) => c.id === interviewed)!;
    expect(nw.next_action?.kind).toBe('debrief');
    expect(nw.last_activity).toMatch(/^2026-03-02T17:00:00-05:00$/);
    expect(nw.stale).toBe(false);
    const globex = cards.find((c) => c.company === 'Globex')!;
    expect(globex.next_action).toBeNull();
  });

  it('marks an open application with no activity for 14 days as stale', async () => {
    await addApp(api);
    api.f.at('2026-03-17T17:00:00.000Z');
    const cards = (await api.get('/api/pipeline')).json as Card[];
    expect(cards.map((c) => c.stale)).toEqual([true]);
  });

  it('refuses a limit out of range, naming the field', async () => {
    const r = await api.get('/api/pipeline?limit=0');
    expect(r.status).toBe(400);
    expect(r.body.error?.field).toBe('limit');
  });
});
