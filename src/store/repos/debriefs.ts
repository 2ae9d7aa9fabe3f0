import type { Kysely, Selectable } from 'kysely';
import { orderChecklist } from '../../domain/debrief/checklist.js';
import type { TrendInput } from '../../domain/debrief/trends.js';
import type {
  CheckAnswer,
  CheckEntry,
  ChecklistItem,
  Debrief,
  DebriefContent,
  DebriefList,
  SelfRating,
} from '../../domain/debrief/types.js';
import type { Instant } from '../../domain/types.js';
import type { DB } from '../schema.js';

/** A debrief as written: each question row already linked to its bank question. */
export type DebriefInput = Omit<DebriefContent, 'questions'> & {
  questions: (DebriefContent['questions'][number] & { questionId: number })[];
};

type ItemKind = 'went_well' | 'improve' | 'issue' | 'document' | 'skill_gap';
const ITEM_FIELDS: Record<ItemKind, DebriefList> = {
  went_well: 'wentWell',
  improve: 'improve',
  issue: 'issues',
  document: 'documentsOwed',
  skill_gap: 'skillGaps',
};

/** A stored 1–4 rating; anything else reads as unrated. */
export const selfRatingOf = (n: number | null): SelfRating | null =>
  n !== null && n >= 1 && n <= 4 ? (n as SelfRating) : null;

const toCheck = (c: Selectable<DB['debrief_checks']>): CheckEntry => ({
  item: c.item as ChecklistItem,
  answer: c.answer as CheckAnswer,
  note: c.note,
});

export class DebriefRepo {
  constructor(private readonly db: Kysely<DB>) {}

  /** Creates or replaces the debrief of an interview; returns its id (stable across saves). */
  async save(interviewId: number, d: DebriefInput, now: Instant): Promise<number> {
    const found = await this.db
      .selectFrom('debriefs')
      .select('id')
      .where('interview_id', '=', interviewId)
      .executeTakeFirst();
    let id: number;
    if (found === undefined) {
      const row = await this.db
        .insertInto('debriefs')
        .values({ interview_id: interviewId, overall: d.overall, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      id = row.id;
    } else {
      id = found.id;
      await this.db
        .updateTable('debriefs')
        .set({ overall: d.overall, updated_at: now })
        .where('id', '=', id)
        .execute();
      for (const t of ['debrief_checks', 'debrief_items', 'debrief_questions'] as const) {
        await this.db.deleteFrom(t).where('debrief_id', '=', id).execute();
      }
    }
    if (d.checklist.length > 0) {
      await this.db
        .insertInto('debrief_checks')
        .values(
          d.checklist.map((c) => ({
            debrief_id: id,
            item: c.item,
            answer: c.answer,
            note: c.note,
          })),
        )
        .execute();
    }
    const items = (Object.keys(ITEM_FIELDS) as ItemKind[]).flatMap((kind) =>
      d[ITEM_FIELDS[kind]].map((text, position) => ({ debrief_id: id, kind, position, text })),
    );
    if (items.length > 0) await this.db.insertInto('debrief_items').values(items).execute();
    if (d.questions.length > 0) {
      await this.db
        .insertInto('debrief_questions')
        .values(
          d.questions.map((q, position) => ({
            debrief_id: id,
            position,
            question_id: q.questionId,
            answer: q.answer,
            rating: q.rating,
            better_answer: q.betterAnswer,
          })),
        )
        .execute();
    }
    return id;
  }

  async getByInterview(interviewId: number): Promise<Debrief | undefined> {
    const [d] = await this.listByInterviews([interviewId]);
    return d;
  }

  /** The debriefs of these interviews (those that have one), with all their parts. */
  async listByInterviews(interviewIds: readonly number[]): Promise<Debrief[]> {
    if (interviewIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('debriefs')
      .selectAll()
      .where('interview_id', 'in', interviewIds)
      .orderBy('id')
      .execute();
    return this.load(rows);
  }

  /**
   * Documents owed and skill gaps per interview of these applications, for the planner: the
   * debrief's additions to what was noted when the interview was logged. Selected by application
   * (as the planner loads interviews), which keeps the query's parameters few.
   */
  async owedAndGaps(
    applicationIds: readonly number[],
  ): Promise<Map<number, { documentsOwed: string[]; skillGaps: string[] }>> {
    const out = new Map<number, { documentsOwed: string[]; skillGaps: string[] }>();
    if (applicationIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('debrief_items as i')
      .innerJoin('debriefs as d', 'd.id', 'i.debrief_id')
      .innerJoin('interviews as iv', 'iv.id', 'd.interview_id')
      .select(['d.interview_id', 'i.kind', 'i.text'])
      .where('iv.application_id', 'in', applicationIds)
      .where('i.kind', 'in', ['document', 'skill_gap'])
      .orderBy('d.interview_id')
      .orderBy('i.kind')
      .orderBy('i.position')
      .execute();
    for (const r of rows) {
      let entry = out.get(r.interview_id);
      if (entry === undefined) {
        entry = { documentsOwed: [], skillGaps: [] };
        out.set(r.interview_id, entry);
      }
      (r.kind === 'document' ? entry.documentsOwed : entry.skillGaps).push(r.text);
    }
    return out;
  }

  /** Every debriefed interview with its checklist and answer ratings (insights). */
  async trendInputs(): Promise<TrendInput[]> {
    const rows = await this.db
      .selectFrom('debriefs as d')
      .innerJoin('interviews as iv', 'iv.id', 'd.interview_id')
      .innerJoin('applications as a', 'a.id', 'iv.application_id')
      .innerJoin('companies as c', 'c.id', 'a.company_id')
      .select([
        'd.id',
        'd.interview_id',
        'd.overall',
        'iv.application_id',
        'iv.round',
        'iv.kind',
        'iv.start_at',
        'a.role',
        'c.name as company',
      ])
      .orderBy('iv.start_at')
      .orderBy('iv.id')
      .execute();
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const checks = await this.db
      .selectFrom('debrief_checks')
      .selectAll()
      .where('debrief_id', 'in', ids)
      .execute();
    const ratings = await this.db
      .selectFrom('debrief_questions')
      .select(['debrief_id', 'rating'])
      .where('debrief_id', 'in', ids)
      .orderBy('position')
      .execute();
    return rows.map((r) => ({
      interviewId: r.interview_id,
      applicationId: r.application_id,
      company: r.company,
      role: r.role,
      round: r.round,
      kind: r.kind,
      startAt: r.start_at,
      overall: selfRatingOf(r.overall),
      checklist: orderChecklist(checks.filter((c) => c.debrief_id === r.id).map(toCheck)),
      ratings: ratings.filter((q) => q.debrief_id === r.id).map((q) => selfRatingOf(q.rating)),
    }));
  }

  private async load(rows: Selectable<DB['debriefs']>[]): Promise<Debrief[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [checks, items, questions] = await Promise.all([
      this.db.selectFrom('debrief_checks').selectAll().where('debrief_id', 'in', ids).execute(),
      this.db
        .selectFrom('debrief_items')
        .selectAll()
        .where('debrief_id', 'in', ids)
        .orderBy('debrief_id')
        .orderBy('kind')
        .orderBy('position')
        .execute(),
      this.db
        .selectFrom('debrief_questions as dq')
        .innerJoin('questions as q', 'q.id', 'dq.question_id')
        .select([
          'dq.debrief_id',
          'dq.question_id',
          'dq.answer',
          'dq.rating',
          'dq.better_answer',
          'q.text',
        ])
        .where('dq.debrief_id', 'in', ids)
        .orderBy('dq.debrief_id')
        .orderBy('dq.position')
        .execute(),
    ]);
    const byId = new Map<number, Debrief>(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          interviewId: r.interview_id,
          overall: selfRatingOf(r.overall),
          checklist: [],
          wentWell: [],
          improve: [],
          issues: [],
          documentsOwed: [],
          skillGaps: [],
          questions: [],
          createdAt: r.created_at,
          updatedAt: r.updated_at,
        },
      ]),
    );
    for (const c of checks) byId.get(c.debrief_id)?.checklist.push(toCheck(c));
    // Checks come back in key order; show them in the article's order.
    for (const d of byId.values()) d.checklist = orderChecklist(d.checklist);
    for (const it of items) {
      const field = ITEM_FIELDS[it.kind as ItemKind];
      byId.get(it.debrief_id)?.[field].push(it.text);
    }
    for (const q of questions) {
      byId.get(q.debrief_id)?.questions.push({
        questionId: q.question_id,
        text: q.text,
        answer: q.answer,
        rating: selfRatingOf(q.rating),
        betterAnswer: q.better_answer,
      });
    }
    return [...byId.values()];
  }
}
