import type { Kysely } from 'kysely';
import type { Instant, MessageKind } from '../../domain/types.js';
import type { DB } from '../schema.js';

/** A scheduled message the dispatcher may send. */
export interface DueMessage {
  id: number;
  kind: MessageKind;
  nextAttemptAt: Instant;
  /** Its unique key, e.g. `digest:2026-03-09`; null for the composer's own messages. */
  key: string | null;
}

/**
 * Unique keys over the outbox's messages (0004): a key is claimed by inserting it, so a message
 * that must exist at most once (a day's digest) is enqueued at most once, by whichever process
 * gets there first, restarts included. Also the queries the dispatcher wakes up for.
 */
export class OutboxKeyRepo {
  constructor(private readonly db: Kysely<DB>) {}

  /** The message that holds a key, if any. */
  async messageFor(key: string): Promise<number | null> {
    const row = await this.db
      .selectFrom('outbox_keys')
      .select('message_id')
      .where('key', '=', key)
      .executeTakeFirst();
    return row?.message_id ?? null;
  }

  /** Binds a key to a message; false when the key was taken (the caller rolls back). */
  async claim(key: string, messageId: number, now: Instant): Promise<boolean> {
    const r = await this.db
      .insertInto('outbox_keys')
      .values({ key, message_id: messageId, created_at: now })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0n) === 1;
  }

  /** The newest key with a prefix, e.g. the last digest day. */
  async latest(prefix: string): Promise<{ key: string; messageId: number } | null> {
    const row = await this.db
      .selectFrom('outbox_keys')
      .select(['key', 'message_id'])
      .where('key', '>=', prefix)
      .where('key', '<', `${prefix}\uffff`)
      .orderBy('key', 'desc')
      .executeTakeFirst();
    return row === undefined ? null : { key: row.key, messageId: row.message_id };
  }

  /**
   * Every scheduled SMTP message with when its next attempt is due, oldest first (`only`: that
   * one message, if it is one). Few at any time (a message is scheduled only between its
   * approval and its delivery, or between retries).
   */
  async scheduled(only?: number): Promise<DueMessage[]> {
    let q = this.db
      .selectFrom('messages as m')
      .leftJoin('outbox_keys as k', 'k.message_id', 'm.id')
      .select(['m.id', 'm.kind', 'm.next_attempt_at', 'k.key'])
      .where('m.state', '=', 'scheduled')
      .where('m.via', '=', 'smtp')
      .where('m.next_attempt_at', 'is not', null);
    if (only !== undefined) q = q.where('m.id', '=', only);
    const rows = await q.orderBy('m.next_attempt_at').orderBy('m.id').execute();
    return rows.flatMap((r) =>
      r.next_attempt_at === null
        ? []
        : [{ id: r.id, kind: r.kind as MessageKind, nextAttemptAt: r.next_attempt_at, key: r.key }],
    );
  }

  /** Messages in `sending` held for the user (the outcome of their last attempt is unknown). */
  async heldCount(): Promise<number> {
    const row = await this.db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('state', '=', 'sending')
      .where('held_at', 'is not', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
