import { DIGEST_KEY_PREFIX } from '../../domain/digest.js';
import { localDateOf } from '../../domain/time.js';
import type { Instant, LocalDate } from '../../domain/types.js';
import type { DueMessage } from '../../store/repos/outbox-keys.js';
import type { Ctx } from '../context.js';
import { publicAppUrl } from '../calendar/calendar.js';
import { enqueueDigest, type DigestSkip, type Enqueued } from '../calendar/digest.js';
import { loadAllSettings, loadPolicy } from '../settings/settings.js';
import { deliverScheduled, type DispatchOutcome, type DispatchSendDeps } from './dispatch-send.js';
import type { QueueHealth } from './delivery-queue.js';
import { later } from './outbox-attempt.js';
import { move, recoverClaims, type RecoveryDeps } from './outbox-records.js';

/**
 * The rules of unattended delivery that do not depend on who runs it: the in-process dispatcher
 * (SQLite) and the job queue (PostgreSQL) both send scheduled messages and the daily digest
 * through these, so the two cannot drift apart.
 */

/** How long a message `afterview send` left scheduled stays that process's (see `dueAt`). */
export const SEND_GRACE_MS = 120_000;

export interface DueOptions {
  /**
   * A message `afterview send` left scheduled is ours only this long after its next attempt was
   * due (default 2 min): until then the `send` process may still be waiting to retry it itself.
   * (It could not send it twice anyway; this only spares it a "someone else" error.)
   */
  graceMs?: number;
  /** One line per thing worth telling the person running the server. */
  log?: (line: string) => void;
}

/** When unattended delivery may take `m`: keyless messages are `afterview send`'s for a grace. */
export function dueAt(m: DueMessage, opts: DueOptions): Instant {
  return m.key === null ? later(m.nextAttemptAt, opts.graceMs ?? SEND_GRACE_MS) : m.nextAttemptAt;
}

/** The user's local date now: a digest keyed to an earlier day is stale. */
export async function today(ctx: Ctx): Promise<LocalDate> {
  const policy = await loadPolicy(ctx.store, ctx.systemZone);
  return localDateOf(ctx.now(), policy.timezone);
}

/**
 * Sends one due scheduled message, unless it is a digest of an earlier day never sent: that one
 * goes back to draft (`expired`), as today's digest replaces it. `day`: the user's date now,
 * when the caller has it.
 */
export async function sendDue(
  ctx: Ctx,
  m: DueMessage,
  deps: DispatchSendDeps & DueOptions,
  day?: LocalDate,
): Promise<DispatchOutcome | 'expired'> {
  const digestDay =
    m.key?.startsWith(DIGEST_KEY_PREFIX) === true ? m.key.slice(DIGEST_KEY_PREFIX.length) : null;
  if (digestDay !== null && digestDay < (day ?? (await today(ctx)))) {
    const now = ctx.now();
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
    return 'expired';
  }
  const outcome = await deliverScheduled(ctx, m.id, deps);
  if (outcome !== 'skipped') deps.log?.(`message #${String(m.id)} (${m.kind}): ${outcome}`);
  return outcome;
}

/** Tells the log about messages a recovery held. */
export function sayHeld(held: number[], opts: DueOptions): void {
  for (const id of held) {
    opts.log?.(
      `message #${String(id)} was being sent by an Afterview that stopped or stalled: held in the outbox until you check whether it arrived`,
    );
  }
}

/**
 * Holds the messages whose claim lapsed (outbox-records.ts `recoverClaims`) and says so. Run it
 * on every look at the outbox, not only the first: the claim of another instance sharing the
 * database can run out while this one runs, and nobody else may be left to hold it. Returns the
 * ids held, and when the next claim left alone lapses: a look is due then.
 */
export async function recoverLapsed(
  ctx: Ctx,
  opts: DueOptions & RecoveryDeps,
): Promise<{ held: number[]; recheckAt: Instant | null }> {
  const r = await recoverClaims(ctx, opts);
  sayHeld(r.held, opts);
  return r;
}

/** Scheduled messages due and not, and held ones, for `GET /api/health`. */
export async function outboxCounts(
  ctx: Ctx,
  opts: DueOptions,
): Promise<Pick<QueueHealth, 'due' | 'waiting' | 'held'>> {
  const now = ctx.now();
  const scheduled = await ctx.store.outboxKeys.scheduled();
  const due = scheduled.filter((m) => dueAt(m, opts) <= now).length;
  return { due, waiting: scheduled.length - due, held: await ctx.store.outboxKeys.heldCount() };
}

/**
 * Enqueues the daily digest when it is due (at most one per day, whoever gets there first: see
 * `enqueueDigest`) and words what stops it, once per change, for the log.
 */
export class DigestStep {
  private lastSkip: DigestSkip | null = null;

  constructor(
    private readonly ctx: Ctx,
    private readonly opts: DueOptions & DispatchSendDeps & { appUrl: string },
  ) {}

  async run(): Promise<Enqueued | DigestSkip | 'error'> {
    const say = (line: string): void => this.opts.log?.(line);
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
          say(
            r === 'no_smtp'
              ? 'daily digest: not sent, no SMTP server is set (the smtp.host setting)'
              : 'daily digest: not sent, no address (the email setting)',
          );
        }
        this.lastSkip = r;
      } else {
        this.lastSkip = null;
        if (r.created) say(`daily digest of ${r.date}: queued as message #${String(r.id)}`);
      }
      return r;
    } catch (e) {
      say(`daily digest: ${e instanceof Error ? e.message : String(e)}`);
      return 'error';
    }
  }

  private async mailStarted(): Promise<boolean> {
    const s = await loadAllSettings(this.ctx.store, this.ctx.systemZone);
    return s.profile.email !== '' || s.policy.digestTo !== '' || s.transport.smtpHost !== '';
  }
}
