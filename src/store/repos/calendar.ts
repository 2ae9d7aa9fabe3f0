import type { Kysely } from 'kysely';
import type { CalendarAction, CalendarInterview } from '../../domain/calendar/types.js';
import type { ActionKind, Instant } from '../../domain/types.js';
import type { DB } from '../schema.js';
import { interviewBasics } from './interviews.js';

/** The calendar feed (PRODUCT.md §10): its secret, and the rows the feed is built from. */
export class CalendarRepo {
  constructor(private readonly db: Kysely<DB>) {}

  /** The feed's state: `undefined` before first use, a null token once revoked. */
  async feed(): Promise<{ token: string | null } | undefined> {
    return this.db
      .selectFrom('calendar_feed')
      .select('token')
      .where('id', '=', 1)
      .executeTakeFirst();
  }

  /** Sets (or replaces, or with null revokes) the one feed token. */
  async setToken(token: string | null, now: Instant): Promise<void> {
    await this.db
      .insertInto('calendar_feed')
      .values({ id: 1, token, updated_at: now })
      .onConflict((oc) => oc.column('id').doUpdateSet({ token, updated_at: now }))
      .execute();
  }

  /** Creates the token on first use only; two first uses at once agree on one. */
  async createOnce(token: string, now: Instant): Promise<void> {
    await this.db
      .insertInto('calendar_feed')
      .values({ id: 1, token, updated_at: now })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  /** Every pending action, earliest first, with only the columns an event needs. */
  async pendingActions(): Promise<CalendarAction[]> {
    const rows = await this.db
      .selectFrom('actions as x')
      .leftJoin('applications as a', 'a.id', 'x.application_id')
      .leftJoin('companies as c', 'c.id', 'a.company_id')
      .select([
        'x.id',
        'x.key',
        'x.kind',
        'x.title',
        'x.due_at',
        'x.why',
        'x.application_id',
        'x.updated_at',
        'c.name as company',
        'a.role as role',
      ])
      .where('x.status', '=', 'pending')
      .orderBy('x.due_at')
      .orderBy('x.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      key: r.key,
      kind: r.kind as ActionKind,
      title: r.title,
      due: r.due_at,
      why: r.why,
      status: 'pending',
      applicationId: r.application_id,
      company: r.company,
      role: r.role,
      updatedAt: r.updated_at,
    }));
  }

  /**
   * Interviews that are not cancelled and start at or after `since` (and by `until`, at most
   * `limit` of them), soonest first, with their interviewers.
   */
  async interviewsSince(
    since: Instant,
    window: { until?: Instant; limit?: number } = {},
  ): Promise<CalendarInterview[]> {
    let q = this.db
      .selectFrom('interviews as i')
      .innerJoin('applications as a', 'a.id', 'i.application_id')
      .innerJoin('companies as c', 'c.id', 'a.company_id')
      .select([
        'i.id',
        'i.application_id',
        'i.round',
        'i.kind',
        'i.state',
        'i.start_at',
        'i.duration_min',
        'i.time_zone',
        'i.location',
        'i.notes',
        'i.updated_at',
        'c.name as company',
        'a.role as role',
      ])
      .where('i.state', '!=', 'cancelled')
      .where('i.start_at', '>=', since)
      .orderBy('i.start_at')
      .orderBy('i.id');
    if (window.until !== undefined) q = q.where('i.start_at', '<=', window.until);
    if (window.limit !== undefined) q = q.limit(window.limit);
    const rows = await q.execute();
    if (rows.length === 0) return [];
    let who = this.db
      .selectFrom('interviews as i')
      .innerJoin('interview_interviewers as ii', 'ii.interview_id', 'i.id')
      .innerJoin('contacts as p', 'p.id', 'ii.contact_id')
      .select(['ii.interview_id', 'p.name', 'p.email', 'p.title'])
      .orderBy('ii.interview_id')
      .orderBy('ii.position');
    // A window's few ids by id; the whole feed by the same filter again, because thousands of
    // bound ids cost more to parse.
    who =
      window.limit !== undefined
        ? who.where(
            'i.id',
            'in',
            rows.map((r) => r.id),
          )
        : who.where('i.state', '!=', 'cancelled').where('i.start_at', '>=', since);
    const people = await who.execute();
    const byId = new Map<number, CalendarInterview>();
    for (const r of rows) {
      byId.set(r.id, {
        ...interviewBasics(r),
        interviewers: [],
        company: r.company,
        role: r.role,
        notes: r.notes,
        updatedAt: r.updated_at,
      });
    }
    for (const p of people) {
      byId.get(p.interview_id)?.interviewers.push({ name: p.name, email: p.email, title: p.title });
    }
    return [...byId.values()];
  }
}
