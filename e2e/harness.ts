/**
 * What every e2e file needs: a real `afterview serve` on a free port with its own data folder and
 * a fixed clock, a local SMTP server to receive what it sends, Debian's Chromium driven by
 * playwright-core (never a downloaded browser), axe-core for accessibility, and screenshots.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.mjs';
import { expect } from 'vitest';
import { TestSmtp } from '../src/adapters/test/smtp.js';
import { emptyPostgresDatabase } from '../src/store/test/pg-database.js';

/** A Wednesday afternoon in Toronto: the interview of the morning is logged today. */
export const NOW = '2026-03-04T15:00:00-05:00';
export const ZONE = 'America/Toronto';
const ROOT = join(import.meta.dirname, '..');
export const SCREENSHOTS = join(import.meta.dirname, 'screenshots');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a !== null ? a.port : 0;
      s.close(() => {
        resolve(port);
      });
    });
  });
}

export interface Server {
  /** The clean address (no token): where tests navigate once a page is signed in. */
  url: string;
  home: string;
  /** The session cookie (`name=value`) the harness's own API calls carry. */
  cookie: string;
  /**
   * The newest one-time link the server printed and nobody used yet (each use prints a new one):
   * `newPage` signs its browser in through it, as a user clicks the link in the terminal.
   */
  nextLink: () => Promise<string>;
  /** JSON from the API, as the page would get it (same Host, no foreign Origin). */
  api: <T>(method: string, path: string, body?: unknown) => Promise<T>;
  stop: () => Promise<void>;
}

/** Starts `node bin/afterview serve` (the built app, as `npm start` runs it) and waits for it. */
export async function startServer(): Promise<Server> {
  if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) {
    throw new Error('dist/web/index.html is missing: run `npm run build` first');
  }
  const home = mkdtempSync(join(tmpdir(), 'afterview-e2e-'));
  const port = await freePort();
  // In the postgres project the same pages run on PostgreSQL: a new database per server.
  const pg =
    process.env.AFTERVIEW_TEST_DIALECT === 'postgres' ? await emptyPostgresDatabase() : null;
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'afterview'), 'serve', '--port', String(port)],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        AFTERVIEW_HOME: home,
        AFTERVIEW_NOW: NOW,
        TZ: ZONE,
        ...(pg === null ? {} : { DATABASE_URL: pg.url }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
  // Links printed and not used yet, oldest first.
  const links: string[] = [];
  let used = 0;
  child.stdout?.on('data', (b: Buffer) => {
    output += b.toString();
    for (const m of output.matchAll(/(?:running at|another browser, open) (\S+\?token=\S+)\n/g)) {
      if (m[1] !== undefined && !links.includes(m[1])) links.push(m[1]);
    }
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`afterview serve did not start in 20 s:\n${output}`));
    }, 20_000);
    child.stdout?.on('data', () => {
      if (links.length > 0) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`afterview serve exited with ${String(code)}:\n${output}`));
    });
  });
  const url = `http://127.0.0.1:${String(port)}`;
  const nextLink = async (): Promise<string> => {
    // The next link is printed as the previous one is used: wait a moment for the line.
    for (let i = 0; i < 100 && links.length <= used; i++)
      await new Promise((r) => setTimeout(r, 50));
    const link = links[used];
    if (link === undefined) throw new Error(`afterview serve printed no new link:\n${output}`);
    used++;
    return link;
  };
  // The harness's own calls sign in with the printed link, as a browser would.
  const signIn = await fetch(await nextLink(), { redirect: 'manual' });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (signIn.status !== 302 || cookie === '') {
    throw new Error(`the printed link did not sign in: ${String(signIn.status)}`);
  }
  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(url + path, {
      method,
      headers: body === undefined ? { cookie } : { cookie, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = (await res.json()) as T;
    if (!res.ok)
      throw new Error(`${method} ${path}: ${String(res.status)} ${JSON.stringify(data)}`);
    return data;
  };
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(home, { recursive: true, force: true });
    await pg?.drop();
  };
  const server = { url, home, cookie, nextLink, api, stop };
  lastServer = server;
  return server;
}

/** The server `newPage` signs in to when none is named (test files start one each). */
let lastServer: Server | undefined;

/** Points the server's mail at a local SMTP server (plain text on loopback, as in outbox.test.ts). */
export async function configureMail(server: Server, smtp: TestSmtp): Promise<void> {
  const set = (key: string, value: string) => server.api('PUT', `/api/settings/${key}`, { value });
  // The daily digest is on by default and the fixed clock is a work-day afternoon: the server's
  // dispatcher would mail one within a minute and the tests count what arrived.
  await set('digest.enabled', 'false');
  await set('name', 'Alex Doe');
  await set('email', 'alex@example.com');
  await set('timezone', ZONE);
  for (const [key, value] of Object.entries(smtp.settings())) await set(key, value);
}

export { TestSmtp };

/** A laptop's window and a phone's (an iPhone 12 to 15 is 390 px wide). */
export const LAPTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export interface Session {
  server: Server;
  browser: Browser;
  page: Page;
  /** Script errors, CSP violations and requests off this machine (see newPage). */
  problems: string[];
  /** The local SMTP server the app sends to, with `mail`. */
  smtp: TestSmtp | undefined;
  close: () => Promise<void>;
}

/**
 * What every e2e file's beforeAll did: a server on a fresh home, Chromium and one page; with
 * `mail`, a local SMTP server and the app's mail settings pointed at it (configureMail). Without
 * mail the digest is still turned off unless `digest` is true: its dispatcher would otherwise
 * write to the outbox on a work-day afternoon while a test counts messages.
 */
export async function openSession(
  opts: { mail?: boolean; digest?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<Session> {
  const [smtp, server, browser] = await Promise.all([
    opts.mail === true ? TestSmtp.start() : Promise.resolve(undefined),
    startServer(),
    launch(),
  ]);
  if (smtp !== undefined) await configureMail(server, smtp);
  else if (opts.digest !== true) {
    await server.api('PUT', '/api/settings/digest.enabled', { value: 'false' });
  }
  const { page, problems } = await newPage(browser, opts.viewport, server);
  const close = async () => {
    await browser.close();
    await server.stop();
    await smtp?.close();
  };
  return { server, browser, page, problems, smtp, close };
}

export function launch(): Promise<Browser> {
  return launchChromium();
}

/**
 * A page that records, for the test to fail on, any script error or CSP violation the app causes
 * and any request leaving this machine.
 */
export async function newPage(
  browser: Browser,
  viewport: { width: number; height: number } = LAPTOP,
  server: Server | undefined = lastServer,
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  // Fail a step within seconds, well inside vitest's own timeout, so the error names the step.
  page.setDefaultTimeout(8_000);
  // The browser shares the server's clock, as on one machine: AFTERVIEW_NOW fixes the server's,
  // this the page's (what is overdue); timers keep running, so debounces still fire.
  await page.clock.setFixedTime(new Date(NOW));
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) {
      problems.push(`console error: ${m.text()}`);
    }
  });
  await context.route('**/*', async (route) => {
    const u = new URL(route.request().url());
    if (u.hostname !== '127.0.0.1') {
      problems.push(`request off this machine: ${u.href}`);
      return route.abort();
    }
    if (route.request().resourceType() !== 'document') return route.continue();
    // The strictest policy the app promises to work under, whatever the server sends: no inline
    // script or style at all. A violation is a console error, so a problem.
    // Redirects go to the browser (the signed-in link answers 302 to the clean address).
    const response = await route.fetch({ maxRedirects: 0 });
    return route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': "default-src 'self'" },
    });
  });
  // Signed in the way a user is: the browser opens the link the server printed and is sent on
  // to the clean address with its session cookie.
  if (server !== undefined) {
    await page.goto(await server.nextLink());
    expect(new URL(page.url()).search, 'the token leaves the address bar').toBe('');
  }
  return { page, problems };
}

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** Runs axe-core (WCAG 2.x A and AA) on the page as it is; no serious or critical violation. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  // Not `page.addScriptTag({ content })`: the app's CSP (default-src 'self') rightly refuses an
  // inline script, and these tests keep that CSP on. DevTools evaluation is not subject to it.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (o: unknown) => Promise<unknown> } }).axe;
    return (await axe.run({
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    })) as AxeResult;
  });
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${String(v.impact)}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`,
    );
  expect(bad, `axe on ${name}`).toEqual([]);
}

/** Elements wider than the window, or reaching past its right edge (hidden ones aside). */
export const overflowing = (p: Page): Promise<string[]> =>
  p.evaluate(`(() => {
    const w = document.documentElement.clientWidth;
    const out = [];
    if (document.documentElement.scrollWidth > w) out.push('page scrolls sideways: ' + document.documentElement.scrollWidth);
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || el.closest('.visually-hidden, .skip-link')) continue;
      if (r.width > w + 0.5 || r.right > w + 0.5) {
        out.push(el.tagName.toLowerCase() + '.' + el.className + ' ' + Math.round(r.width) + 'px');
      }
    }
    return out.slice(0, 5);
  })()`);

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
