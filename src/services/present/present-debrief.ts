import { checklistScore, specOf } from '../../domain/debrief/checklist.js';
import type { Trends } from '../../domain/debrief/trends.js';
import { averageRating } from '../../domain/debrief/trends.js';
import type { BankQuestion, CardState, Debrief, ReviewEntry } from '../../domain/debrief/types.js';
import type { Brief, OpenItem } from '../debriefs/brief.js';
import type { z } from 'zod';
import type {
  briefJson,
  cardJson,
  debriefJson,
  questionJson,
  reviewJson,
  trendsJson,
} from './debrief-json.js';
import { at, presentAction, presentInterview } from './present.js';
import { presentSkill } from './present-skill.js';

/**
 * Presenters for debriefs, bank questions, the brief and trends, shared by `--json` and the HTTP
 * API: snake_case names, instants with the user's offset, ids included.
 */

export const presentDebrief = (d: Debrief, zone: string): z.output<typeof debriefJson> => ({
  id: d.id,
  interview_id: d.interviewId,
  checklist: d.checklist.map((c) => ({
    item: c.item,
    label: specOf(c.item).label,
    answer: c.answer,
    note: c.note,
  })),
  checklist_score: checklistScore(d.checklist),
  overall: d.overall,
  went_well: d.wentWell,
  improve: d.improve,
  issues: d.issues,
  documents_owed: d.documentsOwed,
  skill_gaps: d.skillGaps,
  questions: d.questions.map((q) => ({
    question_id: q.questionId,
    text: q.text,
    answer: q.answer,
    rating: q.rating,
    better_answer: q.betterAnswer,
  })),
  average_rating: averageRating(d.questions.map((q) => q.rating)),
  created_at: at(d.createdAt, zone),
  updated_at: at(d.updatedAt, zone),
});

export const presentCard = (c: CardState | null, zone: string): z.output<typeof cardJson> =>
  c === null
    ? null
    : {
        due: at(c.due, zone),
        state: c.phase,
        stability: c.stability,
        difficulty: c.difficulty,
        scheduled_days: c.scheduledDays,
        reps: c.reps,
        lapses: c.lapses,
        last_review: at(c.lastReview, zone),
      };

export const presentQuestion = (q: BankQuestion, zone: string): z.output<typeof questionJson> => ({
  id: q.id,
  text: q.text,
  normalized_text: q.normalizedText,
  better_answer: q.betterAnswer,
  card: presentCard(q.card, zone),
  due: at(q.card?.due ?? null, zone),
  reviews: q.reviews,
  companies: [...new Set(q.askedAt.map((a) => a.company))],
  asked_at: q.askedAt.map((a) => ({
    interview_id: a.interviewId,
    application_id: a.applicationId,
    company_id: a.companyId,
    company: a.company,
    start: at(a.startAt, zone),
    rating: a.rating,
    answer: a.answer,
  })),
});

export const presentReview = (e: ReviewEntry, zone: string): z.output<typeof reviewJson> => ({
  rating: e.rating,
  state: e.phase,
  due: at(e.due, zone),
  stability: e.stability,
  difficulty: e.difficulty,
  scheduled_days: e.scheduledDays,
  reviewed_at: at(e.reviewedAt, zone),
});

const presentOpen = (o: OpenItem, zone: string) => ({
  text: o.text,
  interview_id: o.interviewId,
  round: o.round,
  action_id: o.actionId,
  due: at(o.due, zone),
});

export const presentBrief = (b: Brief, zone: string): z.output<typeof briefJson> => ({
  interview: presentInterview(b.interview, zone),
  application_id: b.application.id,
  company: b.application.company,
  role: b.application.role,
  interviewers: b.interviewers.map((p) => ({
    contact_id: p.contact.id,
    name: p.contact.name,
    email: p.contact.email,
    phone: p.contact.phone,
    title: p.contact.title,
    relationship: p.contact.relationship,
    linkedin_url: p.contact.linkedinUrl,
    last_contacted_at: at(p.contact.lastContactedAt, zone),
    met: p.met.map((m) => ({
      interview_id: m.interviewId,
      start: at(m.startAt, zone),
      round: m.round,
      kind: m.kind,
    })),
  })),
  earlier_rounds: b.earlierRounds.map((r) => ({
    interview_id: r.interview.id,
    application_id: r.interview.applicationId,
    role: r.role,
    round: r.interview.round,
    kind: r.interview.kind,
    start: at(r.interview.startAt, zone),
    interviewers: r.interview.interviewers.map((p) => p.name),
    topics: r.interview.topics,
    next_steps: r.interview.nextSteps,
    notes: r.interview.notes,
    debrief: r.debrief === null ? null : presentDebrief(r.debrief, zone),
  })),
  asked_here: b.askedHere.map((q) => presentQuestion(q, zone)),
  due_cards: b.dueCards.map((q) => presentQuestion(q, zone)),
  skill_gaps: b.skillGaps.map((o) => presentOpen(o, zone)),
  documents_owed: b.documentsOwed.map((o) => presentOpen(o, zone)),
  prep_action: b.prepAction === null ? null : presentAction(b.prepAction, zone),
  skills_to_build: b.skillsToBuild.map((s) => presentSkill(s, zone)),
  reminder: b.reminder.text,
  reminder_seeds: b.reminder.seeds,
});

export const presentTrends = (t: Trends, zone: string): z.output<typeof trendsJson> => ({
  interviews: t.points.map((p) => ({
    interview_id: p.interviewId,
    application_id: p.applicationId,
    company: p.company,
    role: p.role,
    round: p.round,
    kind: p.kind,
    start: at(p.startAt, zone),
    checklist_score: p.checklistScore,
    checklist_answered: p.checklistAnswered,
    average_rating: p.averageRating,
    rated_questions: p.ratedQuestions,
    overall: p.overall,
  })),
  checklist: t.checklist,
  rating: t.rating,
});
