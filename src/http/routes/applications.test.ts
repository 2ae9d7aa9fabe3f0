import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addApp, logInterview, testApi, type Api } from '../test/api.js';

interface AppJson {
  id: number;
  company: string;
  role: string;
  status: string;
}

let api: Api;
beforeEach(async () => {
  api = await testApi();
});
afterEach(() => api.cleanup());

const list = async (q = '') => (await api.get(`/api/applications${q}`)).json as AppJson[];

describe('the pipeline', () => {
  it('adds (201) and lists, newest activity first, with status filter and paging', async () => {
    const r = await api.post('/api/applications', {
      company: 'Northwind Traders',
      role: 'Backend Engineer',
      url: 'https://northwind.example/jobs/1',
      status: 'saved',
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      company: 'Northwind Traders',
      status: 'saved',
      applied_on: null,
    });
    await addApp(api, 'Contoso', 'SRE');
    await addApp(api, 'Fabrikam', 'Data Engineer');
    expect((await list()).map((a) => a.company)).toEqual([
      'Fabrikam',
      'Contoso',
      'Northwind Traders',
    ]);
    expect((await list('?status=saved')).map((a) => a.company)).toEqual(['Northwind Traders']);
    expect((await list('?limit=1&offset=1')).map((a) => a.company)).toEqual(['Contoso']);
  });

  it('searches company and role, every word, case-insensitively; % and _ are literal', async () => {
    await addApp(api, 'Northwind Traders', 'Backend Engineer');
    await addApp(api, 'Contoso', 'Site Reliability Engineer');
    await addApp(api, '100% Remote_Co', 'Backend Lead');
    expect((await list('?q=engineer')).length).toBe(2);
    expect((await list('?q=BACKEND%20northwind')).map((a) => a.company)).toEqual([
      'Northwind Traders',
    ]);
    expect((await list('?q=100%25')).map((a) => a.company)).toEqual(['100% Remote_Co']);
    expect(await list('?q=e_g')).toEqual([]);
  });

  it('refuses what the CLI refuses, with the same words', async () => {
    const r = await api.post('/api/applications', { company: '  ', role: 'SRE' });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'invalid_input', field: 'company' });
    const url = await api.post('/api/applications', { company: 'A', role: 'B', url: 'nope' });
    expect(url.body.error?.field).toBe('url');
  });
});

describe('one application', () => {
  it('has a timeline: events, interviews, actions, messages, contacts', async () => {
    const id = await addApp(api);
    const logged = await logInterview(api, id);
    const thanks = logged.plan.created.find((a) => a.kind === 'thank_you')!;
    await api.post(`/api/actions/${thanks.id}/draft`, {});
    const r = await api.get(`/api/applications/${id}`);
    expect(r.status).toBe(200);
    const t = r.body as unknown as {
      application: AppJson;
      events: { kind: string; to_status: string | null }[];
      interviews: { id: number }[];
      actions: { kind: string }[];
      messages: { kind: string; recipient: { name: string } }[];
      contacts: { name: string; relationship: string }[];
    };
    expect(t.application).toMatchObject({ id, status: 'interviewing' });
    expect(t.events.map((e) => e.kind)).toEqual(['created', 'status', 'interview_logged']);
    expect(t.interviews.map((i) => i.id)).toEqual([logged.interview.id]);
    expect(t.actions.map((a) => a.kind)).toContain('follow_up');
    expect(t.messages).toHaveLength(1);
    expect(t.messages[0]).toMatchObject({ kind: 'thank_you', recipient: { name: 'Priya Raman' } });
    expect(t.contacts.map((c) => c.name)).toEqual(['Priya Raman', 'Tom Becker']);
  });

  it('moves along the status machine and returns the plan', async () => {
    const id = await addApp(api);
    await logInterview(api, id);
    const r = await api.post(`/api/applications/${id}/status`, {
      status: 'rejected',
      reason: 'went with an internal candidate',
    });
    expect(r.status).toBe(200);
    const body = r.body as { application: AppJson; plan: { created: { kind: string }[] } };
    expect(body.application.status).toBe('rejected');
    expect(body.plan.created.map((a) => a.kind)).toContain('feedback_request');
    const back = await api.post(`/api/applications/${id}/status`, { status: 'applied' });
    expect(back.status).toBe(409); // an illegal transition is a conflict with the current state
    expect(back.body.error?.field).toBe('status');
  });

  it('records a reply: pending follow-ups are cancelled', async () => {
    const id = await addApp(api);
    await logInterview(api, id);
    const r = await api.post(`/api/applications/${id}/reply`, { note: 'Second round Friday' });
    expect(r.status).toBe(200);
    const followUps = (
      (await api.get(`/api/actions?application_id=${id}&status=all`)).json as {
        kind: string;
        status: string;
      }[]
    ).filter((a) => a.kind === 'follow_up');
    expect(followUps.every((a) => a.status === 'cancelled')).toBe(true);
  });
});

describe('demo', () => {
  it('loads the demo once (201), then refuses (409)', async () => {
    const r = await api.post('/api/demo');
    expect(r.status).toBe(201);
    expect(r.body.applications).toBeGreaterThan(5);
    expect((await list()).length).toBe(r.body.applications);
    expect((await api.post('/api/demo')).status).toBe(409);
  });
});
