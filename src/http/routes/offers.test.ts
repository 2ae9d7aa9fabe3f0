import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addApp, testApi, type Api } from '../test/api.js';

let api: Api;
beforeEach(async () => {
  api = await testApi();
});
afterEach(() => api.cleanup());

describe('salary, musts and offers over HTTP', () => {
  it('records research, musts, two offers and a rate, and compares them', async () => {
    const a = await addApp(api, 'Initech', 'Backend Engineer');
    const b = await addApp(api, 'Globex', 'Backend Engineer');
    const s = await api.post(`/api/applications/${String(a)}/salary`, {
      low: 95000,
      median: 110000,
      high: 125000,
      currency: 'cad',
    });
    expect(s.status).toBe(201);
    expect(s.body).toMatchObject({ summary: { currency: 'CAD', yearly_median: 110000 } });
    expect(
      (
        await api.post('/api/musts', {
          criterion: 'base_salary',
          importance: 'must',
          threshold: '110000',
          currency: 'CAD',
        })
      ).status,
    ).toBe(201);
    expect(
      (await api.post(`/api/applications/${String(a)}/offer`, { base: 108000, currency: 'CAD' }))
        .status,
    ).toBe(201);
    expect(
      (await api.post(`/api/applications/${String(b)}/offer`, { base: 80000, currency: 'EUR' }))
        .status,
    ).toBe(201);
    expect((await api.put('/api/rates', { from: 'EUR', to: 'CAD', rate: 1.5 })).status).toBe(200);
    const c = await api.get('/api/offers/compare');
    expect(c.json).toMatchObject({ currency: 'CAD', best: 2, cannot_compare: [] });
  });

  it('answers 4xx naming the field, and saves nothing', async () => {
    const a = await addApp(api, 'Initech', 'Backend Engineer');
    const bad: [string, unknown, string][] = [
      [`/api/applications/${String(a)}/offer`, { base: -1, currency: 'CAD' }, 'base'],
      [
        `/api/applications/${String(a)}/offer`,
        { base: 1, currency: 'CAD', vacation_days: 367 },
        'vacation_days',
      ],
      [`/api/applications/${String(a)}/offer`, { base: 1, currency: 'EURO' }, 'currency'],
      [
        `/api/applications/${String(a)}/offer`,
        { base: 1, currency: 'CAD', deadline: '2020-01-01' },
        'deadline',
      ],
      ['/api/musts', { criterion: 'start_date', importance: 'must', threshold: '12' }, 'threshold'],
    ];
    for (const [path, body, field] of bad) {
      const r = await api.post(path, body);
      expect([r.status, (r.json as { error: { field: string } }).error.field], path).toEqual([
        400,
        field,
      ]);
    }
    const none = await api.get('/api/offers/compare?all=true');
    expect((none.json as { offers: unknown[] }).offers).toEqual([]);
    expect((await api.get('/api/musts')).json).toEqual([]);
  });
});
