import { SmtpSessions } from '../../adapters/mail.js';
import { startGraphile, type GraphileQueue, type QueueJob } from '../../adapters/queue/graphile.js';
import type { Instant } from '../../domain/types.js';
import type { Ctx } from '../context.js';
import type { DeliveryQueue, QueueHealth } from './delivery-queue.js';
import type { DispatchSendDeps } from './dispatch-send.js';
import { DigestStep, dueAt, outboxCounts, recoverLapsed, sendDue, type DueOptions } from './due.js';
import type { RecoveryDeps } from './outbox-records.js';

/**
 * Unattended delivery on PostgreSQL: a job queue (graphile-worker) on the same database, so that
 * every `afterview serve` on it shares the work and a message of an instance that died is taken
 * by another. Three tasks:
 *
 * - `deliver_message` {id}: sends a scheduled SMTP message once it is due. A transport error
 *   that may be retried puts it back in `scheduled` with its next attempt time (our backoff, see
 *   outbox-attempt.ts), and the task adds a job for then.
 * - `daily_digest`: enqueues the day's digest when due (once per day whichever instance gets
 *   there first: its outbox key) and a job to send it. Every minute, from the crontab.
 * - `sweep`: holds messages in `sending` whose claim lapsed (lease run out, or a process of this
 *   machine gone: see outbox-records.ts `recoverClaims`), and adds a `deliver_message` job
 *   for every scheduled SMTP message: those scheduled by a process that knows nothing of the
 *   queue (`afterview send`, the API) and those whose job died with its instance. At start,
 *   every `sweepMs` after, and every minute from the crontab (should the instance that was
 *   to run the next sweep die).
 *
 * Job keys (`message:<id>`, `digest`, `sweep`) keep one waiting job per thing; a job that is
 * already running is not deduplicated, and need not be: the outbox's claim lets one delivery
 * through and the others find the message taken.
 */

export const TASKS = {
  deliver: 'deliver_message',
  digest: 'daily_digest',
  sweep: 'sweep',
} as const;

const CRONTAB = [
  `* * * * * ${TASKS.sweep} ?jobKey=${TASKS.sweep}`,
  `* * * * * ${TASKS.digest} ?jobKey=${TASKS.digest}`,
].join('\n');

export interface JobQueueOptions extends DispatchSendDeps, RecoveryDeps, DueOptions {
  /** The database (the store's own). */
  url: string;
  /** The web app's address, for the links in the digest. */
  appUrl: string;
  /** Deliveries this instance runs at once (default 8), each on its own SMTP session. */
  concurrency?: number;
  /** Time between sweeps (default 30 s). */
  sweepMs?: number;
  /** How often the queue looks for jobs that came due (default 1 s). */
  pollMs?: number;
}

const idOf = (payload: unknown): number | null => {
  const id: unknown =
    typeof payload === 'object' && payload !== null ? (payload as { id?: unknown }).id : null;
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null;
};

export class JobQueue implements DeliveryQueue {
  readonly kind = 'graphile-worker';
  private queue: GraphileQueue | null = null;
  private lastRunAt: Instant | null = null;
  private readonly digestStep: DigestStep;
  /** SMTP sessions not in use: one per delivery running, kept open across a burst. */
  private readonly idle: SmtpSessions[] = [];
  private active = 0;
  private closer: NodeJS.Timeout | undefined;

  constructor(
    private readonly ctx: Ctx,
    private readonly opts: JobQueueOptions,
  ) {
    this.digestStep = new DigestStep(ctx, opts);
  }

  /** Installs or upgrades the queue's schema, starts its workers, and sweeps once. */
  async start(): Promise<void> {
    this.queue = await startGraphile({
      url: this.opts.url,
      tasks: {
        [TASKS.deliver]: async (payload) => {
          const id = idOf(payload);
          if (id === null) this.say(`job queue: ${TASKS.deliver} without a message id, skipped`);
          else await this.deliver(id);
        },
        [TASKS.digest]: () => this.digest(),
        [TASKS.sweep]: () => this.sweep(),
      },
      crontab: CRONTAB,
      concurrency: this.opts.concurrency ?? 8,
      pollMs: this.opts.pollMs ?? 1000,
      log: (line) => {
        this.say(line);
      },
    });
    await this.queue.add([
      { task: TASKS.sweep, payload: {}, key: TASKS.sweep },
      { task: TASKS.digest, payload: {}, key: TASKS.digest },
    ]);
  }

  /** Stops taking jobs, waits for the deliveries running, and closes their SMTP sessions. */
  async stop(): Promise<void> {
    const queue = this.queue;
    this.queue = null;
    await queue?.stop();
    clearTimeout(this.closer);
    for (const s of this.idle) s.close();
  }

  async nudge(id: number, at: Instant): Promise<void> {
    await this.add([this.deliverJob(id, at)]);
  }

  async health(): Promise<QueueHealth> {
    return {
      kind: this.kind,
      ok: this.queue !== null && (await this.queue.ok()),
      ...(await outboxCounts(this.ctx, this.opts)),
      lastRunAt: this.lastRunAt,
    };
  }

  private say(line: string): void {
    this.opts.log?.(line);
  }

  private async add(jobs: QueueJob[]): Promise<void> {
    if (this.queue === null) return;
    await this.queue.add(jobs);
  }

  private deliverJob(id: number, at: Instant): QueueJob {
    // The context's clock may be fixed or a test's; the queue runs on the real one: what counts
    // is how long from now.
    const wait = Math.max(0, Date.parse(at) - Date.parse(this.ctx.now()));
    return {
      task: TASKS.deliver,
      payload: { id },
      key: `message:${String(id)}`,
      runAt: new Date(Date.now() + wait),
    };
  }

  private async deliver(id: number): Promise<void> {
    const [m] = await this.ctx.store.outboxKeys.scheduled(id);
    // Sent, taken by another instance or by `afterview send`, or no longer for SMTP.
    if (m === undefined) return;
    const at = dueAt(m, this.opts);
    if (at > this.ctx.now()) {
      await this.add([this.deliverJob(id, at)]);
      return;
    }
    const sessions = this.acquire();
    let outcome;
    try {
      outcome = await sendDue(this.ctx, m, { ...this.opts, smtpSessions: sessions });
    } finally {
      this.release(sessions);
    }
    if (outcome === 'retry') {
      const [again] = await this.ctx.store.outboxKeys.scheduled(id);
      if (again !== undefined) await this.add([this.deliverJob(id, dueAt(again, this.opts))]);
    }
    this.lastRunAt = this.ctx.now();
  }

  private async digest(): Promise<void> {
    const r = await this.digestStep.run();
    if (typeof r !== 'string') {
      const [m] = await this.ctx.store.outboxKeys.scheduled(r.id);
      if (m !== undefined) await this.add([this.deliverJob(m.id, dueAt(m, this.opts))]);
    }
    this.lastRunAt = this.ctx.now();
  }

  private async sweep(): Promise<void> {
    await recoverLapsed(this.ctx, this.opts);
    const jobs = (await this.ctx.store.outboxKeys.scheduled()).map((m) =>
      this.deliverJob(m.id, dueAt(m, this.opts)),
    );
    const next = new Date(Date.now() + (this.opts.sweepMs ?? 30_000));
    jobs.push({ task: TASKS.sweep, payload: {}, key: TASKS.sweep, runAt: next });
    await this.add(jobs);
    this.lastRunAt = this.ctx.now();
  }

  private acquire(): SmtpSessions {
    this.active += 1;
    clearTimeout(this.closer);
    return this.idle.pop() ?? new SmtpSessions();
  }

  /** Back to the idle ones; when none is in use for a few seconds, their connections close. */
  private release(s: SmtpSessions): void {
    this.active -= 1;
    this.idle.push(s);
    if (this.active > 0) return;
    this.closer = setTimeout(() => {
      for (const idle of this.idle) idle.close();
    }, 5000);
    this.closer.unref();
  }
}
