import type { Instant } from '../../domain/types.js';
import type { Ctx } from '../context.js';
import type { QueueHealth } from '../outbox/delivery-queue.js';

/** The database as `GET /api/health` reports it: no data, only whether it answers and how fast. */
export interface DatabaseHealth {
  dialect: 'sqlite' | 'postgresql';
  ok: boolean;
  /** The round trip of one trivial query, in milliseconds (to two decimals). */
  latencyMs: number;
  /** The newest migration applied; 0 when the database did not answer. */
  schemaVersion: number;
}

/** What `GET /api/health` answers: counts and states only, never a record of the user's. */
export interface Health {
  /** The database answers and, when there is a delivery queue, the queue runs. */
  ok: boolean;
  now: Instant;
  database: DatabaseHealth;
  /** Null when this process runs no delivery queue, or its state could not be read. */
  queue: QueueHealth | null;
}

/**
 * A monitor must get an answer even when PostgreSQL hangs (the pool waits up to ten seconds for
 * a connection): past this, a check counts as failed.
 */
const TIMEOUT_MS = 2000;

/** `work`'s value, or `null` when it fails or takes longer than TIMEOUT_MS. */
async function within<T>(work: () => Promise<T>): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => {
      resolve(null);
    }, TIMEOUT_MS);
    timer.unref();
  });
  try {
    // The error may name the host or the user of DATABASE_URL: the answer says only "down".
    return await Promise.race([work().catch(() => null), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const ms = (elapsed: number): number => Math.round(elapsed * 100) / 100;

/** Asks the database for its schema version, timed. */
export async function databaseHealth(
  ctx: Ctx,
  clock: () => number = () => performance.now(),
): Promise<DatabaseHealth> {
  const start = clock();
  const version = await within(() => ctx.store.data.schemaVersion());
  return {
    dialect: ctx.store.dialect,
    ok: version !== null,
    latencyMs: ms(clock() - start),
    schemaVersion: version ?? 0,
  };
}

/** The server's health: its clock, its database, its delivery queue when it runs one. */
export async function health(ctx: Ctx, queueHealth?: () => Promise<QueueHealth>): Promise<Health> {
  const [database, queue] = await Promise.all([
    databaseHealth(ctx),
    queueHealth === undefined ? null : within(queueHealth),
  ]);
  const queueOk = queueHealth === undefined || (queue !== null && queue.ok);
  return { ok: database.ok && queueOk, now: ctx.now(), database, queue };
}
