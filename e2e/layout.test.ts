/**
 * One layout from a laptop to a phone (issue 12): at 390 px wide no page scrolls sideways and no
 * element is wider than the window; at 1280 px the board's columns sit side by side on one row.
 * Every page passes axe-core in the light and the dark theme at phone width.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationJson, MessageJson, WeekInterviewJson } from '../src/web/api/types.js';
import { launch, newPage, screenshot, startServer, type Server } from './harness.js';
import { expectAccessibleInBothThemes } from './themes.js';

let server: Server;
let browser: Browser;
let page: Page;
let problems: string[];
const pages: { name: string; path: string; heading: RegExp }[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launch()]);
  await server.api('PUT', '/api/settings/digest.enabled', { value: 'false' });
  await server.api('POST', '/api/demo');
  ({ page, problems } = await newPage(browser));
  const apps = await server.api<ApplicationJson[]>('GET', '/api/applications?limit=100');
  const app = apps.find((a) => a.status === 'interviewing') ?? apps[0]!;
  const week = await server.api<WeekInterviewJson[]>(
    'GET',
    '/api/interviews?from=2026-01-01&to=2026-12-31&limit=500',
  );
  const held = week.find((i) => i.state === 'held')!;
  const upcoming = week.find((i) => i.state === 'scheduled')!;
  const today = await server.api<{ id: number; kind: string }[]>('GET', '/api/today');
  const thanks = today.find((a) => a.kind === 'thank_you')!;
  const m = await server.api<MessageJson>('POST', `/api/actions/${String(thanks.id)}/draft`);
  pages.push(
    { name: 'today', path: '/', heading: /^Today$/ },
    { name: 'pipeline', path: '/pipeline', heading: /^Pipeline$/ },
    { name: 'list', path: '/pipeline?view=list', heading: /^Pipeline$/ },
    { name: 'application', path: `/applications/${String(app.id)}`, heading: /./ },
    {
      name: 'log-interview',
      path: `/applications/${String(app.id)}/interviews/new`,
      heading: /^Log an interview$/,
    },
    { name: 'compose', path: `/messages/${String(m.id)}`, heading: /^Thank you by / },
    {
      name: 'debrief',
      path: `/interviews/${String(held.id)}/debrief`,
      heading: /^Debrief of round /,
    },
    { name: 'brief', path: `/interviews/${String(upcoming.id)}/brief`, heading: /^Brief for / },
    { name: 'review', path: '/review', heading: /^Review$/ },
    { name: 'settings', path: '/settings', heading: /^Settings$/ },
    { name: 'offers', path: '/offers', heading: /^Compare offers$/ },
    { name: 'musts', path: '/musts', heading: /^Your must-have list$/ },
    { name: 'new-application', path: '/applications/new', heading: /^Add an application$/ },
  );
});

afterAll(async () => {
  await browser.close();
  await server.stop();
});

/** Elements wider than the window, or reaching past its right edge (hidden ones aside). */
const overflowing = (p: Page): Promise<string[]> =>
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

describe('the layout at 390 px', () => {
  it('has no element wider than the window on any page, in either theme', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const p of pages) {
      await page.goto(server.url + p.path);
      await page.getByRole('heading', { level: 1, name: p.heading }).first().waitFor();
      // Wait for the page's data, not only its heading.
      await page.waitForLoadState('networkidle');
      expect(await overflowing(page), p.name).toEqual([]);
      await expectAccessibleInBothThemes(page, `${p.name} at 390 px`);
    }
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

  it('caused no script error, CSP violation or request off this machine', () => {
    expect(problems).toEqual([]);
  });
});
