import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono, MiddlewareHandler } from 'hono';
import { placeholderPage } from './page.js';

/**
 * The web UI's built files (Vite output in dist/web/): hashed assets with long cache headers,
 * and index.html for every other non-API GET so the UI's client-side routes work on reload.
 * Until a build exists, the placeholder page.
 */

/** dist/web/ of this package, from src/http/ (tests, tsc output) or dist/bundle/ alike. */
export const defaultWebRoot = (): string =>
  fileURLToPath(new URL('../../dist/web/', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Security headers on every response. CSP: only our own origin, no inline script or style, no
 * third-party anything (the e2e suite runs the UI under exactly this policy).
 */
const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  [
    'content-security-policy',
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  ],
  ['x-content-type-options', 'nosniff'],
  ['x-frame-options', 'DENY'],
  ['referrer-policy', 'no-referrer'],
  ['cross-origin-opener-policy', 'same-origin'],
];

/** Responses built with the headers already in them (the hot cached reads). */
const secured = new WeakSet<Response>();

/** The security headers plus `headers`, as one plain object to build once and reuse. */
export const withSecurityHeaders = (
  headers: Record<string, string>,
): Readonly<Record<string, string>> => ({ ...Object.fromEntries(SECURITY_HEADERS), ...headers });

/**
 * A response whose headers (from `withSecurityHeaders`) are one plain, prebuilt object: the Node
 * adapter then writes it without building a Fetch `Headers` per request, which matters at
 * thousands of requests a second.
 */
export function securedResponse(
  body: Uint8Array<ArrayBuffer> | null,
  status: 200 | 304,
  headers: Readonly<Record<string, string>>,
): Response {
  const r = new Response(body, { status, headers });
  secured.add(r);
  return r;
}

/** Adds the headers to every other response, whoever made it (handlers, errors, the guard). */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  if (secured.has(c.res)) return;
  for (const [name, value] of SECURITY_HEADERS) c.res.headers.set(name, value);
};

const typeOf = (file: string): string => {
  const ext = extname(file).toLowerCase();
  return (Object.hasOwn(TYPES, ext) ? TYPES[ext] : undefined) ?? 'application/octet-stream';
};

const isMissing = (e: unknown): boolean =>
  typeof e === 'object' &&
  e !== null &&
  'code' in e &&
  (e.code === 'ENOENT' || e.code === 'EISDIR');

export function mountWeb(app: Hono, root: string): void {
  const assets = join(root, 'assets');
  app.get('/assets/*', async (c) => {
    let rel: string;
    try {
      rel = decodeURIComponent(c.req.path.slice('/assets/'.length));
    } catch {
      // A malformed escape (`%ZZ`) names no file.
      return c.notFound();
    }
    const file = normalize(join(assets, rel));
    // No escaping the assets folder with ../ or an encoded separator.
    if (!file.startsWith(assets + sep) || rel.includes('\0')) return c.notFound();
    try {
      const data = await readFile(file);
      return c.body(data, 200, {
        'content-type': typeOf(file),
        // Vite names assets by content hash: a changed file gets a new name.
        'cache-control': 'public, max-age=31536000, immutable',
      });
    } catch (e) {
      if (isMissing(e)) return c.notFound();
      throw e;
    }
  });
  app.get('*', async (c, next) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) {
      await next();
      return;
    }
    try {
      const html = await readFile(join(root, 'index.html'), 'utf8');
      // index.html names the current asset hashes: never cache it.
      return c.html(html, 200, { 'cache-control': 'no-cache' });
    } catch (e) {
      if (!isMissing(e)) throw e;
      return c.html(placeholderPage(), 200, { 'cache-control': 'no-cache' });
    }
  });
}
