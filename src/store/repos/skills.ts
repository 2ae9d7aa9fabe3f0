import type { Kysely } from 'kysely';
import type { Skill } from '../../domain/skills.js';
import type { Instant } from '../../domain/types.js';
import type { DB } from '../schema.js';

export interface NewSkill {
  skill: string;
  applicationId: number | null;
  interviewId: number | null;
  /** The skill_gap action it came from: one entry per action, however often re-planned. */
  actionKey: string;
}

/** The standing list of skills to build (0007_truth_skills.sql). */
export class SkillRepo {
  constructor(private readonly db: Kysely<DB>) {}

  /** Adds the entries not yet kept; returns how many were new. */
  async keep(items: readonly NewSkill[], at: Instant): Promise<number> {
    let added = 0;
    for (const s of items) {
      const r = await this.db
        .insertInto('skills')
        .values({
          skill: s.skill,
          application_id: s.applicationId,
          interview_id: s.interviewId,
          action_key: s.actionKey,
          status: 'open',
          added_at: at,
        })
        .onConflict((oc) => oc.column('action_key').doNothing())
        .executeTakeFirst();
      added += Number(r.numInsertedOrUpdatedRows ?? 0n);
    }
    return added;
  }

  async list(q: { status?: Skill['status'] } = {}): Promise<Skill[]> {
    let query = this.view().orderBy('s.id');
    if (q.status !== undefined) query = query.where('s.status', '=', q.status);
    return (await query.execute()).map(toSkill);
  }

  async get(id: number): Promise<Skill | undefined> {
    const row = await this.view().where('s.id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toSkill(row);
  }

  async markAddressed(id: number, at: Instant, note: string | null): Promise<void> {
    await this.db
      .updateTable('skills')
      .set({ status: 'addressed', addressed_at: at, addressed_note: note })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .execute();
  }

  private view() {
    return this.db
      .selectFrom('skills as s')
      .leftJoin('applications as a', 'a.id', 's.application_id')
      .leftJoin('companies as c', 'c.id', 'a.company_id')
      .selectAll('s')
      .select(['c.name as company', 'a.role as role']);
  }
}

type Row = {
  id: number;
  skill: string;
  status: string;
  application_id: number | null;
  interview_id: number | null;
  added_at: string;
  addressed_at: string | null;
  addressed_note: string | null;
  company: string | null;
  role: string | null;
};

const toSkill = (r: Row): Skill => ({
  id: r.id,
  skill: r.skill,
  status: r.status === 'addressed' ? 'addressed' : 'open',
  applicationId: r.application_id,
  interviewId: r.interview_id,
  company: r.company,
  role: r.role,
  addedAt: r.added_at,
  addressedAt: r.addressed_at,
  addressedNote: r.addressed_note,
});
