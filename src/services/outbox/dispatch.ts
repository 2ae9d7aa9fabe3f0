import { SmtpSessions } from '../../adapters/mail.js';
import { DIGEST_KEY_PREFIX, nextDigestAt } from '../../domain/digest.js';
import { localDateOf } from '../../domain/time.js';
import type { Instant } from '../../domain/types.js';
import type { DueMessage } from '../../store/repos/outbox-keys.js';
import type { Ctx } from '../context.js';
import { enqueueDigest, type DigestSkip, type Enqueued } from '../calendar/digest.js';
import { publicAppUrl } from '../calendar/calendar.js';
import { deliverScheduled, type DispatchOutcome, type DispatchSendDeps } from './dispatch-send.js';
import { later } from './outbox-attempt.js';
import { move, recoverSending, type RecoveryDeps } from './outbox-records.js';
import { loadAllSettings, loadPolicy } from '../settings/settings.js';

/**
 * The dispatcher inside `afterview serve`: wakes when a scheduled message falls due (a retry
 * after a transport error, a send whose process died while waiting) and at the daily digest
 * time, and sends through the outbox. It keeps no state of its own: everything it decides is
 * read from the database, so a restart (or a second server on the same file) picks up exactly
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

export interface DispatcherOptions extends DispatchSendDeps, RecoveryDeps {
  /** The web app's address, for the links in the digest. */
  appUrl: string;
  /** The longest sleep (default 60 s): a changed setting or clock is noticed by then. */
  maxSleepMs?: number;
  /**
   * A message `afterview send` left scheduled is the dispatcher's only this long after its next
   * attempt was due (default 2 min): until then the `send` process may still be waiting to retry
   * it itself. (It could not send it twice anyway; this only spares it a "someone else" error.)
   */
  graceMs?: number;
  timers?: Timers;
  /** One line per thing worth telling the person running the server. */
  log?: (line: string) => void;
}

export interface TickReport {
  /** Messages found in `sending` from a process that is gone, now held (first tick only). */
  held: number[];
  digest: Enqueued | DigestSkip | 'error';
  /** Digests of earlier days never sent: unscheduled, today's replaces them. */
  expired: number[];
  outcomes: { id: number; outcome: DispatchOutcome }[];
  /** When the dispatcher looks again. */
  wakeAt: Instant;
}

export class Dispatcher {
  private timer: unknown = null;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private recovered = false;
  private lastSkip: DigestSkip | null = null;

  constructor(
    private readonly ctx: Ctx,
    private readonly opts: DispatcherOptions,
  ) {}

  /** Runs the first tick now, then keeps waking until `stop()`. */
  start(): void {
    this.stopped = false;
    this.run();
  }

  /** Stops waking and waits for a tick in progress, so the database can close after it. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== null) (this.opts.timers ?? realTimers).clear(this.timer);
    this.timer = null;
    await this.running;
  }

  private run(): void {
    const tick = this.tick().then(
      (r) => Date.parse(r.wakeAt) - Date.parse(this.ctx.now()),
      (e: unknown) => {
        this.say(`dispatcher: ${e instanceof Error ? e.message : String(e)}`);
        return this.opts.maxSleepMs ?? 60_000;
      },
    );
    this.running = tick.then((ms) => {
      if (this.stopped) return;
      this.timer = (this.opts.timers ?? realTimers).set(
        () => {
          this.run();
        },
        Math.max(1000, ms),
      );
    });
  }

  private say(line: string): void {
    this.opts.log?.(line);
  }

  /** One look at the database: recover, enqueue the digest if due, send what is due. */
  async tick(): Promise<TickReport> {
    const ctx = this.ctx;
    const held = this.recovered ? [] : await recoverSending(ctx, this.opts);
    this.recovered = true;
    for (const id of held) {
      this.say(
        `message #${String(id)} was being sent when Afterview stopped: held in the outbox until you check whether it arrived`,
      );
    }
    const digest = await this.digest();
    const policy = await loadPolicy(ctx.store, ctx.systemZone);
    const now = ctx.now();
    const grace = this.opts.graceMs ?? 120_000;
    const dueAt = (m: DueMessage): Instant =>
      m.key === null ? later(m.nextAttemptAt, grace) : m.nextAttemptAt;
    const today = localDateOf(now, policy.timezone);
    const expired: number[] = [];
    const outcomes: TickReport['outcomes'] = [];
    const sessions = new SmtpSessions();
    try {
      for (const m of await ctx.store.outboxKeys.scheduled()) {
        if (dueAt(m) > now) continue;
        if (
          m.key?.startsWith(DIGEST_KEY_PREFIX) === true &&
          m.key.slice(DIGEST_KEY_PREFIX.length) < today
        ) {
          await ctx.store.transaction((tx) =>
            move(
              tx,
              { id: m.id, state: 'scheduled' },
              'draft',
              { nextAttemptAt: null },
              `expired: not sent on its day; today's digest replaces it`,
              now,
            ),
          );
          expired.push(m.id);
          continue;
        }
        const outcome = await deliverScheduled(ctx, m.id, { ...this.opts, smtpSessions: sessions });
        outcomes.push({ id: m.id, outcome });
        if (outcome !== 'skipped') this.say(`message #${String(m.id)} (${m.kind}): ${outcome}`);
      }
    } finally {
      sessions.close();
    }
    const after = ctx.now();
    const waiting = (await ctx.store.outboxKeys.scheduled()).map(dueAt);
    const candidates = [later(after, this.opts.maxSleepMs ?? 60_000), ...waiting];
    const digestAt = nextDigestAt(after, policy);
    if (digestAt !== null) candidates.push(digestAt);
    const wakeAt = candidates.reduce((a, b) => (a <= b ? a : b));
    return { held, digest, expired, outcomes, wakeAt };
  }

  private async mailStarted(): Promise<boolean> {
    const s = await loadAllSettings(this.ctx.store, this.ctx.systemZone);
    return s.profile.email !== '' || s.policy.digestTo !== '' || s.transport.smtpHost !== '';
  }

  private async digest(): Promise<TickReport['digest']> {
    try {
      const r = await enqueueDigest(
        this.ctx,
        await publicAppUrl(this.ctx, this.opts.appUrl),
        this.opts,
      );
      if (typeof r === 'string') {
        // Someone who never set up mail never asked for a digest: say nothing until they start
        // to (an address or a server), then say what is still missing, once.
        const quiet = r === 'not_due' || !(await this.mailStarted());
        if (!quiet && r !== this.lastSkip) {
          this.say(
            r === 'no_smtp'
              ? 'daily digest: not sent, no SMTP server is set (the smtp.host setting)'
              : 'daily digest: not sent, no address (the email setting)',
          );
        }
        this.lastSkip = r;
      } else {
        this.lastSkip = null;
        if (r.created) this.say(`daily digest of ${r.date}: queued as message #${String(r.id)}`);
      }
      return r;
    } catch (e) {
      this.say(`daily digest: ${e instanceof Error ? e.message : String(e)}`);
      return 'error';
    }
  }
}
