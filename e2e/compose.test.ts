/**
 * Compose delivers on every channel in the browser (issue 12): the .eml download parsed back with
 * mailparser, the letter's PDF read with pdftotext, the call and voicemail scripts, the LinkedIn
 * text copied; recipient and postal address edited in the page; no text names a command.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationJson, InterviewResultJson, MessageJson } from '../src/web/api/types.js';
import { screenshot, openSession, type Server, type Session, type TestSmtp } from './harness.js';
import { expectAccessibleInBothThemes } from './themes.js';

let session: Session;
let smtp: TestSmtp;
let server: Server;
let page: Page;
let problems: string[];
/** The thank-you action per interviewer's first name. */
const thanks = new Map<string, number>();

beforeAll(async () => {
  session = await openSession({ mail: true });
  ({ server, page, problems } = session);
  smtp = session.smtp!;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = await server.api<ApplicationJson>('POST', '/api/applications', {
    company: 'Northwind Traders',
    role: 'Backend Engineer',
    status: 'applied',
  });
  const logged = await server.api<InterviewResultJson>('POST', '/api/interviews', {
    application_id: app.id,
    at: '2026-03-04T10:00',
    duration: '45m',
    interviewers: [
      'Priya Raman <priya@northwind.example>',
      'Sam Lee <sam@northwind.example>',
      'Dana Cruz <dana@northwind.example>',
    ],
    topics: ['event sourcing for billing'],
  });
  for (const a of logged.plan.created.filter((x) => x.kind === 'thank_you')) {
    thanks.set(a.title.replace(/^.*note to (\w+).*$/, '$1'), a.id);
  }
  expect([...thanks.keys()].sort()).toEqual(['Dana', 'Priya', 'Sam']);
});

afterAll(() => session.close());

/** Drafts the thank-you to one interviewer and opens it in the composer. */
async function open(first: string): Promise<MessageJson> {
  const m = await server.api<MessageJson>(
    'POST',
    `/api/actions/${String(thanks.get(first))}/draft`,
  );
  await page.goto(`${server.url}/messages/${String(m.id)}`);
  await page.getByRole('group', { name: 'Send it by' }).waitFor();
  return m;
}

const noCommandOnScreen = async () => {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\bafterview [a-z]|--[a-z]{2,}/);
};

describe('compose: the channel choice', () => {
  it('downloads the e-mail as .eml, which parses back to the same note', async () => {
    const m = await open('Priya');
    await page.getByText('Check: no problems found.').waitFor();
    await expectAccessibleInBothThemes(page, 'compose (e-mail)');
    await screenshot(page, 'compose');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .eml' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^message-\d+-priya-raman\.eml$/);
    const parsed = await simpleParser(readFileSync(await download.path()));
    expect(parsed.subject).toBe(m.subject);
    expect(parsed.to === undefined || Array.isArray(parsed.to) ? '' : parsed.to.text).toContain(
      'priya@northwind.example',
    );
    expect(parsed.text?.trim()).toBe(m.body.trim());
    expect(parsed.messageId).toMatch(/@example\.com>$/);
    await page.getByText(/^Saved as an e-mail file for Priya Raman/).waitFor();
    await page.getByRole('link', { name: 'Download the .eml again' }).waitFor();
    expect(smtp.received).toEqual([]);
    await noCommandOnScreen();
  });

  it('switches to a letter, takes the postal address in the page, and makes the PDF', async () => {
    await open('Sam');
    await expect(page.getByLabel('To', { exact: true }).inputValue()).resolves.toBe(
      'Sam Lee <sam@northwind.example>',
    );
    await page.getByRole('radio', { name: /^Letter/ }).click();
    await page.getByRole('heading', { name: 'Thank you by letter', level: 1 }).waitFor();
    // No address yet: the check says so, in the page's words.
    await page
      .getByText(/no postal address for the recipient: add it in the Postal address/)
      .waitFor();
    await noCommandOnScreen();
    await page
      .getByLabel('Postal address')
      .fill('Northwind Traders\n1 Harbour Street\nToronto ON M5J 1A1');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Check: no problems found.').waitFor();
    await expectAccessibleInBothThemes(page, 'compose (letter)');
    await page.getByRole('button', { name: 'Make the PDF letter' }).click();
    const pdf = page.getByRole('link', { name: 'Open the PDF' });
    await pdf.waitFor();
    await expectAccessibleInBothThemes(page, 'message (letter made)');
    const href = await pdf.getAttribute('href');
    const res = await page.request.get(server.url + String(href));
    expect(res.headers()['content-type']).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'afterview-pdf-'));
    writeFileSync(join(dir, 'letter.pdf'), await res.body());
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'letter.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(text).toContain('1 Harbour Street');
    expect(text).toContain('Sam');
    expect(text).toMatch(/event sourcing/);
  });

  it('shows the call and voicemail scripts on the phone, and copies the LinkedIn text', async () => {
    await open('Dana');
    await page.getByRole('radio', { name: /^Phone/ }).click();
    await page.getByRole('heading', { name: 'Thank you by phone', level: 1 }).waitFor();
    const call = page.getByRole('textbox', { name: 'Call script' });
    const voicemail = page.getByRole('textbox', { name: /^Voicemail/ });
    await expect(call.inputValue()).resolves.toContain('Dana');
    await expect(voicemail.inputValue()).resolves.not.toBe('');
    await page.getByRole('button', { name: 'I made the call' }).waitFor();
    await expectAccessibleInBothThemes(page, 'compose (phone)');
    await page.getByRole('radio', { name: /^LinkedIn/ }).click();
    await page.getByRole('heading', { name: 'Thank you by linkedin', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Copy text' }).click();
    await page.getByText('Copied: paste it into your LinkedIn message.').waitFor();
    const clip = String(await page.evaluate('navigator.clipboard.readText()'));
    await expect(
      page.getByRole('textbox', { name: 'Note', exact: true }).inputValue(),
    ).resolves.toBe(clip);
    expect(clip).toContain('Dana');
    await noCommandOnScreen();
  });

  it('caused no script error, CSP violation or request off this machine', () => {
    expect(problems).toEqual([]);
  });
});
