import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TestSmtp } from '../../adapters/test/smtp.js';
import type { Instant } from '../../domain/types.js';
import { openPostgresStore } from '../../store/postgres/open.js';
import type { Store } from '../../store/store.js';
import { emptyPostgresDatabase } from '../../store/test/pg-database.js';
import type { Ctx } from '../context.js';
import { mustGetMessage } from '../messages/messages.js';
import { setSetting } from '../settings/settings.js';
import { loggedInterview } from '../test/interview-fixture.js';
import { JobQueue, type JobQueueOptions } from './job-queue.js';
import { scheduledMessages } from './test/scheduled-messages.js';

/**
 * The job queue (graphile-worker) on a real PostgreSQL database of its own and a real SMTP
 * server on 127.0.0.1. The queue runs on the real clock; the services' clock is the real one
 * moved by an offset (`at`), so a test can stand at 08:00 on a Monday while jobs still come due.
 * A second instance is a second JobQueue on a second connection pool, as a second `serve` has.
 */

let smtp: TestSmtp;
let db: { url: string; drop: () => Promise<void> };
let offset = 0;
let logs: string[];
const stores: Store[] = [];
const queues: JobQueue[] = [];

/** Monday 9 March 2026 in Toronto (EDT): 08:00 local is 12:00Z, the digest's time. */
const MON_0800 = '2026-03-09T12:00:00.000Z';

const now = (): Instant => new Date(Date.now() + offset).toISOString();
const at = (instant: Instant): void => {
  offset = Date.parse(instant) - Date.now();
};

async function instance(): Promise<Ctx> {
  const store = await openPostgresStore(db.url);
  stores.push(store);
  return { store, now, systemZone: 'America/Toronto' };
}

async function started(ctx: Ctx, over: Partial<JobQueueOptions> = {}): Promise<JobQueue> {
  const q = new JobQueue(ctx, {
    url: db.url,
    appUrl: 'http://127.0.0.1:4747',
    owner: `test-host:${String(queues.length + 1)}`,
    isOwnerGone: () => false,
    retryBaseMs: 1500,
    timeoutMs: 5000,
    pollMs: 200,
    log: (line) => logs.push(line),
    ...over,
  });
  queues.push(q);
  await q.start();
  return q;
}

/** `n` messages scheduled for SMTP as the outbox schedules them, due now. */
const scheduled = (ctx: Ctx, n: number): Promise<number[]> =>
  scheduledMessages(ctx.store, n, ctx.now());

async function until(what: string, done: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
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
  offset = 0;
  db = await emptyPostgresDatabase();
  const ctx = await instance();
  const settings = {
    timezone: 'America/Toronto',
    name: 'Alex Doe',
    email: 'alex@example.com',
    ...smtp.settings(),
  };
  for (const [k, v] of Object.entries(settings)) await setSetting(ctx, k, v);
});
afterEach(async () => {
  for (const q of queues.splice(0)) await q.stop();
  for (const s of stores.splice(0)) await s.close();
  await db.drop();
});

describe('the job queue on PostgreSQL', () => {
  it('delivers a due message once, and reports itself healthy', async () => {
    const ctx = await instance();
    await ctx.store.settings.put({ digestEnabled: false });
    const [id] = await scheduled(ctx, 1);
    // Within the grace the message is still `afterview send`'s.
    const q = await started(ctx);
    expect(await q.health()).toMatchObject({ kind: 'graphile-worker', ok: true, waiting: 1 });
    at(new Date(Date.now() + 121_000).toISOString());
    await q.nudge(id!, now());
    await until(
      'the message sent',
      async () => (await mustGetMessage(ctx.store, id!)).state === 'sent',
    );
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(['person1@example.com']);
    const h = await q.health();
    expect(h).toMatchObject({ ok: true, due: 0, waiting: 0, held: 0 });
    expect(h.lastRunAt).not.toBeNull();
    await q.stop();
    expect((await q.health()).ok).toBe(false);
  });

  it('retries a transport failure at the outbox backoff time, then sends it once', async () => {
    const ctx = await instance();
    await loggedInterview(ctx);
    at(MON_0800);
    smtp.queue = ['tempfail'];
    await started(ctx);
    const id = async () => ctx.store.outboxKeys.messageFor('digest:2026-03-09');
    await until('the digest refused once', async () => {
      const m = await id();
      if (m === null) return false;
      const d = await mustGetMessage(ctx.store, m);
      return d.state === 'scheduled' && d.attempts === 1;
    });
    const digest = (await id())!;
    const waiting = await mustGetMessage(ctx.store, digest);
    expect(waiting.state).toBe('scheduled');
    // The job for the retry runs when our backoff says, not when graphile-worker's would.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const jobs = await client.query<{ run_at: Date }>(
      `select run_at from graphile_worker.jobs where key = $1`,
      [`message:${String(digest)}`],
    );
    await client.end();
    expect(jobs.rows).toHaveLength(1);
    const wait = Date.parse(waiting.nextAttemptAt!) - Date.parse(now());
    expect(Math.abs(jobs.rows[0]!.run_at.getTime() - (Date.now() + wait))).toBeLessThan(1000);
    await until(
      'the digest sent',
      async () => (await mustGetMessage(ctx.store, digest)).state === 'sent',
    );
    const sent = await mustGetMessage(ctx.store, digest);
    expect(sent.attempts).toBe(2);
    expect(sent.sentAt! >= waiting.nextAttemptAt!).toBe(true);
    expect(digests()).toHaveLength(1);
  });

  it('shares 50 due messages between two instances, each delivered exactly once', async () => {
    const ctx = await instance();
    await ctx.store.settings.put({ digestEnabled: false });
    const ids = await scheduled(ctx, 50);
    at(new Date(Date.now() + 121_000).toISOString());
    await Promise.all([
      started(await instance(), { concurrency: 4 }),
      started(await instance(), { concurrency: 4 }),
    ]);
    await until('50 messages sent', () => smtp.received.length >= 50);
    await until('every message recorded sent', async () => {
      const states = await Promise.all(ids.map((i) => mustGetMessage(ctx.store, i)));
      return states.every((m) => m.state === 'sent');
    });
    // Give a late duplicate the time to arrive.
    await new Promise((r) => setTimeout(r, 500));
    const messageIds = smtp.received.map((m) => m.parsed.messageId);
    expect(messageIds).toHaveLength(50);
    expect(new Set(messageIds).size).toBe(50);
  });

  it('creates and sends the day’s digest once when two instances run it', async () => {
    const ctx = await instance();
    await loggedInterview(ctx);
    at(MON_0800);
    const [a, b] = [await instance(), await instance()];
    await Promise.all([started(a), started(b)]);
    await until('the digest sent', () => digests().length >= 1);
    // A third instance starting asks again (as the crontab does every minute): still one.
    await started(await instance());
    await new Promise((r) => setTimeout(r, 1500));
    expect(digests()).toHaveLength(1);
    const all = await ctx.store.messages.list({ all: true });
    expect(all.filter((m) => m.kind === 'digest')).toHaveLength(1);
    expect(logs.filter((l) => l.startsWith('daily digest of 2026-03-09: queued'))).toHaveLength(1);
  });
});
