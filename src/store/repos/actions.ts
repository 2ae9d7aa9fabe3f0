import type { Kysely, Selectable } from 'kysely';
import { mapInPlace } from '../../domain/arrays.js';
import type { ActionPatch } from '../../domain/playbook/types.js';
import type {
  Action,
  ActionKind,
  ActionStatus,
  Channel,
  Instant,
  PlannedAction,
  SeedId,
} from '../../domain/types.js';
import type { DB } from '../schema.js';

/** An action with the application it belongs to, as lists show it. */
export interface ActionView extends Action {
  company: string | null;
  role: string | null;
}

export type NewAction = Omit<PlannedAction, 'status' | 'applicationId'> & {
  applicationId: number | null;
  status: ActionStatus;
};

export interface ActionUpdate extends Omit<ActionPatch, 'status'> {
  status?: ActionStatus;
  completedAt?: Instant | null;
  userDue?: boolean;
  messageId?: number | null;
}

export interface ActionQuery {
  applicationId?: number;
  /** Every status, not just pending. */
  all?: boolean;
  /** Pending actions due at or before this instant. */
  dueBy?: Instant;
  /** Actions due at or after this instant. */
  dueFrom?: Instant;
  /** Only this status (wins over `all`). */
  status?: ActionStatus;
  limit?: number;
}

type Row = Selectable<DB['actions']>;

export class ActionRepo {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(a: NewAction, now: Instant): Promise<number> {
    const row = await this.db
      .insertInto('actions')
      .values({
        key: a.key,
        kind: a.kind,
        title: a.title,
        due_at: a.due,
        earliest_at: a.earliest,
        latest_at: a.latest,
        status: a.status,
        why: a.why,
        seeds: a.seeds.join(','),
        application_id: a.applicationId,
        interview_id: a.interviewId,
        contact_id: a.contactId,
        channel: a.channel,
        origin: a.origin,
        reason: a.reason,
        user_due: 0,
        message_id: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async update(id: number, u: ActionUpdate, now: Instant): Promise<void> {
    const set: Partial<Row> = { updated_at: now };
    if (u.title !== undefined) set.title = u.title;
    if (u.due !== undefined) set.due_at = u.due;
    if (u.earliest !== undefined) set.earliest_at = u.earliest;
    if (u.latest !== undefined) set.latest_at = u.latest;
    if (u.why !== undefined) set.why = u.why;
    if (u.seeds !== undefined) set.seeds = u.seeds.join(',');
    if (u.channel !== undefined) set.channel = u.channel;
    if (u.contactId !== undefined) set.contact_id = u.contactId;
    if (u.interviewId !== undefined) set.interview_id = u.interviewId;
    if (u.status !== undefined) set.status = u.status;
    if (u.reason !== undefined) set.reason = u.reason;
    if (u.completedAt !== undefined) set.completed_at = u.completedAt;
    if (u.userDue !== undefined) set.user_due = u.userDue ? 1 : 0;
    if (u.messageId !== undefined) set.message_id = u.messageId;
    await this.db.updateTable('actions').set(set).where('id', '=', id).execute();
  }

  async get(id: number): Promise<ActionView | undefined> {
    const row = await this.view().where('x.id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toView(row);
  }

  async listFor(applicationIds: readonly number[]): Promise<Action[]> {
    if (applicationIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('actions')
      .selectAll()
      .where('application_id', 'in', applicationIds)
      .orderBy('id')
      .execute();
    return rows.map(toAction);
  }

  /**
   * The actions a query selects, by due time. The ids are chosen first, from the indexes alone,
   * and the rows are then read by id: in id order, so the rows of one table page are read
   * together. Read in due order straight from the (status, due_at) index, 14,000 overdue actions
   * visited their pages in random order, once per row, and took twice as long whenever the table
   * did not fit in SQLite's page cache (the server keeps that cache small, see
   * `Store.limitPageCache`). The filter on an application also gets its own index this way.
   */
  async list(q: ActionQuery): Promise<ActionView[]> {
    let ids = this.db.selectFrom('actions').select('id');
    if (q.status !== undefined) ids = ids.where('status', '=', q.status);
    else if (q.all !== true) ids = ids.where('status', '=', 'pending');
    if (q.dueBy !== undefined) ids = ids.where('due_at', '<=', q.dueBy);
    if (q.dueFrom !== undefined) ids = ids.where('due_at', '>=', q.dueFrom);
    if (q.applicationId !== undefined) ids = ids.where('application_id', '=', q.applicationId);
    if (q.limit !== undefined) ids = ids.orderBy('due_at').orderBy('id').limit(q.limit);
    const rows = await this.view()
      .where('x.id', 'in', ids)
      .orderBy('x.due_at')
      .orderBy('x.id')
      .execute();
    return mapInPlace(rows, toView);
  }

  /**
   * Follow-ups to these contacts outside the given applications: done ones at the time they were
   * done, pending ones at their due time. The spacing guard keeps new follow-ups away from them.
   */
  async followUpsTo(
    contactIds: readonly number[],
    excludeApplicationIds: readonly number[],
  ): Promise<{ contactId: number; at: Instant; sent: boolean }[]> {
    if (contactIds.length === 0) return [];
    // Status and application are filtered here, not in SQL: given `status IN (…)`, SQLite without
    // statistics picked the (status, due_at) index and scanned every open action (60 ms on
    // 100,000 actions) instead of the few rows per contact of (contact_id, kind).
    const rows = await this.db
      .selectFrom('actions')
      .select(['contact_id', 'status', 'due_at', 'completed_at', 'application_id'])
      .where('contact_id', 'in', contactIds)
      .where('kind', '=', 'follow_up')
      .execute();
    const excluded = new Set(excludeApplicationIds);
    return rows.flatMap((r) =>
      r.contact_id === null ||
      (r.status !== 'pending' && r.status !== 'done') ||
      (r.application_id !== null && excluded.has(r.application_id))
        ? []
        : [
            {
              contactId: r.contact_id,
              at: r.status === 'done' ? (r.completed_at ?? r.due_at) : r.due_at,
              sent: r.status === 'done',
            },
          ],
    );
  }

  /**
   * The applications whose follow-ups the spacing guard ties to these ones: those with a pending
   * follow-up to someone who interviewed for, or is followed up in, one of them, and so on,
   * until no new application joins. Planned together, their follow-ups are placed by the facts
   * alone, whichever of them changed.
   */
  async followUpCircle(applicationIds: readonly number[]): Promise<number[]> {
    const circle = new Set(applicationIds);
    const seen = new Set<number>();
    let fresh = [...circle];
    while (fresh.length > 0) {
      const interviewers = await this.db
        .selectFrom('interview_interviewers as ii')
        .innerJoin('interviews as i', 'i.id', 'ii.interview_id')
        .select('ii.contact_id')
        .where('i.application_id', 'in', fresh)
        .execute();
      const followedUp = await this.db
        .selectFrom('actions')
        .select('contact_id')
        .where('application_id', 'in', fresh)
        .where('kind', '=', 'follow_up')
        .where('contact_id', 'is not', null)
        .execute();
      const contacts = [
        ...new Set([
          ...interviewers.map((r) => r.contact_id),
          ...followedUp.flatMap((r) => (r.contact_id === null ? [] : [r.contact_id])),
        ]),
      ].filter((c) => !seen.has(c));
      for (const c of contacts) seen.add(c);
      if (contacts.length === 0) break;
      const linked = await this.db
        .selectFrom('actions')
        .select(['application_id', 'status'])
        .where('contact_id', 'in', contacts)
        .where('kind', '=', 'follow_up')
        .execute();
      fresh = [];
      for (const r of linked) {
        if (r.status !== 'pending' || r.application_id === null || circle.has(r.application_id))
          continue;
        circle.add(r.application_id);
        fresh.push(r.application_id);
      }
    }
    return [...circle];
  }

  private view() {
    return this.db
      .selectFrom('actions as x')
      .leftJoin('applications as a', 'a.id', 'x.application_id')
      .leftJoin('companies as c', 'c.id', 'a.company_id')
      .selectAll('x')
      .select(['c.name as company', 'a.role as role']);
  }
}

const toAction = (r: Row): Action => ({
  id: r.id,
  key: r.key,
  kind: r.kind as ActionKind,
  title: r.title,
  due: r.due_at,
  earliest: r.earliest_at,
  latest: r.latest_at,
  status: r.status as ActionStatus,
  why: r.why,
  seeds: r.seeds === '' ? [] : (r.seeds.split(',') as SeedId[]),
  applicationId: r.application_id,
  interviewId: r.interview_id,
  contactId: r.contact_id,
  messageId: r.message_id,
  channel: r.channel as Channel | null,
  origin: r.origin,
  reason: r.reason,
  userDue: r.user_due === 1,
  completedAt: r.completed_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** One object per row, not an Action spread into a second one: lists have thousands of rows. */
const toView = (r: Row & { company: string | null; role: string | null }): ActionView => ({
  id: r.id,
  key: r.key,
  kind: r.kind as ActionKind,
  title: r.title,
  due: r.due_at,
  earliest: r.earliest_at,
  latest: r.latest_at,
  status: r.status as ActionStatus,
  why: r.why,
  seeds: r.seeds === '' ? [] : (r.seeds.split(',') as SeedId[]),
  applicationId: r.application_id,
  interviewId: r.interview_id,
  contactId: r.contact_id,
  messageId: r.message_id,
  channel: r.channel as Channel | null,
  origin: r.origin,
  reason: r.reason,
  userDue: r.user_due === 1,
  completedAt: r.completed_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  company: r.company,
  role: r.role,
});
