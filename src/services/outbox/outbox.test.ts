import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TestSmtp } from '../../adapters/test/smtp.js';
import { isAfterviewError } from '../../domain/errors.js';
import { draftForAction } from '../messages/drafts.js';
import { editMessage, getMessage } from '../messages/messages.js';
import { presentMessage } from '../present/present-message.js';
import {
  confirmSent,
  listOutbox,
  recoverSending,
  sendMessage,
  type OutboxDeps,
  type SendStep,
} from './outbox.js';
import { fixture, loggedInterview, type Fixture } from '../test/interview-fixture.js';

let smtp: TestSmtp;
let f: Fixture;
let delays: number[];
/** Fast retries, recorded; nobody else's process owns anything. */
const deps = (over: OutboxDeps = {}): OutboxDeps => ({
  owner: 'test-host:1',
  isOwnerGone: () => false,
  retryBaseMs: 10,
  sleep: (ms) => {
    delays.push(ms);
    return Promise.resolve();
  },
  outDir: join(f.dir, 'outbox'),
  timeoutMs: 5000,
  ...over,
});
const crashAt = (step: SendStep): OutboxDeps =>
  deps({
    afterStep: (s) => {
      if (s === step) throw new Error(`crash after ${step}`);
    },
  });

beforeAll(async () => {
  smtp = await TestSmtp.start();
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(async () => {
  smtp.reset();
  delays = [];
  f = await fixture(smtp.settings());
});
afterEach(async () => {
  await f.cleanup();
});

async function thankYouDraft(
  n = 0,
): Promise<{ id: number; actionId: number; contactId: number | null }> {
  const { byKind } = await loggedInterview(f.ctx);
  const action = byKind('thank_you', n);
  const m = (await draftForAction(f.ctx, action.id)).message;
  return { id: m.id, actionId: action.id, contactId: m.contactId };
}
const states = async (id: number) =>
  (await f.ctx.store.messages.events(id)).map((e) => `${e.fromState ?? '∅'}→${e.toState}`);

describe('sending through a real SMTP server', () => {
  it('delivers a checked, personal thank-you exactly once; its action is done, the contact contacted', async () => {
    const d = await thankYouDraft();
    const r = await sendMessage(f.ctx, d.id, {}, deps());
    expect(r.outcome).toBe('sent');
    expect(smtp.received).toHaveLength(1);
    const got = smtp.received[0]!;
    expect(got.to).toEqual(['priya@northwind.example']);
    expect(got.from).toBe('alex@example.com');
    expect(got.parsed.subject).toBe('Thank you – Backend Engineer interview');
    expect(got.parsed.text).toContain('Dear Priya,');
    expect(got.parsed.text).toContain('event sourcing for billing');
    expect(got.parsed.html).toContain('<p>Dear Priya,</p>');
    expect(got.parsed.messageId).toBe(r.message.transportId);
    expect(r.message).toMatchObject({
      state: 'sent',
      via: 'smtp',
      attempts: 1,
      sentAt: '2026-03-02T22:00:00.000Z',
    });
    expect(r.message.transportResponse).toMatch(/^250 /);
    expect((await f.ctx.store.actions.get(d.actionId))?.status).toBe('done');
    expect((await f.ctx.store.contacts.get(d.contactId!))?.lastContactedAt).toBe(
      '2026-03-02T22:00:00.000Z',
    );
    expect(await states(d.id)).toEqual([
      '∅→draft',
      'draft→approved',
      'approved→scheduled',
      'scheduled→sending',
      'sending→sent',
    ]);
    await expect(sendMessage(f.ctx, d.id, {}, deps())).rejects.toThrow(
      /already sent .* never sent twice/,
    );
    expect(smtp.received).toHaveLength(1);
  });

  it('a check error blocks sending, writing nothing; forcing needs a reason, which is logged', async () => {
    const d = await thankYouDraft();
    await editMessage(f.ctx, d.id, {
      body: 'Dear Priya,\n\nThank you for the talk about event sourcing and your patience. Let me know!',
    });
    const before = await states(d.id);
    await expect(sendMessage(f.ctx, d.id, {}, deps())).rejects.toThrow(
      /1 check error \(no_request/,
    );
    await expect(sendMessage(f.ctx, d.id, { force: true }, deps())).rejects.toThrow(
      /reason must not be empty/,
    );
    expect(await states(d.id)).toEqual(before);
    expect(smtp.received).toHaveLength(0);
    expect((await getMessage(f.ctx, d.id)).forced).toBeNull();
    const r = await sendMessage(
      f.ctx,
      d.id,
      { force: true, reason: 'she asked me to', by: 'sam, on the command line' },
      deps(),
    );
    expect(r.outcome).toBe('sent');
    const notes = (await f.ctx.store.messages.events(d.id)).map((e) => e.note ?? '');
    expect(notes).toContain('approved by force past 1 check error(s): she asked me to');
    // The message itself keeps the reason, who forced it and when (issue 11: outbox show).
    expect(r.message.forced).toEqual({
      reason: 'she asked me to',
      by: 'sam, on the command line',
      at: f.ctx.now(),
    });
    expect(presentMessage(r.message, 'America/Toronto').forced).toMatchObject({
      reason: 'she asked me to',
      by: 'sam, on the command line',
    });
  });

  it('a 5xx refusal fails at once and is shown; the action stays pending', async () => {
    const d = await thankYouDraft();
    smtp.mode = 'reject';
    const r = await sendMessage(f.ctx, d.id, {}, deps());
    expect(r).toMatchObject({ outcome: 'failed', attempts: 1 });
    expect(r.message.state).toBe('failed');
    expect(r.message.lastError).toMatch(/550/);
    expect(delays).toEqual([]);
    expect((await f.ctx.store.actions.get(d.actionId))?.status).toBe('pending');
    // Fixed on the server's side: the failed message may be sent again.
    smtp.mode = 'accept';
    expect((await sendMessage(f.ctx, d.id, {}, deps())).outcome).toBe('sent');
    expect(smtp.received).toHaveLength(1);
  });

  it('transport errors retry with backoff, then deliver once', async () => {
    const d = await thankYouDraft();
    smtp.queue = ['tempfail', 'drop-envelope'];
    const r = await sendMessage(f.ctx, d.id, {}, deps());
    expect(r).toMatchObject({ outcome: 'sent', attempts: 3 });
    expect(delays).toEqual([10, 30]);
    expect(smtp.received).toHaveLength(1);
    expect((await states(d.id)).filter((s) => s === 'sending→scheduled')).toHaveLength(2);
  });

  it('gives up after mail.attempts and marks it failed', async () => {
    const d = await thankYouDraft();
    smtp.mode = 'tempfail';
    const r = await sendMessage(f.ctx, d.id, {}, deps());
    expect(r).toMatchObject({ outcome: 'failed', attempts: 3 });
    expect(r.message.lastError).toMatch(/451/);
  });

  it('a connection cut after the data went out is held, never resent without the user', async () => {
    const d = await thankYouDraft();
    smtp.mode = 'drop-data';
    const r = await sendMessage(f.ctx, d.id, {}, deps());
    expect(r.outcome).toBe('held');
    expect(r.message.state).toBe('sending');
    expect(r.message.heldAt).not.toBeNull();
    smtp.mode = 'accept';
    await expect(sendMessage(f.ctx, d.id, {}, deps())).rejects.toThrow(
      /may already have been sent \(Message-ID </,
    );
    const again = await sendMessage(f.ctx, d.id, { resend: true }, deps());
    expect(again.outcome).toBe('sent');
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.parsed.messageId).toBe(r.message.transportId);
  });
});

describe('a crash between steps', () => {
  it('after the server accepted, before it was recorded: held on restart, never sent twice', async () => {
    const d = await thankYouDraft();
    await expect(sendMessage(f.ctx, d.id, {}, crashAt('delivered'))).rejects.toThrow(
      /crash after delivered/,
    );
    expect(smtp.received).toHaveLength(1);
    expect((await f.ctx.store.messages.get(d.id))?.state).toBe('sending');
    // Restart: the claiming process is gone.
    const restart = deps({ isOwnerGone: () => true });
    expect(await recoverSending(f.ctx, restart)).toEqual([d.id]);
    const [held] = await listOutbox(f.ctx, {}, restart);
    expect(held).toMatchObject({ id: d.id, state: 'sending' });
    expect(held?.heldAt).not.toBeNull();
    expect(held?.transportId).toMatch(/^<.+@example\.com>$/);
    await expect(sendMessage(f.ctx, d.id, {}, restart)).rejects.toThrow(
      /may already have been sent/,
    );
    expect(smtp.received).toHaveLength(1);
    const confirmed = await confirmSent(f.ctx, d.id, restart);
    expect(confirmed.state).toBe('sent');
    expect((await f.ctx.store.actions.get(d.actionId))?.status).toBe('done');
    expect(smtp.received).toHaveLength(1);
  });

  it('after the claim, before the transport call: held too; the user resends it once', async () => {
    const d = await thankYouDraft();
    await expect(sendMessage(f.ctx, d.id, {}, crashAt('claimed'))).rejects.toThrow(
      /crash after claimed/,
    );
    expect(smtp.received).toHaveLength(0);
    const restart = deps({ isOwnerGone: () => true });
    await recoverSending(f.ctx, restart);
    const r = await sendMessage(f.ctx, d.id, { resend: true }, restart);
    expect(r.outcome).toBe('sent');
    expect(smtp.received).toHaveLength(1);
  });

  it('while the claiming process lives, nobody holds or takes its message', async () => {
    const d = await thankYouDraft();
    await expect(sendMessage(f.ctx, d.id, {}, crashAt('claimed'))).rejects.toThrow();
    expect(await recoverSending(f.ctx, deps({ isOwnerGone: () => false }))).toEqual([]);
    await expect(sendMessage(f.ctx, d.id, { resend: true }, deps())).rejects.toThrow(
      /being sent by another process/,
    );
    await expect(confirmSent(f.ctx, d.id, deps())).rejects.toThrow(/still in progress/);
  });
});

describe('the spacing guard', () => {
  it('refuses a second follow-up to a contact within 7 days with too_soon, unless forced with a logged reason', async () => {
    const { byKind } = await loggedInterview(f.ctx);
    f.at('2026-03-09T14:00:00.000Z');
    const first = (await draftForAction(f.ctx, byKind('follow_up').id)).message;
    expect((await sendMessage(f.ctx, first.id, {}, deps())).outcome).toBe('sent');
    // The plan moves on to a call, 7 days later; calling tomorrow is too soon.
    const call = (await f.ctx.store.actions.list({ applicationId: first.applicationId ?? 0 })).find(
      (a) => a.kind === 'follow_up',
    );
    expect(call?.channel).toBe('phone');
    f.at('2026-03-10T14:00:00.000Z');
    const second = (await draftForAction(f.ctx, call!.id)).message;
    const e: unknown = await sendMessage(f.ctx, second.id, {}, deps()).catch((x: unknown) => x);
    expect(isAfterviewError(e) && e.code).toBe('too_soon');
    expect(String(e)).toMatch(/had a follow-up on 2026-03-09; the next one may go from 2026-03-16/);
    const r = await sendMessage(
      f.ctx,
      second.id,
      { force: true, reason: 'they asked me to call' },
      deps(),
    );
    expect(r.outcome).toBe('sent');
    const notes = (await f.ctx.store.messages.events(second.id)).map((x) => x.note ?? '');
    expect(notes.join('\n')).toMatch(
      /by force past the spacing guard \(last follow-up 2026-03-09\): they asked me to call/,
    );
  });
});

describe('files instead of SMTP', () => {
  it('writes an .eml file with the same Message-ID', async () => {
    const d = await thankYouDraft(1);
    const r = await sendMessage(f.ctx, d.id, { via: 'eml' }, deps());
    expect(r.outcome).toBe('sent');
    const path = r.message.artifactPath ?? '';
    expect(path).toMatch(/outbox\/message-\d+-jurgen-muller\.eml$/);
    const parsed = await simpleParser(readFileSync(path));
    expect(parsed.messageId).toBe(r.message.transportId);
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    expect(to?.value[0]).toEqual({ name: 'Jürgen Müller', address: 'jm@northwind.example' });
    expect(smtp.received).toHaveLength(0);
  });

  it('prints a letter as a PDF, with the address it was given', async () => {
    const { byKind } = await loggedInterview(f.ctx);
    const m = (await draftForAction(f.ctx, byKind('thank_you').id, { channel: 'letter' })).message;
    await expect(sendMessage(f.ctx, m.id, {}, deps())).rejects.toThrow(/no postal address/);
    await editMessage(f.ctx, m.id, { address: '400 Bay Street; Toronto ON M5H 2Y4' });
    const r = await sendMessage(f.ctx, m.id, {}, deps());
    const path = r.message.artifactPath ?? '';
    expect(existsSync(path)).toBe(true);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Priya Raman');
    expect(text).toContain('400 Bay Street');
    expect(text).toContain('Dear Priya');
  });

  it('needs an SMTP server for --via smtp, and says which setting', async () => {
    const d = await thankYouDraft();
    await f.ctx.store.settings.put({ smtpHost: '' });
    await expect(sendMessage(f.ctx, d.id, {}, deps())).rejects.toThrow(
      /no SMTP server set: set smtp.host/,
    );
    expect(await states(d.id)).toEqual(['∅→draft']);
  });
});

describe('a message orphaned in sending', () => {
  it('shows held at once when its claim holder is gone, before any send attempt', async () => {
    const d = await thankYouDraft();
    // A claim of this machine by a pid that cannot run (above Linux's largest, 2^22).
    const gone = { ...crashAt('claimed'), owner: `${hostname()}:4194305:dead` };
    await expect(sendMessage(f.ctx, d.id, {}, gone)).rejects.toThrow(/crash after/);
    const m = await getMessage(f.ctx, d.id);
    expect(m.state).toBe('sending');
    expect(m.heldAt).not.toBeNull();
    expect(smtp.received).toHaveLength(0);
  });
});
