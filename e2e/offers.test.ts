/**
 * Issue 14 in Chromium: with research, a must-have list and two offers in different currencies
 * with a rate, the Compare page says which offer meets the must-haves and why, passes axe, and
 * drafts a counter-proposal that opens in the composer addressed to whoever made the offer.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationJson } from '../src/web/api/types.js';
import {
  expectAccessible,
  launch,
  newPage,
  screenshot,
  startServer,
  type Server,
} from './harness.js';

let server: Server;
let browser: Browser;
let page: Page;
let problems: string[];
let initech: number;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launch()]);
  ({ page, problems } = await newPage(browser));
  const api = server.api;
  await api('PUT', '/api/settings/name', { value: 'Sam Rivera' });
  const a = await api<ApplicationJson>('POST', '/api/applications', {
    company: 'Initech',
    role: 'Backend Engineer',
  });
  const b = await api<ApplicationJson>('POST', '/api/applications', {
    company: 'Globex',
    role: 'Backend Engineer',
  });
  initech = a.id;
  await api('POST', `/api/applications/${String(a.id)}/salary`, {
    low: 95000,
    median: 110000,
    high: 125000,
    currency: 'CAD',
    source: 'survey',
  });
  await api('PUT', `/api/applications/${String(a.id)}/salary/target`, {
    target: 120000,
    walk_away: 105000,
    note: 'rent',
  });
  await api('POST', '/api/musts', {
    criterion: 'base_salary',
    importance: 'must',
    threshold: '110000',
    currency: 'CAD',
  });
  await api('POST', '/api/musts', {
    criterion: 'vacation_days',
    importance: 'nice',
    threshold: '25',
  });
  await api('POST', `/api/applications/${String(a.id)}/offer`, {
    base: 108000,
    currency: 'CAD',
    vacation_days: 20,
    deadline: '2026-03-16',
    contact: 'Bill Lumbergh <bill@initech.example>',
  });
  await api('POST', `/api/applications/${String(b.id)}/offer`, {
    base: 80000,
    currency: 'EUR',
    vacation_days: 30,
    contact: 'Hank Scorpio <hank@globex.example>',
  });
});

afterAll(async () => {
  await browser.close();
  await server.stop();
});

describe('offers in the web app', () => {
  it('Compare: says it cannot compare without a rate, then which offer meets the must-haves and why', async () => {
    await page.goto(`${server.url}/offers`);
    await page.getByRole('heading', { name: 'Compare offers', level: 1 }).waitFor();
    await page.getByText('cannot compare EUR with CAD').first().waitFor();
    await page.getByLabel('1 unit of').fill('EUR');
    await page.getByLabel('is worth').fill('1.5');
    await page.getByLabel('of', { exact: true }).fill('CAD');
    await page.getByRole('button', { name: 'Save rate' }).click();
    await page
      .getByText(/Offer #2 \(Globex · Backend Engineer\) meets all your must-haves/)
      .waitFor();
    await page
      .getByText(/fails base salary 108,000 CAD is below your minimum 110,000 CAD/)
      .first()
      .waitFor();
    expect(await page.getByRole('cell', { name: '120,000 CAD' }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'compare');
    await screenshot(page, 'compare');
  });

  it('drafts the counter-proposal, addressed and citing the numbers, in the composer', async () => {
    await page.getByLabel('Offer', { exact: true }).selectOption({ label: 'Initech' });
    await page.getByRole('button', { name: 'Draft a counter-proposal' }).click();
    await page.waitForURL(/\/messages\/\d+$/);
    const body = page.getByRole('textbox', { name: 'Note', exact: true });
    await expect.poll(async () => body.inputValue()).toMatch(/^Dear Bill,/);
    expect(await body.inputValue()).toContain('120,000 CAD');
  });

  it('Must-haves and the Salary section render and pass axe', async () => {
    await page.goto(`${server.url}/musts`);
    await page.getByRole('heading', { name: 'Your must-have list', level: 1 }).waitFor();
    await expectAccessible(page, 'musts');
    await screenshot(page, 'musts');
    await page.goto(`${server.url}/applications/${String(initech)}`);
    await page.getByRole('heading', { name: 'Salary', level: 2 }).waitFor();
    await page.getByText(/Your target/).waitFor();
    await expectAccessible(page, 'application-salary');
    expect(problems).toEqual([]);
  });

  it('records an offer from the application page, without the command line', async () => {
    const c = await server.api<ApplicationJson>('POST', '/api/applications', {
      company: 'Umbrella',
      role: 'Data Engineer',
    });
    await page.goto(`${server.url}/applications/${String(c.id)}`);
    await page.getByRole('heading', { name: 'Offer', level: 2 }).waitFor();
    const form = page.getByRole('region', { name: 'Offer', exact: true });
    await form.getByText('Record an offer').click();
    await form.getByLabel('Base salary').fill('-5');
    await form.getByRole('button', { name: 'Record offer' }).click();
    await page
      .getByText(/must not be negative|must be/)
      .first()
      .waitFor();
    await form.getByLabel('Base salary').fill('101,000');
    await form.getByLabel('Currency').fill('CAD');
    await form.getByLabel('Vacation days').fill('22');
    await form.getByLabel('Made by').fill('Ada Wong <ada@umbrella.example>');
    await form.getByRole('button', { name: 'Record offer' }).click();
    await page.getByText(/Recorded offer #\d+: 101,000 CAD a year in total/).waitFor();
    await expectAccessible(page, 'application-offer');
    await page.getByRole('link', { name: 'Compare it with your must-haves' }).click();
    await page.getByRole('heading', { name: 'Compare offers', level: 1 }).waitFor();
    await page
      .getByText(/Umbrella/)
      .first()
      .waitFor();
    expect(problems).toEqual([]);
  });
});
