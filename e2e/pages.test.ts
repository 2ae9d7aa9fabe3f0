/**
 * Every main page on a realistic data set (the demo, one click from the empty state): each renders,
 * passes axe-core with no serious or critical violation, and is saved as a screenshot; user text
 * that looks like HTML stays text; the list view searches and filters; Today's one-click
 * decisions; settings save, refuse bad values next to the field, and send a test e-mail.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ActionJson,
  ApplicationJson,
  MessageJson,
  SettingJson,
} from '../src/web/api/types.js';
import {
  expectAccessible,
  screenshot,
  openSession,
  type Server,
  type Session,
  type TestSmtp,
} from './harness.js';

let session: Session;
let smtp: TestSmtp;
let server: Server;
let page: Page;
let problems: string[];

const HOSTILE = '<img src=x onerror="globalThis.__injected=1">';

beforeAll(async () => {
  session = await openSession({ mail: true });
  ({ server, page, problems } = session);
  smtp = session.smtp!;
});

afterAll(() => session.close());

const apps = () => server.api<ApplicationJson[]>('GET', '/api/applications?limit=100');
const heading = (name: string) => page.getByRole('heading', { name, level: 1 }).waitFor();

describe('the web app on the demo data', () => {
  it('loads the demo from the empty state in one click', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Explore with demo data' }).click();
    await page.getByText(/to do, due today or overdue\./).waitFor();
    expect((await apps()).length).toBeGreaterThan(5);
  });

  it('Today: actions grouped by application, each with its why', async () => {
    const today = await server.api<ActionJson[]>('GET', '/api/today');
    expect(today.length).toBeGreaterThan(0);
    const first = today[0]!;
    const item = page.getByRole('listitem', { name: first.title });
    await expect(item.getByText(first.why).isVisible()).resolves.toBe(true);
    const group = page.getByRole('region', {
      name: `${first.company ?? ''} · ${first.role ?? ''}`,
    });
    await expect(group.getByRole('listitem', { name: first.title }).count()).resolves.toBe(1);
    await expectAccessible(page, 'today');
    await screenshot(page, 'today');
  });

  it('Today: snooze and skip are one click each', async () => {
    // Not the thank-yous: the composer test drafts one.
    const [a, b] = (await server.api<ActionJson[]>('GET', '/api/today')).filter(
      (x) => x.kind !== 'thank_you',
    );
    await page
      .getByRole('listitem', { name: a!.title })
      .getByRole('button', { name: 'Snooze a day' })
      .click();
    await page
      .getByRole('listitem', { name: b!.title })
      .getByRole('button', { name: 'Skip' })
      .click();
    await expect
      .poll(async () => (await server.api<ActionJson[]>('GET', '/api/today')).map((x) => x.id))
      .not.toContain(b!.id);
    const all = await server.api<ActionJson[]>('GET', '/api/actions?status=all&limit=1000');
    expect(all.find((x) => x.id === a!.id)).toMatchObject({ status: 'pending', snoozed: true });
    expect(all.find((x) => x.id === b!.id)?.status).toBe('skipped');
  });

  it('Pipeline board and list: search and status filter', async () => {
    await page.goto(`${server.url}/pipeline`);
    await heading('Pipeline');
    await page.getByRole('region', { name: /^Interviewing \d+$/ }).waitFor();
    await expectAccessible(page, 'pipeline board');

    await page.getByRole('link', { name: 'List' }).click();
    const rows = page.getByRole('row');
    const total = (await apps()).length;
    await expect.poll(() => rows.count()).toBe(total + 1);
    await page.getByLabel('Search').fill('lumen');
    await expect.poll(() => rows.count()).toBe(2);
    await expect(rows.nth(1).getByRole('link').textContent()).resolves.toBe('Lumen & Co');
    await page.getByLabel('Search').fill('');
    await page.getByLabel('Status').selectOption('interviewing');
    const interviewing = (await apps()).filter((x) => x.status === 'interviewing').length;
    await expect.poll(() => rows.count()).toBe(interviewing + 1);
    await expectAccessible(page, 'pipeline list');
    await screenshot(page, 'pipeline-list');
  });

  it('Application: the timeline, what comes next and the people', async () => {
    const lumen = (await apps()).find((x) => x.company === 'Lumen & Co')!;
    await page.goto(`${server.url}/applications/${String(lumen.id)}`);
    await heading('Lumen & Co');
    await page
      .getByRole('list', { name: 'Timeline' })
      .getByText(/^Round 1: /)
      .first()
      .waitFor();
    // The interviewer, named and linked to their contact page.
    await page
      .getByRole('complementary', { name: 'People' })
      .getByRole('link', { name: 'Chloé Tremblay' })
      .waitFor();
    await expectAccessible(page, 'application');
    await screenshot(page, 'application-demo');
  });

  it('Log interview: the form and its live plan preview', async () => {
    const lumen = (await apps()).find((x) => x.company === 'Lumen & Co')!;
    await page.goto(`${server.url}/applications/${String(lumen.id)}/interviews/new`);
    await heading('Log an interview');
    await page.getByLabel('When it started').fill('2026-03-04T09:00');
    await page.getByLabel('Interviewers').fill('Sam Lee <sam@lumen.example>');
    await page
      .getByRole('complementary', { name: 'The plan it will create' })
      .getByText('thank-you note to Sam Lee')
      .waitFor();
    // A time still to come schedules the interview instead; a bad value is refused at its field.
    await page.getByLabel('When it started').fill('2026-03-09T09:00');
    await page.getByText('it will be saved as a scheduled interview').waitFor();
    await page.getByLabel('How long').fill('forever');
    await page.getByText('"forever" is not a duration').first().waitFor();
    await expect(page.getByLabel('How long').getAttribute('aria-invalid')).resolves.toBe('true');
    await expectAccessible(page, 'log interview');
  });

  it('Compose: a drafted note with its findings', async () => {
    const action = (await server.api<ActionJson[]>('GET', '/api/actions?limit=1000')).find(
      (x) => x.kind === 'thank_you',
    )!;
    const m = await server.api<MessageJson>('POST', `/api/actions/${String(action.id)}/draft`, {});
    await page.goto(`${server.url}/messages/${String(m.id)}`);
    await page.getByRole('textbox', { name: 'Note', exact: true }).waitFor();
    await page
      .getByRole('region', { name: 'Note check' })
      .getByText(/Check:|Error|Warning/)
      .first()
      .waitFor();
    await expectAccessible(page, 'compose');
    await screenshot(page, 'compose-demo');
    // Back on its action, the draft is opened again, not drafted over (the edits would be lost).
    await page.goto(`${server.url}/applications/${String(action.application_id)}`);
    await page
      .getByRole('listitem', { name: action.title })
      .getByRole('link', { name: 'Open draft' })
      .click();
    await page.waitForURL(`**/messages/${String(m.id)}`);
  });

  it('Settings: saves, refuses a bad value at its field, sends a test e-mail', async () => {
    await page.goto(`${server.url}/settings`);
    await heading('Settings');
    await expectAccessible(page, 'settings');
    await screenshot(page, 'settings');

    const sections = page.getByRole('navigation', { name: 'Settings sections' });
    await sections.getByRole('link', { name: 'Goals' }).click();
    await page.getByLabel('Applications to send per week').fill('8');
    await page.getByRole('button', { name: 'Save goals' }).click();
    await page.getByRole('region', { name: 'Goals' }).getByText('Saved.').waitFor();
    const settings = await server.api<SettingJson[]>('GET', '/api/settings');
    expect(settings.find((s) => s.key === 'weekly_goal')?.value).toBe('8');

    await sections.getByRole('link', { name: 'Schedule' }).click();
    const zone = page.getByLabel('Time zone', { exact: true });
    await zone.fill('Mars/Olympus_Mons');
    await page.getByRole('button', { name: 'Save schedule' }).click();
    await page.getByText('unknown time zone "Mars/Olympus_Mons"').waitFor();
    await expect(zone.getAttribute('aria-invalid')).resolves.toBe('true');

    await sections.getByRole('link', { name: 'Mail' }).click();
    await page.getByRole('button', { name: 'Send test e-mail' }).click();
    await page.getByText(/^Sent to alex@example\.com/).waitFor();
    expect(smtp.received.at(-1)?.parsed.subject).toBe('Afterview test e-mail');
  });

  it('shows names that look like HTML as text, never as markup', async () => {
    const hostile = await server.api<ApplicationJson>('POST', '/api/applications', {
      company: HOSTILE,
      role: '<script>globalThis.__injected=2</script>',
      notes: '<b>bold?</b> <a href="javascript:alert(1)">link</a>',
    });
    for (const path of [
      `/applications/${String(hostile.id)}`,
      '/pipeline?view=list',
      '/pipeline',
    ]) {
      await page.goto(server.url + path);
      await page.getByText(HOSTILE).first().waitFor();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.locator('main script, main b, main a[href^="javascript"]').count()).toBe(0);
      expect(
        await page.evaluate(() => (globalThis as { __injected?: number }).__injected),
      ).toBeUndefined();
    }
  });

  it('Not found: an unknown address says so', async () => {
    await page.goto(`${server.url}/no/such/page`);
    await heading('Nothing here');
    await expectAccessible(page, 'not found');
  });

  it('caused no script error, CSP violation or request off this machine', () => {
    expect(problems).toEqual([]);
  });
});
