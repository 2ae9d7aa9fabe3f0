import type { Kysely, Selectable } from 'kysely';
import type {
  AskedAt,
  BankQuestion,
  CardPhase,
  CardState,
  ReviewEntry,
  ReviewRating,
} from '../../domain/debrief/types.js';
import type { Instant } from '../../domain/types.js';
import type { DB } from '../schema.js';
import { selfRatingOf } from './debriefs.js';

export interface QuestionQuery {
  ids?: readonly number[];
  /** Only cards due at or before this instant (questions with a better answer). */
  dueBy?: Instant;
  /** Only questions asked at an interview with this company. */
  companyId?: number;
  limit?: number;
}

type Row = Selectable<DB['questions']>;

export class QuestionRepo {
  constructor(private readonly db: Kysely<DB>) {}

  /** The bank question with this normalised text, created (with this wording) on first mention. */
  async findOrCreate(text: string, normalizedText: string, now: Instant): Promise<number> {
    const found = await this.db
      .selectFrom('questions')
      .select('id')
      .where('normalized_text', '=', normalizedText)
      .executeTakeFirst();
    if (found !== undefined) return found.id;
    const row = await this.db
      .insertInto('questions')
      .values({ text, normalized_text: normalizedText, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async get(id: number): Promise<BankQuestion | undefined> {
    const [q] = await this.list({ ids: [id] });
    return q;
  }

  /** Bank questions by id; due cards (with `dueBy`) by due time. */
  async list(q: QuestionQuery = {}): Promise<BankQuestion[]> {
    let query = this.db.selectFrom('questions as q').selectAll('q');
    if (q.ids !== undefined) {
      if (q.ids.length === 0) return [];
      query = query.where('q.id', 'in', q.ids);
    }
    if (q.dueBy !== undefined) {
      query = query
        .where('q.card_due_at', 'is not', null)
        .where('q.card_due_at', '<=', q.dueBy)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('debrief_questions as dq')
              .select('dq.question_id')
              .whereRef('dq.question_id', '=', 'q.id')
              .where('dq.better_answer', 'is not', null),
          ),
        );
    }
    if (q.companyId !== undefined) {
      const companyId = q.companyId;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('debrief_questions as dq')
            .innerJoin('debriefs as d', 'd.id', 'dq.debrief_id')
            .innerJoin('interviews as iv', 'iv.id', 'd.interview_id')
            .innerJoin('applications as a', 'a.id', 'iv.application_id')
            .select('dq.question_id')
            .whereRef('dq.question_id', '=', 'q.id')
            .where('a.company_id', '=', companyId),
        ),
      );
    }
    query =
      q.dueBy === undefined
        ? query.orderBy('q.id')
        : query.orderBy('q.card_due_at').orderBy('q.id');
    if (q.limit !== undefined) query = query.limit(q.limit);
    return this.load(await query.execute());
  }

  async setCard(id: number, c: CardState | null, now: Instant): Promise<void> {
    await this.db
      .updateTable('questions')
      .set({
        card_due_at: c?.due ?? null,
        card_state: c?.phase ?? null,
        card_stability: c?.stability ?? null,
        card_difficulty: c?.difficulty ?? null,
        card_scheduled_days: c?.scheduledDays ?? null,
        card_learning_steps: c?.learningSteps ?? null,
        card_reps: c?.reps ?? null,
        card_lapses: c?.lapses ?? null,
        card_last_review_at: c?.lastReview ?? null,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
  }

  async addReview(id: number, e: ReviewEntry): Promise<void> {
    await this.db
      .insertInto('question_reviews')
      .values({
        question_id: id,
        rating: e.rating,
        state: e.phase,
        due_at: e.due,
        stability: e.stability,
        difficulty: e.difficulty,
        scheduled_days: e.scheduledDays,
        learning_steps: e.learningSteps,
        reviewed_at: e.reviewedAt,
      })
      .execute();
  }

  /** A card's review log, oldest first. */
  async reviewsOf(id: number): Promise<ReviewEntry[]> {
    const rows = await this.db
      .selectFrom('question_reviews')
      .selectAll()
      .where('question_id', '=', id)
      .orderBy('reviewed_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      rating: r.rating as ReviewRating,
      phase: r.state as CardPhase,
      due: r.due_at,
      stability: r.stability,
      difficulty: r.difficulty,
      scheduledDays: r.scheduled_days,
      learningSteps: r.learning_steps,
      reviewedAt: r.reviewed_at,
    }));
  }

  /**
   * Deletes those of `ids` that no debrief mentions any more and that were never reviewed: a
   * question removed from a debrief (a typo, say) must not linger in the bank.
   */
  async deleteOrphans(ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .deleteFrom('questions')
      .where('id', 'in', ids)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('debrief_questions')
              .select('question_id')
              .whereRef('debrief_questions.question_id', '=', 'questions.id'),
          ),
        ),
      )
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('question_reviews')
              .select('question_id')
              .whereRef('question_reviews.question_id', '=', 'questions.id'),
          ),
        ),
      )
      .execute();
  }

  private async load(rows: Row[]): Promise<BankQuestion[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [asked, reviews] = await Promise.all([
      this.db
        .selectFrom('debrief_questions as dq')
        .innerJoin('debriefs as d', 'd.id', 'dq.debrief_id')
        .innerJoin('interviews as iv', 'iv.id', 'd.interview_id')
        .innerJoin('applications as a', 'a.id', 'iv.application_id')
        .innerJoin('companies as c', 'c.id', 'a.company_id')
        .select([
          'dq.question_id',
          'dq.answer',
          'dq.rating',
          'dq.better_answer',
          'iv.id as interview_id',
          'iv.application_id',
          'iv.start_at',
          'a.company_id',
          'c.name as company',
        ])
        .where('dq.question_id', 'in', ids)
        .orderBy('iv.start_at')
        .orderBy('iv.id')
        .execute(),
      this.db
        .selectFrom('question_reviews')
        .select(['question_id', (eb) => eb.fn.countAll<number | string>().as('n')])
        .where('question_id', 'in', ids)
        .groupBy('question_id')
        .execute(),
    ]);
    return rows.map((r) => {
      const mine = asked.filter((a) => a.question_id === r.id);
      // The latest interview's better answer wins: answers get better from round to round.
      const better = mine.filter((a) => a.better_answer !== null).at(-1)?.better_answer ?? null;
      return {
        id: r.id,
        text: r.text,
        normalizedText: r.normalized_text,
        betterAnswer: better,
        card: cardOf(r),
        askedAt: mine.map((a): AskedAt => ({
          interviewId: a.interview_id,
          applicationId: a.application_id,
          companyId: a.company_id,
          company: a.company,
          startAt: a.start_at,
          rating: selfRatingOf(a.rating),
          answer: a.answer,
        })),
        reviews: Number(reviews.find((x) => x.question_id === r.id)?.n ?? 0),
      };
    });
  }
}

function cardOf(r: Row): CardState | null {
  if (r.card_due_at === null || r.card_state === null) return null;
  return {
    due: r.card_due_at,
    phase: r.card_state as CardPhase,
    stability: r.card_stability ?? 0,
    difficulty: r.card_difficulty ?? 0,
    scheduledDays: r.card_scheduled_days ?? 0,
    learningSteps: r.card_learning_steps ?? 0,
    reps: r.card_reps ?? 0,
    lapses: r.card_lapses ?? 0,
    lastReview: r.card_last_review_at,
  };
}
