import { SmtpSessions } from '../../adapters/mail.js';
import { nextDigestAt } from '../../domain/digest.js';
import { localDateOf } from '../../domain/time.js';
import type { Instant } from '../../domain/types.js';
import type { Ctx } from '../context.js';
import type { DigestSkip, Enqueued } from '../calendar/digest.js';
import type { DeliveryQueue, QueueHealth } from './delivery-queue.js';
import type { DispatchOutcome, DispatchSendDeps } from './dispatch-send.js';
import { DigestStep, dueAt, outboxCounts, recoverLapsed, sendDue, type DueOptions } from './due.js';
import { later } from './outbox-attempt.js';
import type { RecoveryDeps } from './outbox-records.js';
import { loadPolicy } from '../settings/settings.js';

/**
 * The dispatcher inside `afterview serve` on SQLite: wakes when a scheduled message falls due (a
 * retry after a transport error, a send whose process died while waiting) and at the daily
 * digest time, and sends through the outbox. It keeps no state of its own: everything it decides
 * is read from the database, so a restart (or a second server on the same file) picks up exactly
 * where it left off, and the outbox's claims keep every message to one delivery.
 */

export interface Timers {
  set: (fn: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => {
    clearTimeout(h as ReturnType<typeof setTimeout>);
  },
};

export interface DispatcherOptions extends DispatchSendDeps, RecoveryDeps, DueOptions {
  /** The web app's address, for the links in the digest. */
  appUrl: string;
  /** The longest sleep (default 60 s): a changed setting or clock is noticed by then. */
  maxSleepMs?: number;
  timers?: Timers;
}

export interface TickReport {
  /** Messages found in `sending` whose claim lapsed (process gone, lease run out), now held. */
  held: number[];
  digest: Enqueued | DigestSkip | 'error';
  /** Digests of earlier days never sent: unscheduled, today's replaces them. */
  expired: number[];
  outcomes: { id: number; outcome: DispatchOutcome }[];
  /** When the dispatcher looks again. */
  wakeAt: Instant;
}

export class Dispatcher implements DeliveryQueue {
  readonly kind = 'in-process';
  private timer: unknown = null;
  /** When the timer fires (ms since the epoch, on the context's clock). */
  private wakeAt = Infinity;
  /** The earliest nudge that came while a tick ran: the tick's sleep ends by then. */
  private nudged = Infinity;
  private running: Promise<unknown> = Promise.resolve();
  private started = false;
  private stopped = false;
  private lastRunAt: Instant | null = null;
  private readonly digestStep: DigestStep;

  constructor(
    private readonly ctx: Ctx,
    private readonly opts: DispatcherOptions,
  ) {
    this.digestStep = new DigestStep(ctx, opts);
  }

  /** Runs the first tick now, then keeps waking until `stop()`. */
  start(): Promise<void> {
    this.started = true;
    this.stopped = false;
    this.run();
    return Promise.resolve();
  }

  /** Stops waking and waits for a tick in progress, so the database can close after it. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    await this.running;
  }

  /** Wakes earlier than planned when `at` comes first (after the tick in progress, if one is). */
  nudge(_id: number, at: Instant): Promise<void> {
    const when = Date.parse(at);
    if (!this.started || this.stopped) return Promise.resolve();
    if (this.timer === null) this.nudged = Math.min(this.nudged, when);
    else if (when < this.wakeAt) this.sleep(when - Date.parse(this.ctx.now()), 0);
    return Promise.resolve();
  }

  async health(): Promise<QueueHealth> {
    return {
      kind: this.kind,
      ok: this.started && !this.stopped,
      ...(await outboxCounts(this.ctx, this.opts)),
      lastRunAt: this.lastRunAt,
    };
  }

  private run(): void {
    this.clearTimer();
    const tick = this.tick().then(
      (r) => Date.parse(r.wakeAt) - Date.parse(this.ctx.now()),
      (e: unknown) => {
        this.say(`dispatcher: ${e instanceof Error ? e.message : String(e)}`);
        return this.opts.maxSleepMs ?? 60_000;
      },
    );
    this.running = tick.then((ms) => {
      this.lastRunAt = this.ctx.now();
      if (this.stopped) return;
      const nudged = this.nudged - Date.parse(this.ctx.now());
      this.nudged = Infinity;
      // A nudge may wake it sooner than the floor that keeps a busy loop from spinning.
      if (nudged < ms) this.sleep(nudged, 0);
      else this.sleep(ms, 1000);
    });
  }

  private sleep(ms: number, floor: number): void {
    this.clearTimer();
    const wait = Math.max(floor, ms);
    this.wakeAt = Date.parse(this.ctx.now()) + wait;
    this.timer = (this.opts.timers ?? realTimers).set(() => {
      this.run();
    }, wait);
  }

  private clearTimer(): void {
    if (this.timer !== null) (this.opts.timers ?? realTimers).clear(this.timer);
    this.timer = null;
    this.wakeAt = Infinity;
  }

  private say(line: string): void {
    this.opts.log?.(line);
  }

  /** One look at the database: recover, enqueue the digest if due, send what is due. */
  async tick(): Promise<TickReport> {
    const ctx = this.ctx;
    const { held } = await recoverLapsed(ctx, this.opts);
    const digest = await this.digestStep.run();
    const policy = await loadPolicy(ctx.store, ctx.systemZone);
    const now = ctx.now();
    const today = localDateOf(now, policy.timezone);
    const expired: number[] = [];
    const outcomes: TickReport['outcomes'] = [];
    const sessions = new SmtpSessions();
    try {
      for (const m of await ctx.store.outboxKeys.scheduled()) {
        if (dueAt(m, this.opts) > now) continue;
        const outcome = await sendDue(ctx, m, { ...this.opts, smtpSessions: sessions }, today);
        if (outcome === 'expired') expired.push(m.id);
        else outcomes.push({ id: m.id, outcome });
      }
    } finally {
      sessions.close();
    }
    // Again after the sends: a claim another instance took meanwhile has a lease to wake for.
    const again = await recoverLapsed(ctx, this.opts);
    held.push(...again.held);
    const after = ctx.now();
    const waiting = (await ctx.store.outboxKeys.scheduled()).map((m) => dueAt(m, this.opts));
    const candidates = [later(after, this.opts.maxSleepMs ?? 60_000), ...waiting];
    if (again.recheckAt !== null) candidates.push(again.recheckAt);
    const digestAt = nextDigestAt(after, policy);
    if (digestAt !== null) candidates.push(digestAt);
    const wakeAt = candidates.reduce((a, b) => (a <= b ? a : b));
    return { held, digest, expired, outcomes, wakeAt };
  }
}
