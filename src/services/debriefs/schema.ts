import { z } from 'zod';
import { LIMITS, countOrText, opt, str } from '../input.js';

/**
 * The inputs of the question-bank use cases, shared by the HTTP routes and the CLI
 * (`questions list|review --limit N`, `GET /api/questions?limit=N`).
 */
export const questionListInput = z.object({
  limit: opt(countOrText(1, 9999)),
});
export type QuestionListInput = z.output<typeof questionListInput>;

/** One review of a card: 1–4, or again, hard, good, easy (the domain parses it). */
export const reviewInput = z.strictObject({
  rating: z
    .union([z.number().int(), str(LIMITS.short)])
    .describe('1–4, or again, hard, good, easy')
    .transform(String),
});
export type ReviewInput = z.output<typeof reviewInput>;
