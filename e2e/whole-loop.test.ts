/**
 * The Done-when of issue 12: a new user does the whole loop in the browser alone, on a laptop and
 * on a phone-sized window. From an empty home, only through the pages (no API call changes
 * anything): set up mail, add an application, log an interview with an interviewer, a topic and
 * an owed document, open Today, send the thank-you over SMTP, write the debrief (checklist, a
 * question with a better answer, a skill gap), schedule round two, review the better answer with
 * the key 3, and read the brief of round two. Every page on the way passes axe-core in the light
 * and the dark theme and, at 390 px, has no element wider than the window.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationDetailJson, QuestionJson } from '../src/web/api/types.js';
import {
  LAPTOP,
  openSession,
  overflowing,
  PHONE,
  screenshot,
  type Server,
  type Session,
  TestSmtp,
} from './harness.js';
import { expectAccessibleInBothThemes } from './themes.js';

const QUESTION = 'How would you migrate billing to event sourcing?';
const BETTER = 'Strangle the old ledger: dual-write events, compare the balances, then cut over.';

// On PostgreSQL (the postgres project) the laptop journey alone: the pages are the same, the
// database is what that run proves.
const ON_POSTGRES = process.env.AFTERVIEW_TEST_DIALECT === 'postgres';

describe.each(
  [
    { name: 'laptop', viewport: LAPTOP },
    { name: 'phone', viewport: PHONE },
  ].filter((w) => !ON_POSTGRES || w.name === 'laptop'),
)('the whole loop on a $name ($viewport.width px)', ({ name, viewport }) => {
  let session: Session;
  let server: Server;
  let page: Page;
  let smtp: TestSmtp;
  let appId = 0;
  const phone = viewport.width < 600;
  // Read-only look at what the pages stored, to prove them; the steps themselves use the pages.
  const detail = () =>
    server.api<ApplicationDetailJson>('GET', `/api/applications/${String(appId)}`);

  beforeAll(async () => {
    // A new user: no mail settings, the digest as it comes (the test counts only Priya's mail).
    session = await openSession({ mail: false, digest: true, viewport });
    ({ server, page } = session);
    smtp = await TestSmtp.start();
    const health = await server.api<{ database: { dialect: string } }>('GET', '/api/health');
    expect(health.database.dialect).toBe(ON_POSTGRES ? 'postgresql' : 'sqlite');
  });

  afterAll(async () => {
    await session.close();
    await smtp.close();
  });

  /** The page as it stands, once its data is in: no sideways scrolling on a phone, axe in both themes. */
  async function check(what: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    if (phone)
      expect(await overflowing(page), `${what} at ${String(viewport.width)} px`).toEqual([]);
    await expectAccessibleInBothThemes(page, `${what} (${name})`);
  }

  /** A link of the main navigation: on a phone it sits behind the Menu button. */
  async function go(label: string): Promise<void> {
    if (phone) await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  }

  /**
   * Tabs from where the focus is to the control named `label` inside `within` and presses Enter,
   * as a keyboard user does: Today's actions must be reachable without a pointer.
   */
  async function tabTo(within: Locator, label: string): Promise<void> {
    const target = within.getByRole(label === 'Write debrief' ? 'link' : 'button', { name: label });
    await target.waitFor();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focused = within.locator(':focus');
      if ((await focused.count()) === 1 && (await focused.textContent())?.trim() === label) {
        await page.keyboard.press('Enter');
        return;
      }
    }
    throw new Error(`Tab never reached "${label}"`);
  }

  const h1 = (text: string | RegExp) =>
    page.getByRole('heading', { name: text, level: 1 }).waitFor();

  it('starts on an empty Today and sets up mail in Settings', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Start with the job you applied for' }).waitFor();
    await check('today (empty)');

    await go('Settings');
    await h1('Settings');
    await page.getByLabel('Your name').fill('Alex Doe');
    await page.getByLabel('Your e-mail address').fill('alex@example.com');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Saved.').waitFor();
    await check('settings (profile)');

    await page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: 'Mail' })
      .click();
    const mail = smtp.settings();
    await page.getByLabel('SMTP server').fill(mail['smtp.host']);
    await page.getByLabel('Port', { exact: true }).fill(mail['smtp.port']);
    await page.getByLabel('Refuse to send without encryption').uncheck();
    await page.getByRole('button', { name: 'Save mail' }).click();
    await page.getByText('Saved.').waitFor();
    await check('settings (mail)');
  });

  it('adds an application', async () => {
    await go('Today');
    await page.getByRole('link', { name: 'Add your first application' }).click();
    await h1('Add an application');
    await page.getByLabel('Company').fill('Northwind Traders');
    await page.getByLabel('Role').fill('Backend Engineer');
    await page.getByLabel('Status').selectOption('applied');
    await check('add application');
    await page.getByRole('button', { name: 'Add application' }).click();
    await h1('Northwind Traders');
    appId = Number(/\/applications\/(\d+)$/.exec(page.url())?.[1]);
    expect(appId).toBeGreaterThan(0);
    await check('application');
  });

  it('logs the interview with an interviewer, a topic and a document owed', async () => {
    await page.getByRole('link', { name: 'Log an interview' }).first().click();
    await h1('Log an interview');
    await page.getByLabel('When it started').fill('2026-03-04T10:00');
    await page.getByLabel('How long').fill('45m');
    await page.getByLabel('Interviewers').fill('Priya Raman <priya@northwind.example>');
    await page.getByLabel('What you talked about').fill('event sourcing for billing');
    await page.getByLabel('Documents you promised').fill('references');
    const preview = page.getByRole('complementary', { name: 'The plan it will create' });
    await preview.getByText('thank-you note to Priya Raman').waitFor();
    await check('log interview');
    await page.getByRole('button', { name: 'Save interview and plan' }).click();
    await page.getByText('Round 1 saved.').waitFor();
    await check('log interview (saved)');
    const d = await detail();
    expect(d.interviews.map((i) => i.documents_owed)).toEqual([['references']]);
  });

  it('opens Today, reaches Draft note by keyboard, sends the thank-you over SMTP', async () => {
    await page.getByRole('link', { name: 'Go to today' }).click();
    await h1('Today');
    await page.getByRole('region', { name: 'Summary' }).waitFor();
    await check('today');
    await tabTo(
      page.getByRole('listitem').filter({ hasText: 'thank-you note to Priya Raman' }),
      'Draft note',
    );
    await h1('Thank you by email');
    await page.getByText('Check: no problems found.').waitFor();
    await check('compose');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText(/^Sent to Priya Raman/).waitFor();
    await check('compose (sent)');
    const toPriya = smtp.received.filter((m) => m.to.includes('priya@northwind.example'));
    expect(toPriya).toHaveLength(1);
    const mail = toPriya[0]!;
    expect(mail.parsed.subject).toMatch(/Thank you/);
    expect(mail.parsed.text).toContain('Dear Priya');
    expect(mail.parsed.text).toContain('event sourcing for billing');
  });

  it('writes the debrief from Today (reached by keyboard): the checklist, a better answer and a skill gap', async () => {
    await go('Today');
    await h1('Today');
    await tabTo(
      page.getByRole('listitem').filter({ hasText: 'Write your debrief' }),
      'Write debrief',
    );
    await h1('Debrief of round 1');
    await check('debrief');
    const answers = ['Yes', 'Yes', 'Yes', 'Partly', 'Yes', 'Yes', 'No'];
    const groups = page.locator('fieldset.choice');
    for (const [i, answer] of answers.entries()) {
      await groups.nth(i).getByLabel(answer, { exact: true }).check();
    }
    await page.getByRole('group', { name: 'Overall, how did it go?' }).getByLabel('3 good').check();
    await page.getByLabel('Skill gaps to work on before the next round').fill('Kafka');
    await page.getByRole('textbox', { name: 'Question 1', exact: true }).fill(QUESTION);
    await page.getByLabel('How I answered').fill('I described a big-bang rewrite.');
    await page
      .getByRole('group', { name: 'How well I answered question 1' })
      .getByLabel('2 weak')
      .check();
    await page.getByLabel('Better answer for next time').fill(BETTER);
    await check('debrief (filled in)');
    await page.getByRole('button', { name: 'Save debrief' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Debrief saved.' });
    await saved.getByText('1 better answer added to your review deck.').waitFor();
    await check('debrief (saved)');
  });

  it('schedules round two from the application', async () => {
    await page.getByRole('link', { name: 'Back to the application' }).click();
    await h1('Northwind Traders');
    await page.getByRole('link', { name: 'Log an interview' }).first().click();
    await h1('Log an interview');
    await page.getByLabel('When it started').fill('2026-03-10T14:00');
    await page.getByLabel('Kind').selectOption('onsite');
    await page.getByLabel('Interviewers').fill('Priya Raman <priya@northwind.example>');
    await page.getByText('That time is still to come').waitFor();
    await page.getByRole('button', { name: 'Save interview and plan' }).click();
    await page.getByText('Round 2 saved.').waitFor();
    const d = await detail();
    expect(d.interviews.map((i) => [i.round, i.state])).toEqual(
      expect.arrayContaining([
        [1, 'held'],
        [2, 'scheduled'],
      ]),
    );
  });

  it('reviews the better answer and rates it good with the key 3', async () => {
    await go('Review');
    await h1('Review');
    await page.getByRole('heading', { name: QUESTION, level: 2 }).waitFor();
    await check('review');
    await page.getByRole('button', { name: 'Show the better answer' }).click();
    await page.getByText(BETTER).waitFor();
    await check('review (revealed)');
    await page.keyboard.press('3');
    await page.getByText(/: Good\. It comes back /).waitFor();
    await check('review (done)');
    const [q] = await server.api<QuestionJson[]>('GET', '/api/questions');
    expect(q?.reviews).toBe(1);
  });

  it('reads the brief of round two: the better answer, the gap, the document, next steps', async () => {
    await go('Pipeline');
    await h1('Pipeline');
    await page
      .getByRole('link', { name: /^Northwind Traders/ })
      .first()
      .waitFor();
    await check('pipeline');
    await page
      .getByRole('link', { name: /^Northwind Traders/ })
      .first()
      .click();
    await h1('Northwind Traders');
    await page
      .getByRole('list', { name: 'Timeline' })
      .getByRole('link', { name: 'Read the brief' })
      .click();
    await h1('Brief for round 2');
    const asked = page.getByRole('region', { name: /Questions asked at Northwind Traders/ });
    await asked.getByText(QUESTION).waitFor();
    await asked.getByText(BETTER).waitFor();
    await page.getByRole('region', { name: 'Open skill gaps' }).getByText('Kafka').waitFor();
    await page
      .getByRole('region', { name: 'Documents still owed' })
      .getByText('references')
      .waitFor();
    await page.getByText('Before you leave, ask about the next steps').waitFor();
    await check('brief');
    await screenshot(page, `whole-loop-brief-${name}`);
  });

  it('caused no script error, CSP violation or request off this machine', () => {
    expect(session.problems).toEqual([]);
  });
});
