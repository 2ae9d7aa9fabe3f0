/**
 * One layout from a laptop to a phone (issue 12): at 390 px wide no page scrolls sideways and no
 * element is wider than the window; at 1280 px the board's columns sit side by side on one row.
 * Every page passes axe-core in the light and the dark theme at phone width.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationJson, MessageJson, WeekInterviewJson } from '../src/web/api/types.js';
import { openSession, overflowing, screenshot, type Server, type Session } from './harness.js';
import { expectAccessibleInBothThemes } from './themes.js';

let session: Session;
let server: Server;
let page: Page;
let problems: string[];
/** The ids the pages below need, from the demo data. */
const ids = { app: 0, message: 0, held: 0, upcoming: 0 };
const pages: { name: string; path: () => string; heading: RegExp }[] = [
  { name: 'today', path: () => '/', heading: /^Today$/ },
  { name: 'pipeline', path: () => '/pipeline', heading: /^Pipeline$/ },
  { name: 'list', path: () => '/pipeline?view=list', heading: /^Pipeline$/ },
  { name: 'application', path: () => `/applications/${String(ids.app)}`, heading: /./ },
  {
    name: 'log-interview',
    path: () => `/applications/${String(ids.app)}/interviews/new`,
    heading: /^Log an interview$/,
  },
  { name: 'compose', path: () => `/messages/${String(ids.message)}`, heading: /^Thank you by / },
  {
    name: 'debrief',
    path: () => `/interviews/${String(ids.held)}/debrief`,
    heading: /^Debrief of round /,
  },
  {
    name: 'brief',
    path: () => `/interviews/${String(ids.upcoming)}/brief`,
    heading: /^Brief for /,
  },
  { name: 'review', path: () => '/review', heading: /^Review$/ },
  { name: 'settings', path: () => '/settings', heading: /^Settings$/ },
  { name: 'offers', path: () => '/offers', heading: /^Compare offers$/ },
  { name: 'musts', path: () => '/musts', heading: /^Your must-have list$/ },
  { name: 'new-application', path: () => '/applications/new', heading: /^Add an application$/ },
];

beforeAll(async () => {
  session = await openSession();
  ({ server, page, problems } = session);
  await server.api('POST', '/api/demo');
  const apps = await server.api<ApplicationJson[]>('GET', '/api/applications?limit=100');
  ids.app = (apps.find((a) => a.status === 'interviewing') ?? apps[0]!).id;
  const week = await server.api<WeekInterviewJson[]>(
    'GET',
    '/api/interviews?from=2026-01-01&to=2026-12-31&limit=500',
  );
  ids.held = week.find((i) => i.state === 'held')!.id;
  ids.upcoming = week.find((i) => i.state === 'scheduled')!.id;
  const today = await server.api<{ id: number; kind: string }[]>('GET', '/api/today');
  const thanks = today.find((a) => a.kind === 'thank_you')!;
  const m = await server.api<MessageJson>('POST', `/api/actions/${String(thanks.id)}/draft`);
  ids.message = m.id;
});

afterAll(() => session.close());

describe('the layout at 390 px', () => {
  // One test per page: thirteen pages with two axe runs each overran one test's time under load.
  it.each(pages)('$name: no element wider than the window, in either theme', async (p) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(server.url + p.path());
    await page.getByRole('heading', { level: 1, name: p.heading }).first().waitFor();
    // Wait for the page's data, not only its heading.
    await page.waitForLoadState('networkidle');
    expect(await overflowing(page), p.name).toEqual([]);
    await expectAccessibleInBothThemes(page, `${p.name} at 390 px`);
  });

  it('folds the navigation behind Menu, which opens and reaches every page', async () => {
    await page.goto(server.url);
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(page.getByRole('link', { name: 'Pipeline' }).isVisible()).resolves.toBe(false);
    await menu.click();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Review' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await page.goto(server.url);
    await page.getByRole('region', { name: 'Summary' }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'today-phone');
    await page.goto(`${server.url}/pipeline`);
    await page.getByRole('region', { name: /^Interviewing \d+$/ }).waitFor();
    await screenshot(page, 'pipeline-phone');
  });
});

describe('the board at 1280 px', () => {
  it('puts every column on one row, the closed statuses folded, without scrolling', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/pipeline`);
    await page.getByRole('region', { name: /^Interviewing \d+$/ }).waitFor();
    const box = await page.evaluate(`(() => {
      const board = document.querySelector('.board');
      const cols = [...board.querySelectorAll(':scope > .column')].map((c) => c.getBoundingClientRect().top);
      return { scroll: board.scrollWidth, client: board.clientWidth, tops: [...new Set(cols.map(Math.round))] };
    })()`);
    const b = box as { scroll: number; client: number; tops: number[] };
    expect(b.tops.length).toBe(1);
    expect(b.scroll).toBeLessThanOrEqual(b.client);
    const rejected = page.getByRole('region', { name: /^Rejected \d+$/ });
    await rejected.getByRole('button', { name: 'Show Rejected' }).click();
    await expect(
      rejected.getByRole('button', { name: 'Hide Rejected' }).getAttribute('aria-expanded'),
    ).resolves.toBe('true');
    await rejected.getByRole('button', { name: 'Hide Rejected' }).click();
    await expectAccessibleInBothThemes(page, 'pipeline at 1280 px');
    await screenshot(page, 'pipeline');
    await page.goto(server.url);
    await page.getByRole('region', { name: 'Summary' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessibleInBothThemes(page, 'today at 1280 px');
    await screenshot(page, 'today');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'today-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('shows 30 cards a column until asked for all of them', async () => {
    for (let i = 1; i <= 31; i++) {
      await server.api('POST', '/api/applications', {
        company: `Bulk Co ${String(i)}`,
        role: 'Engineer',
        status: 'saved',
      });
    }
    await page.goto(`${server.url}/pipeline`);
    const saved = page.getByRole('region', { name: /^Saved \d+$/ });
    await saved.locator('.board-card').first().waitFor();
    await expect(saved.locator('.board-card').count()).resolves.toBe(30);
    const total = (
      await server.api<ApplicationJson[]>('GET', '/api/applications?limit=500')
    ).filter((a) => a.status === 'saved').length;
    expect(total).toBeGreaterThan(30);
    await saved.getByRole('button', { name: `Show all ${String(total)} Saved` }).click();
    await expect(saved.locator('.board-card').count()).resolves.toBe(total);
  });

  it('caused no script error, CSP violation or request off this machine', () => {
    expect(problems).toEqual([]);
  });
});
