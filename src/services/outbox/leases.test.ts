import { hostname } from 'node:os';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TestSmtp } from '../../adapters/test/smtp.js';
import type { Store } from '../../store/store.js';
import type { Ctx } from '../context.js';
import { draftForAction } from '../messages/drafts.js';
import { getMessage, mustGetMessage } from '../messages/messages.js';
import { deliveryEnv } from '../open.js';
import { fixture, loggedInterview, type Fixture } from '../test/interview-fixture.js';
import { Dispatcher } from './dispatch.js';
import { later } from './outbox-attempt.js';
import { confirmSent, recoverSending, sendMessage, type OutboxDeps } from './outbox.js';

/**
 * Claims are leases (issue 16): a message in `sending` is its claimer's until the lease runs
 * out, whichever machine the claimer is on; then any instance holds it for the user, never sends
 * it again. A claimer that comes back late with a result finds the rule of outbox-attempt.ts.
 */

const LEASE = 60_000;
const T0 = '2026-03-02T22:00:00.000Z';
/** Another machine's instance: its pid means nothing here. */
const OTHER_HOST = 'other-host:4242:a1b2';

let smtp: TestSmtp;
let f: Fixture;
const extra: Store[] = [];

/** The claimer, on another machine unless told; recovery sees no process as gone but by lease. */
const deps = (over: OutboxDeps = {}): OutboxDeps => ({
  owner: OTHER_HOST,
  leaseMs: LEASE,
  retryBaseMs: 10,
  sleep: () => Promise.resolve(),
  timeoutMs: 5000,
  ...over,
});
/** Crashes right after the claim is committed. */
const crashAfterClaim = (over: OutboxDeps = {}): OutboxDeps =>
  deps({
    afterStep: (s) => {
      if (s === 'claimed') throw new Error('killed after the claim');
    },
    ...over,
  });
/** This machine's recovery, in another process on the same database and clock. */
function otherProcess(): Ctx {
  const store = f.reopen();
  extra.push(store);
  return { ...f.ctx, store };
}
const recovery = { leaseMs: LEASE };

beforeAll(async () => {
  smtp = await TestSmtp.start();
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(async () => {
  smtp.reset();
  f = await fixture(smtp.settings());
});
afterEach(async () => {
  for (const s of extra.splice(0)) await s.close();
  await f.cleanup();
});

async function thankYouDraft(): Promise<number> {
  const { byKind } = await loggedInterview(f.ctx);
  return (await draftForAction(f.ctx, byKind('thank_you').id)).message.id;
}
const notes = async (id: number): Promise<string> =>
  (await f.ctx.store.messages.events(id)).map((e) => e.note ?? '').join('\n');

describe('a claim is a lease', () => {
  it("another machine's claim is left alone while its lease runs, and held (not resent) at its end", async () => {
    const id = await thankYouDraft();
    await expect(sendMessage(f.ctx, id, {}, crashAfterClaim())).rejects.toThrow(/killed/);
    expect(await f.ctx.store.messages.sendingUnheld()).toEqual([
      { id, owner: OTHER_HOST, claimedAt: T0, leaseExpiresAt: later(T0, LEASE) },
    ]);
    const here = otherProcess();
    expect(await recoverSending(here, recovery)).toEqual([]);
    f.at(later(T0, LEASE - 1));
    expect(await recoverSending(here, recovery)).toEqual([]);
    expect((await getMessage(here, id)).heldAt).toBeNull();
    await expect(sendMessage(here, id, { resend: true }, deps())).rejects.toThrow(
      /being sent by another process/,
    );
    f.at(later(T0, LEASE));
    expect(await recoverSending(here, recovery)).toEqual([id]);
    const m = await mustGetMessage(f.ctx.store, id);
    expect(m).toMatchObject({ state: 'sending', heldAt: later(T0, LEASE) });
    expect(await notes(id)).toMatch(
      /its claim by other-host:4242:a1b2 ran out at 2026-03-02T22:01:00\.000Z: held until you confirm/,
    );
    expect(smtp.received).toHaveLength(0);
    // Held is held: nobody sends it again without the user.
    await expect(sendMessage(here, id, {}, deps())).rejects.toThrow(/may already have been sent/);
    expect(await recoverSending(here, recovery)).toEqual([]);
  });

  it('the dispatcher wakes when a lease it waits for runs out, then holds that message', async () => {
    const id = await thankYouDraft();
    await f.ctx.store.settings.put({ digestEnabled: false });
    await expect(sendMessage(f.ctx, id, {}, crashAfterClaim())).rejects.toThrow(/killed/);
    const logs: string[] = [];
    const timers = { set: () => 0, clear: () => undefined };
    const d = new Dispatcher(otherProcess(), {
      appUrl: 'http://127.0.0.1:4747',
      ...recovery,
      timers,
      log: (l) => logs.push(l),
    });
    const first = await d.tick();
    expect(first).toMatchObject({ held: [], outcomes: [], wakeAt: later(T0, LEASE) });
    f.at(later(T0, LEASE));
    const second = await d.tick();
    expect(second).toMatchObject({ held: [id], outcomes: [] });
    expect(logs.join('\n')).toMatch(/message #\d+ was being sent by an Afterview that stopped/);
    expect(smtp.received).toHaveLength(0);
  });

  it("this machine's claim by a process that is gone is held at once, before its lease ends", async () => {
    const id = await thankYouDraft();
    const gone = `${hostname()}:4194305:dead`; // above Linux's largest pid (2^22): never runs
    await expect(sendMessage(f.ctx, id, {}, crashAfterClaim({ owner: gone }))).rejects.toThrow();
    expect(await recoverSending(otherProcess(), recovery)).toEqual([id]);
    expect(await notes(id)).toMatch(/after the process that was sending it stopped: held/);
  });

  it("this machine's claim by a live process waits for its lease like any other", async () => {
    const id = await thankYouDraft();
    const live = `${hostname()}:${String(process.pid)}:earlier`;
    await expect(sendMessage(f.ctx, id, {}, crashAfterClaim({ owner: live }))).rejects.toThrow();
    expect(await recoverSending(otherProcess(), recovery)).toEqual([]);
    f.at(later(T0, LEASE));
    expect(await recoverSending(otherProcess(), recovery)).toEqual([id]);
  });

  it('a claim from before leases (no expiry) is held a lease after it was taken', async () => {
    const id = await thankYouDraft();
    await expect(sendMessage(f.ctx, id, {}, crashAfterClaim())).rejects.toThrow();
    await f.ctx.store.messages.update(id, { leaseExpiresAt: null, sendingOwner: 'old-host:7' }, T0);
    expect(await recoverSending(otherProcess(), recovery)).toEqual([]);
    f.at(later(T0, LEASE));
    expect(await recoverSending(otherProcess(), recovery)).toEqual([id]);
  });
});

describe('a claimer whose lease ran out comes back with a result', () => {
  /** The claimer is slow: while it talks to the server, its lease runs out and `here` holds it. */
  const heldMeanwhile = (here: () => Ctx): OutboxDeps =>
    deps({
      afterStep: async (s) => {
        if (s !== 'claimed') return;
        f.at(later(T0, LEASE + 1000));
        expect(await recoverSending(here(), recovery)).toHaveLength(1);
      },
    });

  it('sent: the server took it, so it is recorded sent, held or not', async () => {
    const id = await thankYouDraft();
    const r = await sendMessage(f.ctx, id, {}, heldMeanwhile(otherProcess));
    expect(r.outcome).toBe('sent');
    expect(r.message).toMatchObject({ state: 'sent', heldAt: null, lastError: null });
    expect(smtp.received).toHaveLength(1);
    expect(await notes(id)).toMatch(
      /sent via smtp: 250 .* \(after it was held: its claim had run out\)/,
    );
  });

  it('retry: never once held; it stays held, noting that it did not arrive', async () => {
    const id = await thankYouDraft();
    const seen = smtp.dataSeen;
    smtp.queue = ['tempfail'];
    const r = await sendMessage(f.ctx, id, {}, heldMeanwhile(otherProcess));
    expect(r.outcome).toBe('held');
    expect(r.message).toMatchObject({ state: 'sending', attempts: 1 });
    expect(r.message.heldAt).not.toBeNull();
    expect(r.message.lastError).toMatch(/451/);
    expect(await notes(id)).toMatch(/not retried, as it was held meanwhile: it did not arrive/);
    expect(smtp.received).toHaveLength(0);
    // The dispatcher does not pick it up either.
    await f.ctx.store.settings.put({ digestEnabled: false });
    const d = new Dispatcher(f.ctx, {
      appUrl: 'http://127.0.0.1:4747',
      ...recovery,
      graceMs: 0,
      timers: { set: () => 0, clear: () => undefined },
    });
    f.at(later(T0, 3_600_000));
    expect((await d.tick()).outcomes).toEqual([]);
    expect(smtp.dataSeen - seen).toBe(1);
  });

  it('a refusal: recorded failed, held or not (it certainly did not arrive)', async () => {
    const id = await thankYouDraft();
    smtp.mode = 'reject';
    const r = await sendMessage(f.ctx, id, {}, heldMeanwhile(otherProcess));
    expect(r.outcome).toBe('failed');
    expect(r.message).toMatchObject({ state: 'failed', heldAt: null });
    expect(r.message.lastError).toMatch(/550/);
  });

  it('after the user settled the hold, the late result changes nothing and is logged', async () => {
    const id = await thankYouDraft();
    const r = await sendMessage(
      f.ctx,
      id,
      {},
      deps({
        afterStep: async (s) => {
          if (s !== 'claimed') return;
          f.at(later(T0, LEASE + 1000));
          const here = otherProcess();
          await recoverSending(here, recovery);
          await confirmSent(here, id, recovery);
        },
      }),
    );
    expect(r.outcome).toBe('sent');
    expect(r.message.state).toBe('sent');
    const events = await f.ctx.store.messages.events(id);
    expect(events.filter((e) => e.toState === 'sent' && e.fromState === 'sending')).toHaveLength(1);
    expect(events.at(-1)?.note).toMatch(
      /^attempt 1 was sent via smtp: 250 .*, after its claim ran out and you had already decided about it$/,
    );
  });
});

describe('AFTERVIEW_SEND_LEASE_SECONDS', () => {
  it('sets the lease in whole seconds; unset, the default applies; nonsense is refused', () => {
    expect(deliveryEnv({ AFTERVIEW_SEND_LEASE_SECONDS: '5' }).leaseMs).toBe(5000);
    expect(deliveryEnv({}).leaseMs).toBeUndefined();
    for (const bad of ['0', '-3', '1.5', 'soon'])
      expect(() => deliveryEnv({ AFTERVIEW_SEND_LEASE_SECONDS: bad })).toThrow(
        /AFTERVIEW_SEND_LEASE_SECONDS must be a whole number of seconds/,
      );
  });
});
