import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST, testApi, type Api } from './test/api.js';

/** Host/Origin checks, security headers, no CORS, and serving the built web UI. */

let api: Api;
let web: string;

beforeAll(async () => {
  web = mkdtempSync(join(tmpdir(), 'afterview-web-'));
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Afterview UI</title>');
  writeFileSync(join(web, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(web, 'secret.txt'), 'not an asset');
  api = await testApi({}, {}, web);
});
afterAll(async () => {
  await api.cleanup();
  rmSync(web, { recursive: true, force: true });
});

describe('Host and Origin (DNS rebinding, cross-site requests)', () => {
  it('refuses a Host that is not this server', async () => {
    const r = await api.call('GET', '/api/today', undefined, { host: 'evil.example:4747' });
    expect(r.status).toBe(403);
    expect(r.body.error).toMatchObject({ code: 'forbidden_host', field: 'host' });
  });

  it('refuses a foreign Origin on a state-changing request, and writes nothing', async () => {
    const r = await api.call(
      'POST',
      '/api/applications',
      { company: 'Evil', role: 'Phish' },
      { origin: 'https://evil.example' },
    );
    expect(r.status).toBe(403);
    expect(r.body.error?.code).toBe('forbidden_origin');
    expect((await api.get('/api/applications')).json).toEqual([]);
  });

  it('accepts its own Origin, and none (curl, the CLI)', async () => {
    const own = await api.call(
      'POST',
      '/api/applications',
      { company: 'Northwind', role: 'SRE' },
      { origin: `http://${HOST}` },
    );
    expect(own.status).toBe(201);
    expect((await api.post('/api/applications', { company: 'Contoso', role: 'SRE' })).status).toBe(
      201,
    );
  });

  it('lets a foreign Origin read nothing it could use: no CORS headers at all', async () => {
    const r = await api.call('GET', '/api/applications', undefined, {
      origin: 'https://evil.example',
    });
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await api.call('OPTIONS', '/api/applications', undefined, {
      origin: 'https://evil.example',
      'access-control-request-method': 'POST',
    });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-methods')).toBeNull();
  });
});

describe('security headers', () => {
  it.each([
    '/api/health',
    '/api/today',
    '/api/nothing',
    '/',
    '/assets/index-abc123.js',
    '/pipeline',
  ])('%s carries CSP, nosniff and frame-ancestors none', async (path) => {
    const r = await api.get(path);
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('on refusals too', async () => {
    const r = await api.call('GET', '/api/health', undefined, { host: 'evil.example' });
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('the web UI', () => {
  it('serves index.html for / and for client-side routes (SPA fallback)', async () => {
    for (const path of ['/', '/pipeline', '/applications/3']) {
      const r = await api.get(path);
      expect(r.status).toBe(200);
      expect(r.text).toContain('Afterview UI');
      expect(r.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves hashed assets with long cache headers, and nothing outside assets/', async () => {
    const r = await api.get('/assets/index-abc123.js');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/javascript');
    expect(r.headers.get('cache-control')).toContain('immutable');
    expect((await api.get('/assets/missing.js')).status).toBe(404);
    for (const escape of ['/assets/..%2fsecret.txt', '/assets/%2e%2e/secret.txt']) {
      expect((await api.get(escape)).text).not.toContain('not an asset');
    }
  });

  it('keeps /api out of the fallback', async () => {
    const r = await api.get('/api/no-such-thing');
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toContain('application/json');
  });

  it('shows the placeholder page when no build exists', async () => {
    const bare = await testApi();
    try {
      const r = await bare.get('/');
      expect(r.status).toBe(200);
      expect(r.text).toContain('<h1>Afterview</h1>');
    } finally {
      await bare.cleanup();
    }
  });
});
