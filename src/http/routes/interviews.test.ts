import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addApp, logInterview, testApi, type Api } from '../test/api.js';

let api: Api;
let appId: number;
beforeEach(async () => {
  api = await testApi();
  appId = await addApp(api);
});
afterEach(() => api.cleanup());

/** Every row of every table, read through a second connection: what is really on disk. */
function dump(dir: string): string {
  const db = new Database(join(dir, 'afterview.db'), { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]));
  } finally {
    db.close();
  }
}

const body = (extra: Record<string, unknown> = {}) => ({
  application_id: appId,
  at: '2026-03-02T13:00',
  duration: 45,
  kind: 'video',
  interviewers: [{ name: 'Priya Raman', email: 'priya@northwind.example' }, 'Tom Becker'],
  topics: ['event sourcing for billing'],
  decision_by: '2026-03-06',
  late: true,
  owe: ['my references'],
  ...extra,
});

describe('preview', () => {
  it('returns the plan saving would create, and leaves the database unchanged', async () => {
    const before = dump(api.f.dir);
    const p = await api.post('/api/interviews/preview', body());
    expect(p.status).toBe(200);
    expect(dump(api.f.dir)).toBe(before);
    const preview = p.body as {
      preview: boolean;
      mode: string;
      interview: { state: string; late: boolean };
      plan: { created: { kind: string; title: string; due: string }[] };
    };
    expect(preview).toMatchObject({ preview: true, mode: 'log' });
    expect(preview.interview).toMatchObject({ state: 'held', late: true });

    const saved = await api.post('/api/interviews', body());
    expect(saved.status).toBe(201);
    const plan = (saved.body as typeof preview).plan.created;
    // The preview is exactly what saving did (ids aside).
    const strip = (xs: { kind: string; title: string; due: string }[]) =>
      xs.map((a) => [a.kind, a.title, a.due]);
    expect(strip(preview.plan.created)).toEqual(strip(plan));
  });

  it('refuses what saving would refuse, still writing nothing', async () => {
    const before = dump(api.f.dir);
    const r = await api.post('/api/interviews/preview', body({ kind: 'lunch' }));
    expect(r.status).toBe(400);
    expect(r.body.error?.field).toBe('kind');
    expect(dump(api.f.dir)).toBe(before);
  });
});

describe('interviews', () => {
  it('logs a past interview and schedules a future one (mode from `at`)', async () => {
    const held = await logInterview(api, appId);
    expect(held.plan.created.map((a) => a.kind)).toEqual(
      expect.arrayContaining(['debrief', 'thank_you', 'follow_up', 'send_documents']),
    );
    const next = await api.post('/api/interviews', body({ at: '2026-03-05T10:30', late: false }));
    expect(next.status).toBe(201);
    expect(next.body).toMatchObject({ mode: 'schedule', interview: { state: 'scheduled' } });
    const wrong = await api.post('/api/interviews', body({ mode: 'schedule' }));
    expect(wrong.status).toBe(400);
    expect(wrong.body.error?.field).toBe('at');
  });

  it('reads one with its application, and changes it (PATCH)', async () => {
    const { interview } = await logInterview(api, appId);
    const r = await api.get(`/api/interviews/${interview.id}`);
    expect(r.body).toMatchObject({
      interview: { id: interview.id, duration_min: 45 },
      application: { id: appId },
    });
    const p = await api.patch(`/api/interviews/${interview.id}`, {
      follow_up_on: '2026-03-10',
      topics: ['on-call rotations'],
    });
    expect(p.status).toBe(200);
    expect(p.body).toMatchObject({
      interview: { follow_up_on: '2026-03-10', topics: ['on-call rotations'] },
    });
    const after = await api.get(`/api/interviews/${interview.id}`);
    expect(after.body).toMatchObject({ interview: { follow_up_on: '2026-03-10' } });
  });
});

describe('debrief, brief, questions, trends', () => {
  it('saves a debrief, feeds the question bank, and reviews a card', async () => {
    const { interview } = await logInterview(api, appId);
    expect((await api.get(`/api/interviews/${interview.id}/debrief`)).status).toBe(404);
    const r = await api.put(`/api/interviews/${interview.id}/debrief`, {
      checks: { on_time: 'yes', researched: 'partly: skimmed the blog' },
      overall: 3,
      improve: ['shorter answers'],
      gaps: ['Kafka consumer groups'],
      questions: [
        {
          text: 'How do you keep events consistent?',
          answer: 'vague',
          rating: 1,
          better_answer: 'Outbox table, idempotent consumers',
        },
      ],
    });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({
      created: true,
      overall: 3,
      skill_gaps: ['Kafka consumer groups'],
    });
    expect((r.body.completed_action as { kind: string }).kind).toBe('debrief');
    const saved = await api.get(`/api/interviews/${interview.id}/debrief`);
    expect(saved.body).toMatchObject({ improve: ['shorter answers'] });

    const bank = (await api.get('/api/questions')).json as { id: number; text: string }[];
    expect(bank.map((q) => q.text)).toEqual(['How do you keep events consistent?']);
    const review = await api.post(`/api/questions/${bank[0]!.id}/review`, { rating: 'good' });
    expect(review.status).toBe(200);
    expect((review.body.review_log as unknown[]).length).toBe(1);
    expect((await api.post(`/api/questions/${bank[0]!.id}/review`, { rating: 7 })).status).toBe(
      400,
    );

    const trends = await api.get('/api/trends');
    expect(trends.status).toBe(200);
  });

  it('briefs an upcoming interview', async () => {
    await logInterview(api, appId);
    const next = await api.post('/api/interviews', body({ at: '2026-03-05T10:30' }));
    const id = (next.body.interview as { id: number }).id;
    const r = await api.get(`/api/interviews/${id}/brief`);
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.body)).toContain('Priya Raman');
  });
});
