import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addApp, logInterview, testApi, type Api } from '../test/api.js';

let api: Api;
beforeEach(async () => {
  api = await testApi();
});
afterEach(() => api.cleanup());

interface SkillJson {
  id: number;
  skill: string;
  status: string;
  application_id: number | null;
  company: string | null;
  role: string | null;
  added_at: string;
  addressed_at: string | null;
}

describe('/api/skills', () => {
  it('lists the gaps a rejection kept, marks one addressed, and the brief shows the open ones', async () => {
    const northwind = await addApp(api);
    const logged = await logInterview(api, northwind, { gaps: ['Kafka consumer groups'] });
    expect(logged.plan.created.some((a) => a.kind === 'skill_gap')).toBe(true);
    expect((await api.get('/api/skills')).body).toEqual({ skills: [] });

    expect(
      (await api.post(`/api/applications/${northwind}/status`, { status: 'rejected' })).status,
    ).toBe(200);
    const list = (await api.get('/api/skills')).body.skills as SkillJson[];
    expect(list).toEqual([
      {
        id: 1,
        skill: 'Kafka consumer groups',
        status: 'open',
        application_id: northwind,
        company: 'Northwind Traders',
        role: 'Backend Engineer',
        added_at: '2026-03-02T17:00:00-05:00',
        addressed_at: null,
      },
    ]);

    const contoso = await addApp(api, 'Contoso');
    const next = await api.post('/api/interviews', {
      application_id: contoso,
      at: '2026-03-09T10:00',
    });
    expect(next.status).toBe(201);
    const ivId = (next.body.interview as { id: number }).id;
    const brief = await api.get(`/api/interviews/${ivId}/brief`);
    expect((brief.body.skills_to_build as SkillJson[]).map((s) => s.skill)).toEqual([
      'Kafka consumer groups',
    ]);

    const done = await api.post('/api/skills/1/addressed', { note: 'built a demo consumer' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ id: 1, status: 'addressed' });
    expect((await api.get('/api/skills')).body).toEqual({ skills: [] });
    const all = (await api.get('/api/skills?status=all')).body.skills as SkillJson[];
    expect(all.map((s) => s.status)).toEqual(['addressed']);
  });

  it('answers 404 naming the id for an unknown skill and 400 for a bad status', async () => {
    const missing = await api.post('/api/skills/9/addressed', {});
    expect(missing.status).toBe(404);
    expect(missing.body.error?.field).toBe('id');
    const bad = await api.get('/api/skills?status=maybe');
    expect(bad.status).toBe(400);
    expect(bad.body.error?.field).toBe('status');
  });
});
