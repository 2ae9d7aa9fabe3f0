/**
 * The after-interview loop as a new user does it in the browser, against a real server, a real
 * SMTP server and Debian's Chromium (issue 6): empty state → add an application → log an
 * interview (plan previewed, then saved) → draft, check and send the thank-you → mark a
 * follow-up done → move the card on the board with the keyboard. The steps share one page and
 * run in order; axe-core checks every page on the way.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionJson, ApplicationDetailJson } from '../src/web/api/types.js';
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
let appId = 0;

beforeAll(async () => {
  session = await openSession({ mail: true });
  ({ server, page, problems } = session);
  smtp = session.smtp!;
});

afterAll(() => session.close());

/**
 * Space, an arrow, Space, as a keyboard user does it. Each key waits for the board's screen-reader
 * announcement of the previous one: dnd-kit listens for the next key only once the lift is done.
 */
async function moveWithKeyboard(
  handle: Locator,
  arrow: 'ArrowLeft' | 'ArrowRight',
  from: string,
  to: string,
) {
  const card = 'Northwind Traders, Backend Engineer';
  const said = (text: string) => page.getByText(text).last().waitFor({ state: 'attached' });
  await handle.focus();
  await page.keyboard.press('Space');
  await said(`${card} is over ${from}.`);
  await page.keyboard.press(arrow);
  await said(`${card} is over ${to}.`);
  await page.keyboard.press('Space');
  await said(`${card} was dropped on ${to}.`);
}

const detail = () => server.api<ApplicationDetailJson>('GET', `/api/applications/${String(appId)}`);

describe('a new user after an interview', () => {
  it('sees what to do first on an empty Today', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Start with the job you applied for' }).waitFor();
    await expect(
      page.getByRole('link', { name: 'Add your first application' }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('button', { name: 'Explore with demo data' }).isVisible(),
    ).resolves.toBe(true);
    await expectAccessible(page, 'today (empty)');
    await screenshot(page, 'today-empty');
  });

  it('adds an application', async () => {
    await page.getByRole('link', { name: 'Add your first application' }).click();
    await page.getByRole('heading', { name: 'Add an application' }).waitFor();
    await page.getByLabel('Company').fill('Northwind Traders');
    await page.getByLabel('Role').fill('Backend Engineer');
    await page.getByLabel('Status').selectOption('applied');
    await expectAccessible(page, 'add application');
    await page.getByRole('button', { name: 'Add application' }).click();
    await page.getByRole('heading', { name: 'Northwind Traders', level: 1 }).waitFor();
    appId = Number(/\/applications\/(\d+)$/.exec(page.url())?.[1]);
    expect(appId).toBeGreaterThan(0);
    expect((await detail()).application).toMatchObject({
      role: 'Backend Engineer',
      status: 'applied',
    });
  });

  it('logs an interview, seeing the plan before it is saved and after', async () => {
    await page.getByRole('link', { name: 'Log an interview' }).click();
    await page.getByRole('heading', { name: 'Log an interview' }).waitFor();
    await page.getByLabel('When it started').fill('2026-03-04T10:00');
    await page.getByLabel('How long').fill('45m');
    await page.getByLabel('Interviewers').fill('Priya Raman <priya@northwind.example>');
    await page.getByLabel('What you talked about').fill('event sourcing for billing');
    await page.getByLabel('Follow up on').fill('2026-03-11');

    const preview = page.getByRole('complementary', { name: 'The plan it will create' });
    await preview.getByText('thank-you note to Priya Raman').waitFor();
    await preview.getByText(/actions?, not saved yet/).waitFor();
    // A preview only: nothing is stored yet.
    expect((await detail()).interviews).toHaveLength(0);
    await expectAccessible(page, 'log interview (preview)');
    await screenshot(page, 'log-interview');

    await page.getByRole('button', { name: 'Save interview and plan' }).click();
    await page.getByText('Round 1 saved.').waitFor();
    const plan = page.getByRole('region', { name: 'Your plan' });
    await plan.getByText('thank-you note to Priya Raman').waitFor();
    const d = await detail();
    expect(d.interviews).toHaveLength(1);
    expect(d.application.status).toBe('interviewing');
    expect(d.actions.map((a) => a.kind)).toEqual(
      expect.arrayContaining(['thank_you', 'follow_up']),
    );
    await expectAccessible(page, 'log interview (saved plan)');
  });

  it('drafts the thank-you, is blocked by an error finding, then sends it over SMTP', async () => {
    const thanks = page.getByRole('listitem').filter({ hasText: 'thank-you note to Priya Raman' });
    await thanks.getByRole('button', { name: 'Draft note' }).click();
    await page.getByRole('heading', { name: 'Thank you by email' }).waitFor();
    const note = page.getByRole('textbox', { name: 'Note', exact: true });
    const send = page.getByRole('button', { name: 'Send', exact: true });
    await page.getByText('Check: no problems found.').waitFor();
    const clean = await note.inputValue();
    expect(clean).toContain('Dear Priya');
    expect(clean).toContain('event sourcing for billing');

    // A request in a thank-you is an error (seed 001): highlighted in the text, Send disabled.
    await note.fill(`${clean}\n\nPlease let me know when I will hear back.`);
    const mark = page.locator('.hl-backdrop mark.hl-error');
    await mark.first().waitFor();
    await expect(mark.allTextContents()).resolves.toContain('let me know');
    await page.getByRole('list', { name: 'Check findings' }).getByText('Error').first().waitFor();
    expect(await send.isDisabled()).toBe(true);
    await expectAccessible(page, 'compose (with an error)');
    await screenshot(page, 'compose');

    await note.fill(clean);
    await page.getByText('Check: no problems found.').waitFor();
    await expect(send.isEnabled()).resolves.toBe(true);
    await send.click();
    await page.getByText(/^Sent to Priya Raman/).waitFor();

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual(['priya@northwind.example']);
    expect(mail.parsed.subject).toMatch(/Thank you/);
    expect(mail.parsed.text).toContain('event sourcing for billing');
    expect(mail.parsed.text).not.toContain('let me know');
    const messages = (await detail()).messages;
    expect(messages.map((m) => m.state)).toEqual(['sent']);
    await expectAccessible(page, 'compose (sent)');
  });

  it('marks the follow-up done', async () => {
    await page.goto(`${server.url}/applications/${String(appId)}`);
    const followUp = (await detail()).actions.find(
      (a: ActionJson) => a.kind === 'follow_up' && a.status === 'pending',
    );
    expect(followUp).toBeDefined();
    const item = page.getByRole('listitem', { name: followUp!.title });
    await item.getByRole('button', { name: 'Done' }).click();
    await page.getByText(`Follow-up done: ${followUp!.title}`).waitFor();
    const after = (await detail()).actions.find((a) => a.id === followUp!.id);
    expect(after?.status).toBe('done');
    await expectAccessible(page, 'application');
    await screenshot(page, 'application');
  });

  it('moves the card on the board with the keyboard: Space, →, Space', async () => {
    await page.getByRole('link', { name: 'Pipeline' }).click();
    const column = (name: string) =>
      page.getByRole('region', { name: new RegExp(`^${name} \\d+$`) });
    const handle = page.getByRole('button', { name: /^Move Northwind Traders, Backend Engineer/ });
    await column('Interviewing').getByText('Northwind Traders', { exact: true }).waitFor();
    await expectAccessible(page, 'pipeline board');

    await moveWithKeyboard(handle, 'ArrowRight', 'Interviewing', 'Offer');
    await column('Offer').getByText('Northwind Traders', { exact: true }).waitFor();
    await expect.poll(async () => (await detail()).application.status).toBe('offer');
    await screenshot(page, 'pipeline');

    // Backwards is not a legal move: the API refuses, the card stays, the reason is shown.
    await moveWithKeyboard(handle, 'ArrowLeft', 'Offer', 'Interviewing');
    await page.getByRole('alert').filter({ hasText: 'status only moves forward' }).waitFor();
    await column('Offer').getByText('Northwind Traders', { exact: true }).waitFor();
    expect((await detail()).application.status).toBe('offer');
  });

  it('caused no script error, CSP violation or request off this machine', () => {
    expect(problems).toEqual([]);
  });
});
