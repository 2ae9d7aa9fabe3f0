/**
 * Issue 13 in Chromium: a LinkedIn export goes in through the Contacts page's upload (with the
 * rows it could not read listed by line), the right people show up under an application with
 * why, a near miss is confirmed there, Today warns about a thin pipeline resting on one company,
 * and Insights draws the funnel as a Sankey whose bands carry the numbers of the table beside it.
 * Every page passes axe in both themes and fits a 390 px phone without sideways scrolling.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationJson, InterviewResultJson } from '../src/web/api/types.js';
import {
  LAPTOP,
  openSession,
  overflowing,
  PHONE,
  screenshot,
  type Server,
  type Session,
} from './harness.js';
import { expectAccessibleInBothThemes } from './themes.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'linkedin');

let session: Session;
let server: Server;
let page: Page;
let problems: string[];
let globex: number;
let microsoft: number;

beforeAll(async () => {
  session = await openSession();
  ({ server, page, problems } = session);
  const add = (company: string, role: string, source: string) =>
    server.api<ApplicationJson>('POST', '/api/applications', {
      company,
      role,
      source,
      status: 'applied',
      applied: '2026-03-02',
    });
  globex = (await add('Globex', 'Backend Engineer', 'LinkedIn')).id;
  await add('Globex', 'Platform Engineer', 'LinkedIn');
  const third = await add('Globex', 'Site Reliability Engineer', 'Referral');
  microsoft = (await add('Microsoft', 'SRE', 'Referral')).id;
  await server.api('POST', `/api/applications/${String(third.id)}/status`, {
    status: 'rejected',
  });
  // Two debriefed interviews at Microsoft: the trend rises from the first to the second.
  const debriefed = async (at: string, check: string, rating: number) => {
    const logged = await server.api<InterviewResultJson>('POST', '/api/interviews', {
      application_id: microsoft,
      at,
      duration: '45m',
      interviewers: ['Jordan Blake <jordan@microsoft.example>'],
    });
    await server.api('PUT', `/api/interviews/${String(logged.interview.id)}/debrief`, {
      checks: { on_time: 'yes', researched: check, conversation: check },
      questions: [{ text: 'Tell me about an outage you handled', rating }],
    });
  };
  await debriefed('2026-02-20T10:00', 'no', 2);
  await debriefed('2026-03-03T10:00', 'yes', 4);
});

afterAll(async () => {
  await session.close();
});

/** The values of one attribute of every element a selector finds. */
const attrs = async (selector: string, name: string): Promise<string[]> =>
  Promise.all(
    (await page.locator(selector).all()).map(async (l) => (await l.getAttribute(name)) ?? ''),
  );

/** Nothing on the page is wider than a 390 px phone. */
async function fitsPhone(path: string, ready: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await page.goto(server.url + path);
  await page.getByRole('heading', { name: ready, level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  expect(await overflowing(page), `${path} at 390 px`).toEqual([]);
  await page.setViewportSize(LAPTOP);
}

describe('the network in the web app', () => {
  it('imports Connections.csv through the upload and reports what it did', async () => {
    await page.goto(`${server.url}/contacts`);
    await page.getByRole('heading', { name: 'Contacts', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Jordan Blake' }).waitFor();
    await page
      .getByLabel('Connections file')
      .setInputFiles(join(FIXTURES, 'Connections-crlf-bom.csv'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const summary = page.locator('.import-summary');
    await summary.getByRole('heading', { name: 'Imported' }).waitFor();
    const figure = (name: string) => summary.locator(`dt:text-is("${name}") + dd`).innerText();
    expect(await figure('Read')).toBe('10');
    expect(await figure('New')).toBe('10');
    await summary.getByText(/Globex: 2 people/).waitFor();
    await summary.getByText(/Microsoft: 0 people \(1 to confirm/).waitFor();
    // The list refreshes with the people just imported, in any script.
    await page.getByRole('link', { name: 'Dana Okafor' }).waitFor();
    await page.getByRole('link', { name: '李 小龙' }).waitFor();
    await expectAccessibleInBothThemes(page, 'contacts after import');
    await screenshot(page, 'contacts');
  });

  it('lists the rows it could not read with their line numbers', async () => {
    await page
      .getByLabel('Connections file')
      .setInputFiles(join(FIXTURES, 'Connections-bad-rows.csv'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const table = page.getByRole('table', { name: /4 rows could not be read/ });
    await table.waitFor();
    const lines = await table.locator('tbody tr td:first-child').allInnerTexts();
    expect(lines).toEqual(['6', '7', '8', '9']);
    await expectAccessibleInBothThemes(page, 'contacts import problems');
  });

  it('refuses a file that is not a LinkedIn export, importing nothing', async () => {
    await page.getByLabel('Connections file').setInputFiles(join(FIXTURES, 'not-linkedin.csv'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page
      .getByRole('alert')
      .getByText(/not a LinkedIn connections export/)
      .waitFor();
  });

  it("shows a contact's details, edits them and merges a duplicate", async () => {
    await server.api('POST', '/api/contacts', {
      name: 'Dana O.',
      email: 'dana@globex.example',
      relationship: 'recruiter',
    });
    await page.getByRole('searchbox', { name: 'Search' }).fill('Okafor');
    await page.getByRole('link', { name: 'Dana Okafor' }).click();
    await page.getByRole('heading', { name: 'Dana Okafor', level: 1 }).waitFor();
    await page.getByText('Senior Engineer at Globex Corporation').waitFor();
    await page.getByRole('link', { name: 'linkedin.com/in/dana-okafor' }).waitFor();
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Phone').fill('+1 416 555 0100');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('+1 416 555 0100').waitFor();
    await page.getByRole('searchbox', { name: 'Find the other entry' }).fill('Dana O.');
    await page
      .getByLabel('Merge into Dana Okafor')
      .selectOption({ label: 'Dana O. · dana@globex.example' });
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByText('Merged: everything now sits with Dana Okafor.').waitFor();
    await page.getByRole('link', { name: 'dana@globex.example' }).waitFor();
    await expectAccessibleInBothThemes(page, 'contact');
    await screenshot(page, 'contact');
  });

  it('shows the people at the application’s company with why, and confirms a near miss', async () => {
    await page.goto(`${server.url}/applications/${String(globex)}`);
    const people = page.locator('section', {
      has: page.getByRole('heading', { name: 'People you know at Globex' }),
    });
    await people.getByRole('link', { name: 'Dana Okafor' }).waitFor();
    await people.getByRole('link', { name: 'Luis Ortega' }).waitFor();
    expect(await people.getByRole('link', { name: 'Priya Raman' }).count()).toBe(0);
    expect(await people.innerText()).toMatch(/Globex Corporation/);
    await expectAccessibleInBothThemes(page, 'application network');

    await page.goto(`${server.url}/applications/${String(microsoft)}`);
    await page.getByRole('heading', { name: 'Is this the same company?' }).waitFor();
    await page.getByRole('button', { name: /^Yes, same company/ }).click();
    const ms = page.locator('section', {
      has: page.getByRole('heading', { name: 'People you know at Microsoft' }),
    });
    await ms.getByRole('link', { name: 'Mei Tanaka' }).waitFor();
    await ms.getByRole('link', { name: 'Jordan Blake' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Is this the same company?' }).count()).toBe(0);
  });

  it('warns on Today about a thin pipeline resting on one company', async () => {
    await page.goto(server.url);
    const health = page.locator('section', {
      has: page.getByRole('heading', { name: 'Pipeline health' }),
    });
    await health.waitFor();
    await health.getByText(/67% of your active applications are at Globex/).waitFor();
    await health.getByText(/below your goal of/).waitFor();
    expect(await health.innerText()).not.toMatch(/seed \d/);
    await expectAccessibleInBothThemes(page, 'today health');
    await screenshot(page, 'today-health');
  });

  it('Insights draws the funnel as a Sankey whose bands match the table', async () => {
    await page.goto(`${server.url}/insights`);
    await page.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
    const svg = page.locator('svg.sankey');
    await svg.waitFor();
    const bands = await attrs('svg.sankey path.sankey-link', 'aria-label');
    const rows = await attrs('tr[data-flow]', 'data-flow');
    expect(bands.sort()).toEqual(rows.sort());
    expect(bands).toContain('Applied → Still open: 2 applications');
    expect(bands).toContain('Responded → Rejected: 1 application');
    const applied = page.getByRole('row', { name: /^Applied \d+$/ });
    expect(await applied.innerText()).toMatch(/4$/);
    await expectAccessibleInBothThemes(page, 'insights');
    await screenshot(page, 'insights');

    await page.getByLabel('Source').selectOption('Referral');
    await expect
      .poll(async () => page.getByRole('table', { name: /The funnel in numbers/ }).innerText())
      .toMatch(/\(2 applications\)/);
    const trend = page.getByRole('group', { name: 'Checklist score per interview' });
    expect(await trend.getByRole('img').count()).toBe(2);
    await page.getByRole('group', { name: 'Average answer rating per interview' }).waitFor();
  });

  it('fits a 390 px phone', async () => {
    await fitsPhone('/contacts', 'Contacts');
    await fitsPhone('/insights', 'Insights');
    await fitsPhone(`/applications/${String(globex)}`, 'Globex');
    await fitsPhone('/', 'Today');
    expect(problems).toEqual([]);
  });
});
