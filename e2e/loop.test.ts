/**
 * The second half of the loop in the browser (issue 12): the Debrief action on Today opens the
 * debrief page; a draft survives a reload; the saved debrief's better answer comes up for review
 * (rated with a key) and shows in the brief of the next round, which prints without the app's
 * chrome. axe-core checks each page in the light and the dark theme.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ActionJson,
  ApplicationJson,
  InterviewResultJson,
  QuestionJson,
} from '../src/web/api/types.js';
import { openSession, screenshot, type Server, type Session } from './harness.js';
import { expectAccessibleInBothThemes } from './themes.js';

let session: Session;
let server: Server;
let page: Page;
let problems: string[];
let interviewId = 0;

const QUESTION = 'Tell me about a time you disagreed with your manager';
const BETTER = 'Situation, task, action, result: the billing migration, told in two minutes.';

beforeAll(async () => {
  session = await openSession();
  ({ server, page, problems } = session);
  const app = await server.api<ApplicationJson>('POST', '/api/applications', {
    company: 'Northwind Traders',
    role: 'Backend Engineer',
    status: 'applied',
  });
  const logged = await server.api<InterviewResultJson>('POST', '/api/interviews', {
    application_id: app.id,
    at: '2026-03-04T10:00',
    duration: '45m',
    interviewers: ['Priya Raman <priya@northwind.example>'],
    topics: ['event sourcing for billing'],
  });
  interviewId = logged.interview.id;
});

afterAll(() => session.close());

describe('debrief → review → brief', () => {
  it('the Debrief action on Today opens the debrief page', async () => {
    await page.goto(server.url);
    const today = await server.api<ActionJson[]>('GET', '/api/today');
    const debrief = today.find((a) => a.kind === 'debrief');
    expect(debrief?.interview_id).toBe(interviewId);
    await page
      .getByRole('listitem', { name: debrief!.title })
      .getByRole('link', { name: 'Write debrief' })
      .click();
    await page.getByRole('heading', { name: 'Debrief of round 1', level: 1 }).waitFor();
    await expect(page.getByRole('group', { name: 'Were you on time?' }).count()).resolves.toBe(1);
    await expect(page.locator('fieldset.choice').count()).resolves.toBe(9);
    await expectAccessibleInBothThemes(page, 'debrief');
  });

  it('keeps a draft through a reload, then saves it and plans the gaps', async () => {
    await page.getByRole('group', { name: 'Were you on time?' }).getByLabel('Yes').check();
    await page
      .getByRole('group', { name: 'Was there anything awkward or uncomfortable?' })
      .getByLabel('Partly')
      .check();
    await page.getByRole('group', { name: 'Overall, how did it go?' }).getByLabel('3 good').check();
    await page.getByLabel('Answers to improve').fill('Shorter answers');
    await page.getByLabel('Documents you still owe them').fill('references');
    await page.getByLabel('Skill gaps to work on before the next round').fill('Kafka');
    await page.getByRole('textbox', { name: 'Question 1', exact: true }).fill(QUESTION);
    await page.getByLabel('How I answered').fill('I rambled about process.');
    await page
      .getByRole('group', { name: 'How well I answered question 1' })
      .getByLabel('2 weak')
      .check();
    await page.getByLabel('Better answer for next time').fill(BETTER);
    await page.waitForTimeout(600);
    await page.reload();
    await page.getByText(/Your unsaved draft from .* is back\./).waitFor();
    await expect(page.getByLabel('Better answer for next time').inputValue()).resolves.toBe(BETTER);
    await expect(
      page.getByRole('group', { name: 'Were you on time?' }).getByLabel('Yes').isChecked(),
    ).resolves.toBe(true);
    await screenshot(page, 'debrief');
    await page.getByRole('button', { name: 'Save debrief' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Debrief saved.' });
    await saved.getByText('1 better answer added to your review deck.').waitFor();
    await saved.getByText(/Planned: .*Kafka/).waitFor();
    const debrief = await server.api<{ questions: { better_answer: string | null }[] }>(
      'GET',
      `/api/interviews/${String(interviewId)}/debrief`,
    );
    expect(debrief.questions.map((q) => q.better_answer)).toEqual([BETTER]);
  });

  it('edits the debrief later: a saved debrief fills the form again', async () => {
    await page.reload();
    await expect(page.getByLabel('Better answer for next time').inputValue()).resolves.toBe(BETTER);
    await expect(page.getByText(/unsaved draft/).count()).resolves.toBe(0);
    await page.getByLabel('Answers that went well').fill('The system design part');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Debrief saved.' }).waitFor();
    const d = await server.api<{ went_well: string[] }>(
      'GET',
      `/api/interviews/${String(interviewId)}/debrief`,
    );
    expect(d.went_well).toEqual(['The system design part']);
  });

  it('reviews the better answer: reveal, rate with the key 3, see when it comes back', async () => {
    await page.getByRole('link', { name: 'Review', exact: true }).click();
    await page.getByRole('heading', { name: 'Review', level: 1 }).waitFor();
    await page.getByRole('heading', { name: QUESTION, level: 2 }).waitFor();
    await expectAccessibleInBothThemes(page, 'review');
    await page.getByRole('button', { name: 'Show the better answer' }).click();
    await page.getByText(BETTER).waitFor();
    await expectAccessibleInBothThemes(page, 'review, revealed');
    await screenshot(page, 'review');
    await page.keyboard.press('3');
    await page.getByText(/: Good\. It comes back /).waitFor();
    await page.getByText(/The next card is due /).waitFor();
    const [q] = await server.api<QuestionJson[]>('GET', '/api/questions');
    expect(q?.reviews).toBe(1);
    expect(Date.parse(q!.due!)).toBeGreaterThan(Date.parse('2026-03-04T20:00:00Z'));
  });

  it('shows the better answer, the gap and the reminder in the brief of round two', async () => {
    const app = (await server.api<ApplicationJson[]>('GET', '/api/applications'))[0]!;
    const next = await server.api<InterviewResultJson>('POST', '/api/interviews', {
      application_id: app.id,
      at: '2026-03-10T14:00',
      kind: 'onsite',
      interviewers: ['Priya Raman <priya@northwind.example>'],
    });
    await page.goto(`${server.url}/interviews/${String(next.interview.id)}/brief`);
    await page.getByRole('heading', { name: 'Brief for round 2', level: 1 }).waitFor();
    const asked = page.getByRole('region', { name: /Questions asked at Northwind Traders/ });
    await asked.getByText(QUESTION).waitFor();
    await asked.getByText(BETTER).waitFor();
    await page.getByRole('region', { name: 'Open skill gaps' }).getByText('Kafka').waitFor();
    await page
      .getByRole('region', { name: 'Documents still owed' })
      .getByText('references')
      .waitFor();
    await page.getByText('Before you leave, ask about the next steps').waitFor();
    await page
      .getByRole('region', { name: /What was discussed before/ })
      .getByText('event sourcing for billing')
      .waitFor();
    await expectAccessibleInBothThemes(page, 'brief');
    await screenshot(page, 'brief');
    // The print stylesheet keeps the brief and drops the app's banner and buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.banner').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Print' }).isVisible()).resolves.toBe(false);
    await expect(page.getByText(BETTER).first().isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('caused no script error, CSP violation or request off this machine', () => {
    expect(problems).toEqual([]);
  });
});
