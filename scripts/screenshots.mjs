// @ts-check
/**
 * Refreshes the README's screenshots (docs/screenshots/*.png) from the demo data on a fixed clock,
 * in Debian's Chromium: Today, Pipeline, Log interview, Compose, Debrief, Review, Brief, Today on
 * a phone and Today in the dark theme. Not part of `npm test`; run after `npm run build`:
 *   node scripts/screenshots.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { startServer } from '../bench/server.mjs';

/** The e2e suite's clock: a Wednesday afternoon in Toronto. */
const NOW = '2026-03-04T15:00:00-05:00';
const BIN = fileURLToPath(new URL('../bin/afterview', import.meta.url));
const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const LAPTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };

const home = mkdtempSync(join(tmpdir(), 'afterview-shots-'));
const env = { ...process.env, AFTERVIEW_HOME: home, AFTERVIEW_NOW: NOW, TZ: 'America/Toronto' };
execFileSync(process.execPath, [BIN, 'demo'], { env, stdio: 'ignore' });
for (const [key, value] of [
  ['digest.enabled', 'false'],
  ['name', 'Alex Doe'],
  ['email', 'alex@example.com'],
]) {
  execFileSync(process.execPath, [BIN, 'settings', 'set', key, value], { env, stdio: 'ignore' });
}
const server = await startServer({ home, now: NOW, cache: true });
const browser = await launchChromium();

/**
 * @template T
 * @param {string} method @param {string} path @param {unknown} [body]
 * @returns {Promise<T>}
 */
async function api(method, path, body) {
  const res = await fetch(server.base + path, {
    method,
    headers:
      body === undefined
        ? { cookie: server.cookie }
        : { cookie: server.cookie, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${String(res.status)} ${await res.text()}`);
  return /** @type {T} */ (await res.json());
}

/**
 * Opens a page at the size given, in the theme given, and waits for its data.
 * @param {string} path @param {{ width: number, height: number }} viewport
 * @param {'light' | 'dark'} [scheme]
 */
async function open(path, viewport, scheme = 'light') {
  const context = await browser.newContext({ viewport, colorScheme: scheme });
  // Signed in as after the link serve printed (bench/server.mjs).
  await context.addCookies([server.browserCookie()]);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(NOW));
  await page.goto(server.base + path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

/** @param {import('playwright-core').Page} page @param {string} name */
async function shoot(page, name) {
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  await page.context().close();
  console.log(`docs/screenshots/${name}.png`);
}

try {
  mkdirSync(OUT, { recursive: true });
  /** @type {{ id: number, status: string }[]} */
  const apps = await api('GET', '/api/applications?limit=100');
  const app = apps.find((a) => a.status === 'interviewing') ?? apps[0];
  if (app === undefined) throw new Error('the demo has no application');
  /** @type {{ id: number, state: string, application_id: number }[]} */
  const interviews = await api('GET', '/api/interviews?from=2026-01-01&to=2026-12-31&limit=500');
  const held = interviews.find((i) => i.state === 'held');
  const upcoming = interviews.find((i) => i.state === 'scheduled');
  /** @type {{ id: number, kind: string }[]} */
  const today = await api('GET', '/api/today');
  const thanks = today.find((a) => a.kind === 'thank_you');
  if (held === undefined || upcoming === undefined || thanks === undefined) {
    throw new Error('the demo lacks a held interview, an upcoming one or a thank-you due');
  }

  await shoot(await open('/', LAPTOP), 'today');
  await shoot(await open('/', PHONE), 'today-phone');
  await shoot(await open('/', LAPTOP, 'dark'), 'today-dark');

  const board = await open('/pipeline', LAPTOP);
  await board.locator('.board-card').first().waitFor();
  await shoot(board, 'pipeline');

  const log = await open(`/applications/${String(app.id)}/interviews/new`, LAPTOP);
  await log.getByLabel('When it started').fill('2026-03-04T10:00');
  await log.getByLabel('How long').fill('45m');
  await log.getByLabel('Interviewers').fill('Priya Raman <priya@northwind.example>');
  await log.getByLabel('What you talked about').fill('event sourcing for billing');
  await log.getByLabel('Documents you promised').fill('references');
  await log.getByText(/actions?, not saved yet/).waitFor();
  await shoot(log, 'log-interview');

  /** @type {{ id: number }} */
  const draft = await api('POST', `/api/actions/${String(thanks.id)}/draft`);
  const compose = await open(`/messages/${String(draft.id)}`, LAPTOP);
  await compose.getByRole('group', { name: 'Send it by' }).waitFor();
  // The note check runs after a pause in typing, and on opening.
  await compose.waitForTimeout(1000);
  await compose.waitForLoadState('networkidle');
  await shoot(compose, 'compose');

  await shoot(await open(`/interviews/${String(held.id)}/debrief`, LAPTOP), 'debrief');

  const review = await open('/review', LAPTOP);
  const reveal = review.getByRole('button', { name: 'Show the better answer' });
  if ((await reveal.count()) > 0) await reveal.click();
  await shoot(review, 'review');

  await shoot(await open(`/interviews/${String(upcoming.id)}/brief`, LAPTOP), 'brief');
} finally {
  await browser.close();
  await server.stop();
  rmSync(home, { recursive: true, force: true });
}
