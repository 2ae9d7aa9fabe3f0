import type { Instant } from '../../domain/types.js';

/**
 * What runs unattended delivery inside `afterview serve`: scheduled sends, retries after a
 * transport error, and the daily digest. On SQLite it is the in-process dispatcher (one timer
 * loop); on PostgreSQL a job queue on the same database, so that several instances share the
 * work. Either way the exactly-once rule lives in the outbox's own tables (a claim is a
 * compare-and-set with a lease), never in the queue: a queue may run a job twice.
 */
export interface DeliveryQueue {
  readonly kind: QueueKind;
  /** Starts working; resolves once the first look at the database is under way. */
  start(): Promise<void>;
  /** Stops taking work and waits for a delivery in progress, so the database can close after. */
  stop(): Promise<void>;
  /** Message `id` was scheduled (or rescheduled) for `at`: make sure someone looks then. */
  nudge(id: number, at: Instant): Promise<void>;
  health(): Promise<QueueHealth>;
}

export type QueueKind = 'in-process' | 'graphile-worker';

/** For `GET /api/health`: counts only, never a recipient or a subject. */
export interface QueueHealth {
  kind: QueueKind;
  /** Started and not stopped, and (for a job queue) its own tables answer. */
  ok: boolean;
  /** Scheduled messages already due, not yet taken. */
  due: number;
  /** Scheduled messages due later. */
  waiting: number;
  /** Messages in `sending` whose outcome is unknown, held for the user. */
  held: number;
  /** When this instance last finished a look at the outbox; null before the first. */
  lastRunAt: Instant | null;
}
