import { parseReviewRating, reviewCard } from '../../domain/debrief/fsrs.js';
import type { BankQuestion, ReviewEntry } from '../../domain/debrief/types.js';
import { conflict, notFound } from '../../domain/errors.js';
import type { Instant } from '../../domain/types.js';
import { positiveId } from '../../domain/validate.js';
import type { Ctx } from '../context.js';
import type { QuestionListInput } from './schema.js';

/**
 * The question bank (seed 000: "for each question that you were not happy with, develop and
 * prepare a better answer … so that the question becomes a strength in your next interview").
 */

export interface QuestionDetail {
  question: BankQuestion;
  reviews: ReviewEntry[];
}

/** Review cards due now (or by `by`), the most overdue first. */
export async function dueQuestions(
  ctx: Ctx,
  opts: { by?: Instant } & QuestionListInput = {},
): Promise<BankQuestion[]> {
  return ctx.store.questions.list({ dueBy: opts.by ?? ctx.now(), limit: opts.limit });
}

/** Every question in the bank. */
export async function listQuestions(
  ctx: Ctx,
  opts: QuestionListInput = {},
): Promise<BankQuestion[]> {
  return ctx.store.questions.list({ limit: opts.limit });
}

/** One question with its review log. */
export async function getQuestion(ctx: Ctx, ref: string | number): Promise<QuestionDetail> {
  const id = positiveId(ref, 'question', 'question');
  const question = await ctx.store.questions.get(id);
  if (question === undefined) throw notFound('question', id, 'question');
  return { question, reviews: await ctx.store.questions.reviewsOf(id) };
}

/**
 * Records one review (again/hard/good/easy or 1–4) and schedules the card's next one with
 * FSRS. Reviewing before the due time is allowed: FSRS accounts for the shorter gap.
 */
export async function reviewQuestion(
  ctx: Ctx,
  ref: string | number,
  ratingRaw: string,
): Promise<QuestionDetail & { entry: ReviewEntry }> {
  const id = positiveId(ref, 'question', 'question');
  const rating = parseReviewRating(ratingRaw);
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const q = await tx.questions.get(id);
    if (q === undefined) throw notFound('question', id, 'question');
    if (q.card === null || q.betterAnswer === null) {
      throw conflict(
        `question ${id} has no better answer yet, so there is nothing to review: add one in its debrief`,
        'question',
      );
    }
    const { card, entry } = reviewCard(q.card, rating, now);
    await tx.questions.setCard(id, card, now);
    await tx.questions.addReview(id, entry);
    const question = await tx.questions.get(id);
    if (question === undefined) throw notFound('question', id, 'question');
    return { question, reviews: await tx.questions.reviewsOf(id), entry };
  });
}
