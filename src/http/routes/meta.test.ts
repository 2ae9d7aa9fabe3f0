import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrationFiles } from '../../store/migrations.js';
import { testApi, type Api } from '../test/api.js';

let api: Api;
beforeEach(async () => {
  api = await testApi();
});
afterEach(() => api.cleanup());

describe('GET /api/health', () => {
  it('reports the clock, the database and no queue (none runs in tests)', async () => {
    const r = await api.get('/api/health');
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      ok: true,
      now: '2026-03-02T22:00:00.000Z',
      database: {
        dialect: 'sqlite',
        ok: true,
        latencyMs: expect.any(Number) as number,
        schemaVersion: Math.max(...migrationFiles('sqlite').map((m) => m.id)),
      },
      queue: null,
    });
    // Counts and states only: nothing of the user's (the fixture's name and address).
    expect(r.text).not.toMatch(/Alex|example\.com/);
  });

  it('answers 503 with ok: false when the database is down, not a 500', async () => {
    await api.f.ctx.store.close();
    const r = await api.get('/api/health');
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({ ok: false, database: { ok: false, schemaVersion: 0 } });
    expect(r.text).not.toMatch(/stack|Error/);
  });

  it('documents the 503 in the OpenAPI document', async () => {
    const doc = (await api.get('/api/openapi.json')).json as {
      paths: Record<string, { get: { responses: Record<string, unknown> } }>;
    };
    expect(Object.keys(doc.paths['/api/health']?.get.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '503']),
    );
  });
});
