import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApi, type Api } from './test/api.js';

let api: Api;
beforeAll(async () => {
  api = await testApi();
});
afterAll(() => api.cleanup());

interface Doc {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        summary: string;
        parameters: { name: string; in: string; schema: object }[];
        requestBody?: { content: { 'application/json': { schema: { properties?: object } } } };
      }
    >
  >;
}

/** The contract the web UI codes against (src/http/ROUTES.md). */
const CONTRACT = [
  'get /api/health',
  'get /api/openapi.json',
  'post /api/demo',
  'get /api/today',
  'get /api/actions',
  'post /api/actions',
  'post /api/actions/{id}/done',
  'post /api/actions/{id}/skip',
  'post /api/actions/{id}/snooze',
  'post /api/actions/{id}/draft',
  'get /api/applications',
  'post /api/applications',
  'get /api/applications/{id}',
  'post /api/applications/{id}/status',
  'post /api/applications/{id}/reply',
  'post /api/interviews/preview',
  'post /api/interviews',
  'get /api/interviews/{id}',
  'patch /api/interviews/{id}',
  'get /api/interviews/{id}/debrief',
  'put /api/interviews/{id}/debrief',
  'get /api/interviews/{id}/brief',
  'get /api/messages',
  'get /api/messages/{id}',
  'patch /api/messages/{id}',
  'post /api/messages/{id}/check',
  'post /api/messages/{id}/send',
  'get /api/templates',
  'get /api/questions',
  'post /api/questions/{id}/review',
  'get /api/trends',
  'get /api/settings',
  'put /api/settings/{key}',
  'post /api/settings/test-email',
];

it('is valid OpenAPI 3.1 JSON listing every route of the contract', async () => {
  const r = await api.get('/api/openapi.json');
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toContain('application/json');
  const doc = JSON.parse(r.text) as Doc;
  expect(doc.openapi).toBe('3.1.0');
  const listed = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => `${m} ${path}`),
  );
  expect(listed.sort()).toEqual(expect.arrayContaining([...CONTRACT].sort()));
  for (const ops of Object.values(doc.paths)) {
    for (const op of Object.values(ops)) expect(op.summary.length).toBeGreaterThan(0);
  }
});

it('describes inputs with the validation schemas themselves', async () => {
  const doc = (await api.get('/api/openapi.json')).json as Doc;
  const create = doc.paths['/api/applications']!.post!;
  const schema = create.requestBody!.content['application/json'].schema as {
    properties: Record<string, { maxLength?: number }>;
    required: string[];
    additionalProperties: boolean;
  };
  expect(schema.required).toEqual(['company', 'role']);
  expect(schema.properties.company!.maxLength).toBe(200);
  expect(schema.additionalProperties).toBe(false);
  const done = doc.paths['/api/actions/{id}/done']!.post!;
  expect(done.parameters).toHaveLength(1);
  expect(done.parameters[0]).toMatchObject({ name: 'id', in: 'path' });
  expect(JSON.stringify(done.parameters[0]!.schema)).toContain('pattern');
  const list = doc.paths['/api/applications']!.get!;
  expect(list.parameters.map((p) => p.name)).toEqual(['status', 'q', 'limit', 'offset']);
});

/**
 * Routes whose response the document does not describe yet. The list may only shrink: the test
 * fails for a new route without a response schema, and for a listed route that has one now.
 * (`/api/messages/{id}/file` answers a file, not JSON.)
 */
const NO_RESPONSE_YET = new Set([
  'get /api/messages/{id}/file',
  'get /api/interviews',
  'get /api/offers/compare',
  'post /api/applications/{id}/offer',
  'get /api/offers/{id}',
  'patch /api/offers/{id}',
  'post /api/offers/{id}/counter',
  'post /api/offers/{id}/negotiate',
  'post /api/offers/{id}/accept',
  'post /api/offers/{id}/decline',
  'get /api/applications/{id}/salary',
  'post /api/applications/{id}/salary',
  'put /api/applications/{id}/salary/target',
  'post /api/applications/{id}/salary/import',
  'get /api/musts',
  'post /api/musts',
  'patch /api/musts/{id}',
  'delete /api/musts/{id}',
  'get /api/rates',
  'put /api/rates',
]);

it('describes every JSON answer with the schema its presenter is typed by', async () => {
  const doc = (await api.get('/api/openapi.json')).json as {
    paths: Record<string, Record<string, { responses: Record<string, { content: Json }> }>>;
  };
  const missing: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const ok = Object.entries(op.responses).find(([code]) => /^2/.test(code))?.[1];
      const schema = ok?.content['application/json']?.schema ?? {};
      if (Object.keys(schema).length === 0) missing.push(`${method} ${path}`);
    }
  }
  const fresh = missing.filter((m) => !NO_RESPONSE_YET.has(m) && m !== 'get /api/openapi.json');
  expect(fresh).toEqual([]);
  expect([...NO_RESPONSE_YET].filter((m) => !missing.includes(m))).toEqual([]);
});

type Json = Record<string, { schema?: object } | undefined>;
