import type { Kysely } from 'kysely';
import type { Status } from '../../domain/status.js';
import type { AppEvent } from '../../domain/types.js';
import type { DB } from '../schema.js';

export class EventRepo {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(e: Omit<AppEvent, 'id'>): Promise<number> {
    const row = await this.db
      .insertInto('events')
      .values({
        application_id: e.applicationId,
        kind: e.kind,
        from_status: e.fromStatus,
        to_status: e.toStatus,
        note: e.note,
        at: e.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async listFor(applicationId: number): Promise<AppEvent[]> {
    const rows = await this.db
      .selectFrom('events')
      .selectAll()
      .where('application_id', '=', applicationId)
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      applicationId: r.application_id,
      kind: r.kind as AppEvent['kind'],
      fromStatus: r.from_status as Status | null,
      toStatus: r.to_status as Status | null,
      note: r.note,
      at: r.at,
    }));
  }
}
