import type { Kysely, Selectable } from 'kysely';
import type {
  Instant,
  Interview,
  InterviewKind,
  InterviewOutcome,
  InterviewState,
} from '../../domain/types.js';
import type { DB } from '../schema.js';

/** An interview as written: interviewers by contact id, the lists as text. */
export type InterviewInput = Omit<Interview, 'id' | 'interviewers'> & { interviewerIds: number[] };

type ItemKind = 'topic' | 'document' | 'skill_gap';
const ITEM_FIELDS: Record<ItemKind, 'topics' | 'documentsOwed' | 'skillGaps'> = {
  topic: 'topics',
  document: 'documentsOwed',
  skill_gap: 'skillGaps',
};

export class InterviewRepo {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(i: InterviewInput, now: Instant): Promise<number> {
    const row = await this.db
      .insertInto('interviews')
      .values({ ...toRow(i), created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.writeChildren(row.id, i);
    return row.id;
  }

  async update(id: number, i: InterviewInput, now: Instant): Promise<void> {
    await this.db
      .updateTable('interviews')
      .set({ ...toRow(i), updated_at: now })
      .where('id', '=', id)
      .execute();
    await this.db.deleteFrom('interview_interviewers').where('interview_id', '=', id).execute();
    await this.db.deleteFrom('interview_items').where('interview_id', '=', id).execute();
    await this.writeChildren(id, i);
  }

  private async writeChildren(id: number, i: InterviewInput): Promise<void> {
    if (i.interviewerIds.length > 0) {
      await this.db
        .insertInto('interview_interviewers')
        .values(
          i.interviewerIds.map((contact_id, position) => ({
            interview_id: id,
            contact_id,
            position,
          })),
        )
        .execute();
    }
    const items = (Object.keys(ITEM_FIELDS) as ItemKind[]).flatMap((kind) =>
      i[ITEM_FIELDS[kind]].map((text, position) => ({ interview_id: id, kind, position, text })),
    );
    if (items.length > 0) await this.db.insertInto('interview_items').values(items).execute();
  }

  async get(id: number): Promise<Interview | undefined> {
    const [found] = await this.load(
      this.db.selectFrom('interviews').selectAll().where('id', '=', id),
    );
    return found;
  }

  async listFor(applicationIds: readonly number[]): Promise<Interview[]> {
    if (applicationIds.length === 0) return [];
    return this.load(
      this.db
        .selectFrom('interviews')
        .selectAll()
        .where('application_id', 'in', applicationIds)
        .orderBy('start_at')
        .orderBy('id'),
    );
  }

  /** Scheduled interviews that started before `now`: candidates to become `held`. */
  async scheduledStartedBefore(
    now: Instant,
  ): Promise<{ id: number; applicationId: number; startAt: Instant; durationMin: number }[]> {
    const rows = await this.db
      .selectFrom('interviews')
      .select(['id', 'application_id', 'start_at', 'duration_min'])
      .where('state', '=', 'scheduled')
      .where('start_at', '<=', now)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      applicationId: r.application_id,
      startAt: r.start_at,
      durationMin: r.duration_min,
    }));
  }

  async setState(ids: readonly number[], state: InterviewState, now: Instant): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable('interviews')
      .set({ state, updated_at: now })
      .where('id', 'in', ids)
      .execute();
  }

  async countFor(applicationId: number): Promise<number> {
    const row = await this.db
      .selectFrom('interviews')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('application_id', '=', applicationId)
      .where('state', '!=', 'cancelled')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private async load(q: {
    execute: () => Promise<Selectable<DB['interviews']>[]>;
  }): Promise<Interview[]> {
    const rows = await q.execute();
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const people = await this.db
      .selectFrom('interview_interviewers as ii')
      .innerJoin('contacts as c', 'c.id', 'ii.contact_id')
      .select(['ii.interview_id', 'ii.contact_id', 'c.name', 'c.email'])
      .where('ii.interview_id', 'in', ids)
      .orderBy('ii.interview_id')
      .orderBy('ii.position')
      .execute();
    const items = await this.db
      .selectFrom('interview_items')
      .selectAll()
      .where('interview_id', 'in', ids)
      .orderBy('interview_id')
      .orderBy('kind')
      .orderBy('position')
      .execute();
    const byId = new Map(rows.map((r) => [r.id, fromRow(r)]));
    for (const p of people) {
      byId
        .get(p.interview_id)
        ?.interviewers.push({ contactId: p.contact_id, name: p.name, email: p.email });
    }
    for (const it of items) {
      const field = ITEM_FIELDS[it.kind as ItemKind];
      byId.get(it.interview_id)?.[field].push(it.text);
    }
    return [...byId.values()];
  }
}

const toRow = (i: InterviewInput) => ({
  application_id: i.applicationId,
  round: i.round,
  kind: i.kind,
  state: i.state,
  start_at: i.startAt,
  duration_min: i.durationMin,
  time_zone: i.timeZone,
  location: i.location,
  late: i.late ? 1 : 0,
  next_steps: i.nextSteps,
  decision_by: i.decisionBy,
  follow_up_on: i.followUpOn,
  outcome: i.outcome,
  notes: i.notes,
});

type Row = Selectable<DB['interviews']>;

/** What an interview is, when and where: the columns every reader maps the same way. */
export const interviewBasics = (
  r: Pick<
    Row,
    | 'id'
    | 'application_id'
    | 'round'
    | 'kind'
    | 'state'
    | 'start_at'
    | 'duration_min'
    | 'time_zone'
    | 'location'
  >,
) => ({
  id: r.id,
  applicationId: r.application_id,
  round: r.round,
  kind: r.kind as InterviewKind,
  state: r.state as InterviewState,
  startAt: r.start_at,
  durationMin: r.duration_min,
  timeZone: r.time_zone,
  location: r.location,
});

const fromRow = (r: Row): Interview => ({
  ...interviewBasics(r),
  interviewers: [],
  late: r.late === 1,
  topics: [],
  nextSteps: r.next_steps,
  decisionBy: r.decision_by,
  followUpOn: r.follow_up_on,
  documentsOwed: [],
  skillGaps: [],
  outcome: r.outcome as InterviewOutcome | null,
  notes: r.notes,
});
