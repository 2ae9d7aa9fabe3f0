import { z } from 'zod';
import {
  CARD_PHASES,
  CHECK_ANSWERS,
  CHECKLIST_ITEMS,
  REVIEW_RATINGS,
} from '../../domain/debrief/types.js';
import { INTERVIEW_KINDS } from '../../domain/types.js';
import { J, actionJson, interviewJson } from './present.js';
import { skillJson } from './present-skill.js';

/**
 * The JSON of debriefs, bank questions, the brief and trends: the presenters in
 * present-debrief.ts are typed by these, and /api/openapi.json describes the responses with them.
 */

const nullable = <T extends z.ZodType>(s: T) => s.nullable();
const rating = z.number().int().min(1).max(4);

export const debriefJson = z.object({
  id: J.id,
  interview_id: J.id,
  checklist: z.array(
    z.object({
      item: z.enum(CHECKLIST_ITEMS),
      label: z.string(),
      answer: z.enum(CHECK_ANSWERS),
      note: nullable(z.string()),
    }),
  ),
  checklist_score: nullable(z.number()).describe('0–100; null when nothing was answered'),
  overall: nullable(rating),
  went_well: z.array(z.string()),
  improve: z.array(z.string()),
  issues: z.array(z.string()),
  documents_owed: z.array(z.string()),
  skill_gaps: z.array(z.string()),
  questions: z.array(
    z.object({
      question_id: J.id,
      text: z.string(),
      answer: nullable(z.string()),
      rating: nullable(rating),
      better_answer: nullable(z.string()),
    }),
  ),
  average_rating: nullable(z.number()),
  created_at: nullable(J.instant),
  updated_at: nullable(J.instant),
});

export const cardJson = z
  .object({
    due: nullable(J.instant),
    state: z.enum(CARD_PHASES),
    stability: z.number(),
    difficulty: z.number(),
    scheduled_days: z.number(),
    reps: z.number().int(),
    lapses: z.number().int(),
    last_review: nullable(J.instant),
  })
  .nullable()
  .describe('the FSRS review card; null until the question has a better answer');

export const questionJson = z.object({
  id: J.id,
  text: z.string(),
  normalized_text: z.string(),
  better_answer: nullable(z.string()),
  card: cardJson,
  due: nullable(J.instant),
  reviews: z.number().int(),
  companies: z.array(z.string()),
  asked_at: z.array(
    z.object({
      interview_id: J.id,
      application_id: J.id,
      company_id: J.id,
      company: z.string(),
      start: nullable(J.instant),
      rating: nullable(rating),
      answer: nullable(z.string()),
    }),
  ),
});

export const reviewJson = z.object({
  rating: z.enum(REVIEW_RATINGS),
  state: z.enum(CARD_PHASES),
  due: nullable(J.instant),
  stability: z.number(),
  difficulty: z.number(),
  scheduled_days: z.number(),
  reviewed_at: nullable(J.instant),
});

export const reviewedJson = questionJson.extend({
  review: reviewJson,
  review_log: z.array(reviewJson),
});

const openJson = z.object({
  text: z.string(),
  interview_id: J.id,
  round: z.number().int(),
  action_id: nullable(J.id),
  due: nullable(J.instant),
});

export const briefJson = z.object({
  interview: interviewJson,
  application_id: J.id,
  company: z.string(),
  role: z.string(),
  interviewers: z.array(
    z.object({
      contact_id: J.id,
      name: z.string(),
      email: nullable(z.string()),
      phone: nullable(z.string()),
      title: nullable(z.string()),
      relationship: z.string(),
      linkedin_url: nullable(z.string()),
      last_contacted_at: nullable(J.instant),
      met: z.array(
        z.object({
          interview_id: J.id,
          start: nullable(J.instant),
          round: z.number().int(),
          kind: z.string().describe(INTERVIEW_KINDS.join(', ')),
        }),
      ),
    }),
  ),
  earlier_rounds: z.array(
    z.object({
      interview_id: J.id,
      application_id: J.id,
      role: z.string(),
      round: z.number().int(),
      kind: z.enum(INTERVIEW_KINDS),
      start: nullable(J.instant),
      interviewers: z.array(z.string()),
      topics: z.array(z.string()),
      next_steps: nullable(z.string()),
      notes: nullable(z.string()),
      debrief: debriefJson.nullable(),
    }),
  ),
  asked_here: z.array(questionJson),
  due_cards: z.array(questionJson),
  skill_gaps: z.array(openJson),
  documents_owed: z.array(openJson),
  prep_action: actionJson.nullable(),
  skills_to_build: z.array(skillJson),
  reminder: z.string().describe('before you leave, ask about next steps (seeds 001, 004)'),
  reminder_seeds: z.array(z.string()),
});

const seriesJson = z.object({
  first: nullable(z.number()),
  latest: nullable(z.number()),
  change: nullable(z.number()).describe('latest − first: positive means better'),
});

export const trendsJson = z.object({
  interviews: z.array(
    z.object({
      interview_id: J.id,
      application_id: J.id,
      company: z.string(),
      role: z.string(),
      round: z.number().int(),
      kind: z.string().describe(INTERVIEW_KINDS.join(', ')),
      start: nullable(J.instant),
      checklist_score: nullable(z.number()),
      checklist_answered: z.number().int(),
      average_rating: nullable(z.number()),
      rated_questions: z.number().int(),
      overall: nullable(rating),
    }),
  ),
  checklist: seriesJson,
  rating: seriesJson,
});
