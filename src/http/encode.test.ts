import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, encodeJson, matchesEtag } from './encode.js';
import { HOST, addApp, testApi, type Api } from './test/api.js';

describe('encodings', () => {
  it('gzips bodies worth it, once, and reads Accept-Encoding like a browser sends it', () => {
    const big = encodeJson(JSON.stringify({ items: Array(200).fill('event sourcing') }));
    expect(gunzipSync(big.gzip!).equals(Buffer.from(big.raw))).toBe(true);
    expect(encodeJson('{"ok":true}').gzip).toBeNull();
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1, gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(matchesEtag(`"x", ${big.etag}`, big.etag)).toBe(true);
    expect(matchesEtag('"other"', big.etag)).toBe(false);
  });
});

describe('cached GETs over HTTP', () => {
  let api: Api;
  beforeAll(async () => {
    api = await testApi();
    for (let i = 0; i < 30; i++) await addApp(api, `Company ${i}`, 'Backend Engineer');
  });
  afterAll(() => api.cleanup());

  const get = (headers: Record<string, string>) =>
    api.app.request(`http://${HOST}/api/applications`, {
      headers: { host: HOST, cookie: api.session, ...headers },
    });

  it('serves gzip to clients that accept it, the same JSON otherwise', async () => {
    const plain = await get({});
    const zipped = await get({ 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('accept-encoding');
    const unzipped = gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8');
    expect(unzipped).toBe(await plain.text());
  });

  it('answers 304 while unchanged, and a new body after a write', async () => {
    const first = await get({});
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    const same = await get({ 'if-none-match': etag });
    expect(same.status).toBe(304);
    await addApp(api, 'Fabrikam', 'SRE');
    const changed = await get({ 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain('Fabrikam');
  });
});
