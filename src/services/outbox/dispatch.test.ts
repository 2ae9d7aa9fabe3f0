import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TestSmtp } from '../../adapters/test/smtp.js';
import type { Store } from '../../store/store.js';
import type { Ctx } from '../context.js';
import { enqueueDigest, sendDigestNow } from '../calendar/digest.js';
import { Dispatcher, type DispatcherOptions, type Timers } from './dispatch.js';
import { draftForAction } from '../messages/drafts.js';
import { mustGetMessage } from '../messages/messages.js';
import { sendMessage } from './outbox.js';
import { fixture, loggedInterview, type Fixture } from '../test/interview-fixture.js';

/**
 * The dispatcher on a real SQLite file and a real SMTP server on 127.0.0.1, with a fake clock.
 * A "restart" is a new Dispatcher on a new connection to the same file: nothing is remembered
 * in memory, so this is what a restarted `afterview serve` does.
 */

let smtp: TestSmtp;
let f: Fixture;
let logs: string[];
const extra: Store[] = [];
const APP = 'http://127.0.0.1:4747';

/** Monday 9 March 2026 in Toronto (EDT since Sunday): 08:00 local is 12:00Z. */
const MON_0759 = '2026-03-09T11:59:00.000Z';
const MON_0800 = '2026-03-09T12:00:00.000Z';

/** Timers that never fire: the tests call tick() themselves. */
const inert: Timers & { pending: number[] } = {
  pending: [],
  set(_fn, ms) {
    this.pending.push(ms);
    return this.pending.length;
  },
  clear() {
    this.pending.length = 0;
  },
};

const opts = (over: Partial<DispatcherOptions> = {}): DispatcherOptions => ({
  appUrl: APP,
  owner: 'test-host:1',
  isOwnerGone: () => false,
  retryBaseMs: 2000,
  timeoutMs: 5000,
  timers: inert,
  log: (line) => logs.push(line),
  ...over,
});

/** Another process on the same database, sharing the test's clock. */
function otherProcess(): Ctx {
  const store = f.reopen();
  extra.push(store);
  return { ...f.ctx, store };
}

const digests = () => smtp.received.filter((m) => m.parsed.subject?.startsWith('Afterview:'));

beforeAll(async () => {
  smtp = await TestSmtp.start();
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(async () => {
  smtp.reset();
  logs = [];
  f = await fixture(smtp.settings());
});
afterEach(async () => {
  for (const s of extra.splice(0)) await s.close();
  await f.cleanup();
});

describe('the daily digest', () => {
  it("arrives at 08:00 on a work day with today's and overdue actions, once", async () => {
    const { appId } = await loggedInterview(f.ctx);
    const d = new Dispatcher(f.ctx, opts());
    f.at(MON_0759);
    expect((await d.tick()).digest).toBe('not_due');
    expect(digests()).toHaveLength(0);
    f.at(MON_0800);
    const r = await d.tick();
    expect(r.digest).toMatchObject({ date: '2026-03-09', created: true });
    expect(r.outcomes).toEqual([{ id: expect.any(Number) as number, outcome: 'sent' }]);
    expect(digests()).toHaveLength(1);
    const mail = digests()[0]!;
    expect(mail.to).toEqual(['alex@example.com']);
    expect(mail.parsed.subject).toMatch(/^Afterview: \d+ overdue, \d+ due today \(Mon 9 Mar\)$/);
    const text = mail.parsed.text ?? '';
    expect(text).toContain('Hello Alex, here is your day in Afterview.');
    expect(text).toContain('Why: ');
    expect(text).toContain(`${APP}/applications/${String(appId)}`);
    expect(text).toMatch(/- Mon 2 Mar \d\d:\d\d {2}\S/);
    expect(mail.parsed.messageId).toMatch(/^<.+@example\.com>$/);
    // Later the same day: nothing more.
    f.at('2026-03-09T15:00:00.000Z');
    expect((await d.tick()).outcomes).toEqual([]);
    expect(digests()).toHaveLength(1);
    // The next work day: the next one.
    f.at('2026-03-10T12:00:00.000Z');
    await d.tick();
    expect(digests()).toHaveLength(2);
  });

  it('survives a restart and a second server on the same file: one e-mail a day', async () => {
    await loggedInterview(f.ctx);
    f.at(MON_0800);
    const [a, b] = [new Dispatcher(f.ctx, opts()), new Dispatcher(otherProcess(), opts())];
    // One after the other: in one thread, two connections waiting on each other's write lock
    // would only measure SQLite's busy timeout. Separate processes are what `serve` runs as.
    const ra = await a.tick();
    const rb = await b.tick();
    expect(digests()).toHaveLength(1);
    expect(ra.digest).toMatchObject({ created: true });
    expect(rb.digest).toMatchObject({ id: (ra.digest as { id: number }).id, created: false });
    // Restarted twice, late in the day.
    f.at('2026-03-09T20:00:00.000Z');
    await new Dispatcher(otherProcess(), opts()).tick();
    await new Dispatcher(otherProcess(), opts()).tick();
    expect(digests()).toHaveLength(1);
  });

  it('catches up once after running late, and skips the weekend and holidays', async () => {
    await loggedInterview(f.ctx);
    // Down from Friday morning to Monday 11:00: Friday's digest is not sent on Monday.
    f.at('2026-03-07T15:00:00.000Z'); // Saturday
    const d = new Dispatcher(f.ctx, opts());
    expect((await d.tick()).digest).toBe('not_due');
    f.at('2026-03-09T15:00:00.000Z');
    await d.tick();
    await d.tick();
    expect(digests()).toHaveLength(1);
    expect(digests()[0]!.parsed.subject).toContain('(Mon 9 Mar)');
    await f.ctx.store.settings.put({ holidays: ['2026-03-10'] });
    f.at('2026-03-10T15:00:00.000Z');
    expect((await d.tick()).digest).toBe('not_due');
    expect(digests()).toHaveLength(1);
  });

  it("sends today's digest, not a stale one a crash left queued", async () => {
    await loggedInterview(f.ctx);
    f.at('2026-03-06T13:00:00.000Z'); // Friday 08:00 EST
    const friday = await enqueueDigest(f.ctx, APP, {}); // …and the server died before sending
    expect(friday).toMatchObject({ date: '2026-03-06', created: true });
    f.at('2026-03-09T13:00:00.000Z');
    const r = await new Dispatcher(otherProcess(), opts()).tick();
    expect(r.expired).toEqual([typeof friday === 'string' ? 0 : friday.id]);
    expect(digests()).toHaveLength(1);
    expect(digests()[0]!.parsed.subject).toContain('(Mon 9 Mar)');
  });

  it('holds a digest whose sender died mid-send instead of sending it again', async () => {
    await loggedInterview(f.ctx);
    f.at(MON_0800);
    const crashing = new Dispatcher(
      f.ctx,
      opts({
        afterStep: (s) => {
          if (s === 'claimed') throw new Error('killed');
        },
      }),
    );
    await expect(crashing.tick()).rejects.toThrow('killed');
    f.at('2026-03-09T12:05:00.000Z');
    const restarted = new Dispatcher(otherProcess(), opts({ isOwnerGone: () => true }));
    const r = await restarted.tick();
    expect(r.held).toHaveLength(1);
    expect(r.outcomes).toEqual([]);
    expect(digests()).toHaveLength(0);
    expect(logs.join('\n')).toMatch(/was being sent by an Afterview that stopped or stalled: held/);
    const m = await mustGetMessage(f.ctx.store, r.held[0]!);
    expect(m).toMatchObject({ kind: 'digest', state: 'sending' });
    expect(m.heldAt).not.toBeNull();
  });

  it('retries a refused-for-now digest when the backoff is over, still once', async () => {
    await loggedInterview(f.ctx);
    smtp.queue = ['tempfail'];
    f.at(MON_0800);
    const d = new Dispatcher(f.ctx, opts());
    const first = await d.tick();
    expect(first.outcomes.map((o) => o.outcome)).toEqual(['retry']);
    expect(first.wakeAt).toBe('2026-03-09T12:00:02.000Z');
    f.at('2026-03-09T12:00:01.000Z');
    expect((await d.tick()).outcomes).toEqual([]);
    f.at('2026-03-09T12:00:02.000Z');
    expect((await d.tick()).outcomes.map((o) => o.outcome)).toEqual(['sent']);
    expect(digests()).toHaveLength(1);
  });

  it('says nothing about the digest to someone who never set up mail', async () => {
    await f.ctx.store.settings.put({ email: '', digestTo: '', smtpHost: '' });
    f.at(MON_0800);
    const d = new Dispatcher(f.ctx, opts());
    expect((await d.tick()).digest).toBe('no_recipient');
    expect(logs.filter((l) => l.includes('digest'))).toEqual([]);
    // Once they start (an address, no server yet), it says what is missing, once.
    await f.ctx.store.settings.put({ email: 'alex@example.com' });
    expect((await d.tick()).digest).toBe('no_smtp');
    expect((await d.tick()).digest).toBe('no_smtp');
    expect(logs.filter((l) => l.includes('digest'))).toEqual([
      'daily digest: not sent, no SMTP server is set (the smtp.host setting)',
    ]);
  });

  it('stays quiet without SMTP, when turned off, and says why once', async () => {
    await f.ctx.store.settings.put({ smtpHost: '' });
    f.at(MON_0800);
    const d = new Dispatcher(f.ctx, opts());
    expect((await d.tick()).digest).toBe('no_smtp');
    expect((await d.tick()).digest).toBe('no_smtp');
    expect(logs.filter((l) => l.includes('no SMTP server'))).toHaveLength(1);
    await f.ctx.store.settings.put({ smtpHost: '127.0.0.1', digestEnabled: false });
    expect((await d.tick()).digest).toBe('not_due');
    expect(digests()).toHaveLength(0);
  });

  it('`digest --send` sends now, once a day, and the dispatcher then leaves the day alone', async () => {
    await loggedInterview(f.ctx);
    f.at('2026-03-09T11:00:00.000Z'); // 07:00, before the digest time
    const r = await sendDigestNow(f.ctx, APP);
    expect(r.outcome).toBe('sent');
    expect(r.message).toMatchObject({ kind: 'digest', state: 'sent' });
    await expect(sendDigestNow(f.ctx, APP)).rejects.toThrow(
      /already sent as message #\d+: one a day/,
    );
    f.at(MON_0800);
    await new Dispatcher(f.ctx, opts()).tick();
    expect(digests()).toHaveLength(1);
  });
});

describe('scheduled messages', () => {
  it('sends a message whose `afterview send` died while waiting to retry, after a grace', async () => {
    const { byKind } = await loggedInterview(f.ctx);
    await f.ctx.store.settings.put({ digestEnabled: false });
    const draft = await draftForAction(f.ctx, byKind('thank_you').id);
    smtp.queue = ['tempfail'];
    await expect(
      sendMessage(
        f.ctx,
        draft.message.id,
        {},
        {
          owner: 'test-host:2',
          isOwnerGone: () => false,
          sleep: () => Promise.reject(new Error('killed while waiting')),
          timeoutMs: 5000,
        },
      ),
    ).rejects.toThrow('killed while waiting');
    const waiting = await mustGetMessage(f.ctx.store, draft.message.id);
    expect(waiting.state).toBe('scheduled');
    const d = new Dispatcher(f.ctx, opts());
    // Within the grace the `send` process might still be about to retry it itself.
    expect((await d.tick()).outcomes).toEqual([]);
    f.at(new Date(Date.parse(waiting.nextAttemptAt!) + 120_000).toISOString());
    expect((await d.tick()).outcomes).toEqual([{ id: draft.message.id, outcome: 'sent' }]);
    expect(smtp.received).toHaveLength(1);
    const sent = await mustGetMessage(f.ctx.store, draft.message.id);
    expect(sent.state).toBe('sent');
    expect((await f.ctx.store.actions.get(byKind('thank_you').id))?.status).toBe('done');
  });

  it('wakes for the next due message or digest, at most a minute away', async () => {
    f.at('2026-03-09T11:30:00.000Z');
    const d = new Dispatcher(f.ctx, opts());
    expect((await d.tick()).wakeAt).toBe('2026-03-09T11:31:00.000Z');
    f.at('2026-03-09T11:59:30.000Z');
    expect((await d.tick()).wakeAt).toBe(MON_0800);
  });

  it('starts, keeps its timer, and stops cleanly', async () => {
    f.at(MON_0759);
    inert.pending.length = 0;
    const d = new Dispatcher(f.ctx, opts());
    await d.start();
    await d.stop();
    expect(inert.pending).toEqual([]);
    const e = new Dispatcher(f.ctx, opts());
    await e.start();
    await new Promise((r) => setTimeout(r, 200));
    expect(inert.pending).toEqual([60_000]);
    await e.stop();
    expect(inert.pending).toEqual([]);
  });

  it('wakes earlier when nudged for a time before its next wake, never later', async () => {
    f.at('2026-03-09T11:30:00.000Z');
    inert.pending.length = 0;
    const d = new Dispatcher(f.ctx, opts());
    await d.start();
    await new Promise((r) => setTimeout(r, 200));
    expect(inert.pending).toEqual([60_000]);
    await d.nudge(1, '2026-03-09T11:30:05.000Z');
    expect(inert.pending).toEqual([5000]);
    await d.nudge(1, '2026-03-09T11:30:30.000Z');
    expect(inert.pending).toEqual([5000]);
    await d.stop();
  });

  it('reports what is due, waiting and held, and when it last looked', async () => {
    const { byKind } = await loggedInterview(f.ctx);
    await f.ctx.store.settings.put({ digestEnabled: false });
    const draft = await draftForAction(f.ctx, byKind('thank_you').id);
    smtp.queue = ['tempfail'];
    await expect(
      sendMessage(
        f.ctx,
        draft.message.id,
        {},
        {
          owner: 'test-host:2',
          isOwnerGone: () => false,
          sleep: () => Promise.reject(new Error('killed while waiting')),
          timeoutMs: 5000,
        },
      ),
    ).rejects.toThrow('killed while waiting');
    const d = new Dispatcher(f.ctx, opts({ timeoutMs: 500 }));
    expect(await d.health()).toEqual({
      kind: 'in-process',
      ok: false,
      due: 0,
      waiting: 1,
      held: 0,
      lastRunAt: null,
    });
    const waiting = await mustGetMessage(f.ctx.store, draft.message.id);
    f.at(new Date(Date.parse(waiting.nextAttemptAt!) + 120_000).toISOString());
    smtp.queue = ['hang'];
    expect(await d.health()).toMatchObject({ due: 1, waiting: 0, held: 0 });
    await d.start();
    await d.stop();
    const h = await d.health();
    expect(h).toMatchObject({ ok: false, due: 0, waiting: 0, held: 1 });
    expect(h.lastRunAt).toBe(f.ctx.now());
  });
});
