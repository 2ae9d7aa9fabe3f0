import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Hono } from 'hono';
import type { OutboxDeps } from '../../services/outbox/outbox.js';
import { fixture, type Fixture } from '../../services/test/interview-fixture.js';
import { sessionAuth } from '../auth.js';
import { createApp } from '../app.js';

export const HOST = '127.0.0.1:4747';

export interface Res {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body (null when it is not JSON). */
  json: unknown;
  /** The body as an object, for reading fields in assertions. */
  body: Record<string, unknown> & { error?: { code: string; message: string; field: string } };
}

export interface Api {
  f: Fixture;
  app: Hono;
  /** The `cookie` header of a signed-in browser, for requests made with `app.request` directly. */
  session: string;
  call: (
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<Res>;
  get: (path: string) => Promise<Res>;
  post: (path: string, body?: unknown) => Promise<Res>;
  put: (path: string, body?: unknown) => Promise<Res>;
  patch: (path: string, body?: unknown) => Promise<Res>;
  cleanup: () => Promise<void>;
}

/**
 * The app in-process (`app.request()`, no port) over a real temp SQLite database with the
 * fixture's settings and movable clock (Monday 2026-03-02 17:00 Toronto).
 */
export async function testApi(
  settings: Record<string, string> = {},
  delivery: OutboxDeps = {},
  webRoot = '/nonexistent-afterview-web',
): Promise<Api> {
  const f = await fixture(settings);
  // Auth on, as `serve` runs it: every call carries the session cookie the printed link sets
  // (a test of the refusal passes its own `cookie` header).
  const auth = sessionAuth({ secret: randomBytes(32), port: 4747 });
  const app = createApp(f.ctx, [HOST], {
    delivery: { outDir: join(f.dir, 'outbox'), timeoutMs: 5000, ...delivery },
    webRoot,
    auth,
  });
  const session = `${auth.cookieName}=${auth.sessionCookie()}`;
  const call: Api['call'] = async (method, path, body, headers = {}) => {
    const init: RequestInit = { method, headers: { host: HOST, cookie: session, ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      init.headers = {
        'content-type': 'application/json',
        host: HOST,
        cookie: session,
        ...headers,
      };
    }
    const r = await app.request(`http://${HOST}${path}`, init);
    const text = await r.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return {
      status: r.status,
      headers: r.headers,
      text,
      json,
      body: (json ?? {}) as Res['body'],
    };
  };
  return {
    f,
    app,
    session,
    call,
    get: (p) => call('GET', p),
    post: (p, b) => call('POST', p, b),
    put: (p, b) => call('PUT', p, b),
    patch: (p, b) => call('PATCH', p, b),
    cleanup: f.cleanup,
  };
}

/** An application added through the API; returns its id. */
export async function addApp(api: Api, company = 'Northwind Traders', role = 'Backend Engineer') {
  const r = await api.post('/api/applications', { company, role });
  if (r.status !== 201) throw new Error(`add application: ${r.status} ${r.text}`);
  return r.body.id as number;
}

/** A held interview with two interviewers, logged through the API. */
export async function logInterview(api: Api, appId: number, extra: Record<string, unknown> = {}) {
  const r = await api.post('/api/interviews', {
    application_id: appId,
    at: '2026-03-02T13:00',
    duration: '45m',
    interviewers: ['Priya Raman <priya@northwind.example>', { name: 'Tom Becker' }],
    topics: ['event sourcing for billing'],
    decision_by: '2026-03-06',
    owe: ['my references'],
    ...extra,
  });
  if (r.status !== 201) throw new Error(`log interview: ${r.status} ${r.text}`);
  return r.body as {
    interview: { id: number };
    plan: { created: { id: number; kind: string }[] };
  };
}
