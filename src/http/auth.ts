import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { errorResponse } from './errors.js';

/**
 * The local API closed to other users of the computer (issue 15), the way Jupyter does it: the
 * Host and Origin checks stop web pages, not local programs, so every /api request needs a
 * session cookie that only the person who started `afterview serve` can get. `serve` prints a link
 * carrying a one-time token; following it sets an HttpOnly, SameSite=Strict cookie and redirects
 * to the clean address, so the token never stays in the address bar or the history.
 *
 * The cookie is an HMAC of its issue time under the secret kept in the home (0600): it survives a
 * restart of the server, and deleting the secret signs every browser out. The calendar feed lives
 * outside /api and keeps its own token, for calendar apps that carry no cookies.
 */

export interface SessionAuth {
  /** Per port: two servers on one machine (different homes) must not overwrite each other's. */
  readonly cookieName: string;
  /** A fresh one-time token for the printed link; valid until used or the server stops. */
  issueToken: () => string;
  /** A valid cookie value, as a browser holds it after following the link (tests, benches). */
  sessionCookie: () => string;
  /** Redeems `?token=` on pages and refuses /api requests without a valid cookie. */
  middleware: MiddlewareHandler;
}

export interface SessionAuthOptions {
  /** At least 32 random bytes from the home (services/session/secret.ts). */
  secret: Buffer;
  port: number;
  /** Called after a token was redeemed (serve prints a new link for another browser). */
  onTokenUsed?: () => void;
  /** Wall-clock milliseconds; the session's age is security, not the user's (fixed) clock. */
  now?: () => number;
  /** How long a browser stays signed in. */
  maxAgeSeconds?: number;
}

const THIRTY_DAYS = 30 * 24 * 60 * 60;
/** A cookie issued this far in the future (a clock change) still counts. */
const SKEW_SECONDS = 300;

const b64url = (b: Buffer): string => b.toString('base64url');

/** Why /api answered 401; worded for the web page too, so it names no command. */
export const NO_SESSION =
  'Open Afterview with the link it printed when it started: this browser is not signed in to it.';

export function sessionAuth(opts: SessionAuthOptions): SessionAuth {
  if (opts.secret.length < 32) throw new Error('the session secret must be at least 32 bytes');
  const now = opts.now ?? Date.now;
  const maxAge = opts.maxAgeSeconds ?? THIRTY_DAYS;
  const cookieName = `afterview-session-${String(opts.port)}`;
  const tokens = new Set<string>();
  // Checked cookies, so a hot GET pays a Set lookup instead of an HMAC; cleared when it grows.
  const valid = new Map<string, number>();

  const mac = (issued: string): string =>
    b64url(createHmac('sha256', opts.secret).update(`afterview-session:${issued}`).digest());

  const sessionCookie = (): string => {
    const issued = String(Math.floor(now() / 1000));
    return `${issued}.${mac(issued)}`;
  };

  const isValid = (value: string | undefined): boolean => {
    if (value === undefined) return false;
    const nowSec = now() / 1000;
    const known = valid.get(value);
    if (known !== undefined) return nowSec - known <= maxAge;
    const m = /^(\d{1,12})\.([\w-]{43})$/.exec(value);
    if (m === null) return false;
    const [, issued = '', sig = ''] = m;
    const expected = Buffer.from(mac(issued));
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
    const age = nowSec - Number(issued);
    if (age > maxAge || age < -SKEW_SECONDS) return false;
    if (valid.size > 1000) valid.clear();
    valid.set(value, Number(issued));
    return true;
  };

  const redeem = (token: string): boolean => {
    // Every token in the set was issued by this process; compare by lookup, never by prefix.
    if (!tokens.has(token)) return false;
    tokens.delete(token);
    return true;
  };

  const middleware: MiddlewareHandler = async (c, next) => {
    const path = c.req.path;
    const isApi = path === '/api' || path.startsWith('/api/');
    if (isApi) {
      if (!isValid(getCookie(c, cookieName))) {
        return errorResponse(c, 401, 'unauthorized', NO_SESSION, 'session');
      }
      await next();
      return;
    }
    const token = c.req.method === 'GET' ? c.req.query('token') : undefined;
    if (token === undefined) {
      await next();
      return;
    }
    // Used, wrong or from an earlier run: no cookie, but the token still leaves the address.
    const url = new URL(c.req.url);
    url.searchParams.delete('token');
    const clean = `${url.pathname}${url.search}`;
    if (redeem(token)) {
      setCookie(c, cookieName, sessionCookie(), {
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
        maxAge,
      });
      opts.onTokenUsed?.();
    }
    c.header('cache-control', 'no-store');
    return c.redirect(clean, 302);
  };

  return {
    cookieName,
    issueToken: () => {
      const t = b64url(randomBytes(24));
      tokens.add(t);
      return t;
    },
    sessionCookie,
    middleware,
  };
}
