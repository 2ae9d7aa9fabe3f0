import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addApp, testApi, type Api } from '../test/api.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'linkedin');
const b64 = (name: string) => readFileSync(join(FIXTURES, name)).toString('base64');

let api: Api;
beforeEach(async () => {
  api = await testApi();
});
afterEach(() => api.cleanup());

describe('contacts and the LinkedIn import over HTTP', () => {
  it('imports an export, lists, shows, edits and merges contacts', async () => {
    const app = await addApp(api, 'Globex', 'Engineer');
    const imp = await api.post('/api/contacts/import', { file: b64('Connections-crlf-bom.csv') });
    expect(imp.status).toBe(200);
    expect(imp.body).toMatchObject({ read: 10, new: 10, matched: 2 });
    const list = await api.get('/api/contacts?q=globex');
    expect(list.body).toMatchObject({ total: 10 });
    const people = (list.body.contacts as { id: number; name: string }[]).map((c) => c.name);
    expect(people).toEqual(['Dana Okafor', 'Luis Ortega']);
    const dana = (list.body.contacts as { id: number }[])[0]?.id ?? 0;
    const shown = await api.get(`/api/contacts/${String(dana)}`);
    expect(shown.body).toMatchObject({
      company: 'Globex Corporation',
      company_id: expect.any(Number) as number,
      source: 'linkedin',
      connected_on: '2024-11-07',
      applications: [{ id: app, via: 'company' }],
    });
    const added = await api.post('/api/contacts', { name: 'Dana O.', phone: '555-0100' });
    expect(added.status).toBe(201);
    const edited = await api.patch(`/api/contacts/${String(added.body.id)}`, {
      notes: 'same Dana',
    });
    expect(edited.body).toMatchObject({ notes: 'same Dana' });
    const merged = await api.post(`/api/contacts/${String(dana)}/merge`, { drop: added.body.id });
    expect(merged.body).toMatchObject({ phone: '555-0100', notes: 'same Dana' });
    expect((await api.get(`/api/contacts/${String(added.body.id)}`)).status).toBe(404);
  });

  it('answers 4xx naming the field and imports nothing on bad input', async () => {
    for (const [body, field] of [
      [{ file: b64('not-linkedin.csv') }, 'file'],
      [{ file: b64('invalid-utf8.csv') }, 'file'],
      [{ file: 'not base64!' }, 'file'],
      [{}, 'file'],
    ] as const) {
      const r = await api.post('/api/contacts/import', body);
      expect(r.status).toBe(400);
      expect(r.body.error?.field).toBe(field);
    }
    const big = await api.post('/api/contacts/import', { file: 'A'.repeat(15 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect((await api.post('/api/contacts', { name: 'X', email: 'nope' })).body.error?.field).toBe(
      'email',
    );
    expect((await api.get('/api/contacts')).body).toMatchObject({ total: 0 });
  });
});

describe('GET /api/health/pipeline', () => {
  it('lists at most `limit` stale applications, most stale first, and counts them all', async () => {
    api.f.at('2026-01-05T15:00:00.000Z');
    for (const company of ['Acme', 'Globex', 'Initech']) await addApp(api, company, 'Engineer');
    api.f.at('2026-03-02T15:00:00.000Z');
    const all = await api.get('/api/health/pipeline');
    expect(all.status).toBe(200);
    expect(all.body.stale_count).toBe(3);
    expect(all.body.stale).toHaveLength(3);
    const two = await api.get('/api/health/pipeline?limit=2');
    expect(two.body).toMatchObject({ stale_count: 3, active: 3 });
    expect(two.body.stale).toEqual((all.body.stale as unknown[]).slice(0, 2));
    expect((await api.get('/api/health/pipeline?limit=0')).status).toBe(400);
  });

  it('lists at most `limit` companies by response time, and counts them all', async () => {
    api.f.at('2026-02-02T15:00:00.000Z');
    const ids: number[] = [];
    for (const company of ['Acme', 'Globex', 'Initech']) {
      const id = await addApp(api, company, 'Engineer');
      await api.post(`/api/applications/${String(id)}/status`, { status: 'applied' });
      ids.push(id);
    }
    api.f.at('2026-02-09T15:00:00.000Z');
    for (const id of ids) {
      await api.post(`/api/applications/${String(id)}/status`, { status: 'interviewing' });
    }
    const all = await api.get('/api/health/pipeline');
    expect(all.body.response_days).toMatchObject({ company_count: 3, responses: 3 });
    const byName = (all.body.response_days as { by_company: { company: string }[] }).by_company;
    expect(byName.map((c) => c.company)).toEqual(['Acme', 'Globex', 'Initech']);
    const one = await api.get('/api/health/pipeline?limit=1');
    expect(one.body.response_days).toMatchObject({ company_count: 3, by_company: [byName[0]] });
  });
});
