import { newCard } from '../../domain/debrief/fsrs.js';
import {
  applyPatch,
  EMPTY_DEBRIEF,
  isEmptyPatch,
  parseDebriefFields,
  type DebriefFields,
} from '../../domain/debrief/input.js';
import { normalizeQuestion } from '../../domain/debrief/normalize.js';
import type { Debrief, DebriefContent } from '../../domain/debrief/types.js';
import { conflict, invalidInput, notFound } from '../../domain/errors.js';
import { formatInstant, inZone, toInstant } from '../../domain/time.js';
import type { Application, Instant, Interview } from '../../domain/types.js';
import { positiveId } from '../../domain/validate.js';
import type { ActionView } from '../../store/repos/actions.js';
import type { Store } from '../../store/store.js';
import { mustGet } from '../applications/applications.js';
import type { Ctx } from '../context.js';
import { replan, type ReplanResult } from '../interviews/planning.js';
import { loadPolicy } from '../settings/settings.js';
import type { Skill } from '../../domain/skills.js';
import { addressSkillsByText } from '../skills/skills.js';

export type { DebriefFields };

/** An interview ready to be debriefed, with what was saved before (prompts show it). */
export interface DebriefSubject {
  interview: Interview;
  application: Application;
  debrief: Debrief | null;
}

export interface DebriefResult extends DebriefSubject {
  debrief: Debrief;
  /** False when this save updated an existing debrief. */
  created: boolean;
  /** Bank questions that got a review card with this save. */
  newCards: number[];
  /** Bank questions in this debrief that were also asked at another interview. */
  linked: number[];
  /** The `debrief` action this save completed, if it was pending. */
  completed: ActionView | null;
  plan: ReplanResult;
  /** Skills to build this debrief marked addressed. */
  addressedSkills: Skill[];
}

const endOf = (iv: Interview): Instant =>
  toInstant(inZone(iv.startAt, 'utc').plus({ minutes: iv.durationMin }));

/** The interview, refused when it was cancelled or has not ended yet (nothing to assess). */
async function subjectOf(
  store: Store,
  id: number,
  now: Instant,
  zone: string,
): Promise<DebriefSubject> {
  const interview = await store.interviews.get(id);
  if (interview === undefined) throw notFound('interview', id, 'interview');
  if (interview.state === 'cancelled') {
    throw conflict(`interview ${id} was cancelled; there is nothing to debrief`, 'interview');
  }
  if (endOf(interview) > now) {
    throw invalidInput(
      `interview ${id} has not happened yet (it starts ${formatInstant(interview.startAt, zone)}): debrief it after it ends`,
      'interview',
    );
  }
  const application = await mustGet(store, interview.applicationId);
  const debrief = (await store.debriefs.getByInterview(id)) ?? null;
  return { interview, application, debrief };
}

/** Checks that an interview can be debriefed and returns it with its current debrief, if any. */
export async function debriefSubject(
  ctx: Ctx,
  interviewRef: string | number,
): Promise<DebriefSubject> {
  const id = positiveId(interviewRef, 'interview', 'interview');
  const policy = await loadPolicy(ctx.store, ctx.systemZone);
  return subjectOf(ctx.store, id, ctx.now(), policy.timezone);
}

/** The stored debrief of an interview. */
export async function getDebrief(ctx: Ctx, interviewRef: string | number): Promise<Debrief> {
  const id = positiveId(interviewRef, 'interview', 'interview');
  if ((await ctx.store.interviews.get(id)) === undefined)
    throw notFound('interview', id, 'interview');
  const d = await ctx.store.debriefs.getByInterview(id);
  if (d === undefined) throw notFound('debrief of interview', id, 'interview');
  return d;
}

const contentOf = (d: Debrief | null): DebriefContent =>
  d === null
    ? EMPTY_DEBRIEF
    : {
        ...d,
        questions: d.questions.map((q) => ({
          text: q.text,
          answer: q.answer,
          rating: q.rating,
          betterAnswer: q.betterAnswer,
        })),
      };

/**
 * Saves the debrief of a held interview (seeds 000, 003) in one transaction: the answers, the
 * question rows linked into the bank (a question asked before is recognised by its normalised
 * text), a review card for every question with a better answer, the `debrief` action marked
 * done, and a re-plan so documents owed and skill gaps become actions. Saving again updates the
 * same debrief: given fields replace, others are kept; nothing is duplicated.
 */
export async function saveDebrief(
  ctx: Ctx,
  interviewRef: string | number,
  fields: DebriefFields,
): Promise<DebriefResult> {
  const id = positiveId(interviewRef, 'interview', 'interview');
  // Validate everything before the first write: a bad rating anywhere saves nothing.
  const patch = parseDebriefFields(fields);
  const policy = await loadPolicy(ctx.store, ctx.systemZone);
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const subject = await subjectOf(tx, id, now, policy.timezone);
    const { interview, application } = subject;
    const addressedTexts = (fields.addressed ?? []).map((t) => t.trim()).filter((t) => t !== '');
    if (subject.debrief === null && isEmptyPatch(patch) && addressedTexts.length === 0) {
      throw invalidInput('nothing to save: give at least one debrief field', 'debrief');
    }
    const content = applyPatch(contentOf(subject.debrief), patch);
    // It ended but nobody listed actions since: it has been held, and the planner must know.
    if (interview.state === 'scheduled') await tx.interviews.setState([id], 'held', now);

    const before = new Set(subject.debrief?.questions.map((q) => q.questionId) ?? []);
    const questions = [];
    for (const q of content.questions) {
      const questionId = await tx.questions.findOrCreate(q.text, normalizeQuestion(q.text), now);
      questions.push({ ...q, questionId });
    }
    await tx.debriefs.save(id, { ...content, questions }, now);

    const ids = questions.map((q) => q.questionId);
    const newCards: number[] = [];
    const linked: number[] = [];
    for (const q of await tx.questions.list({ ids })) {
      if (q.betterAnswer !== null && q.card === null) {
        await tx.questions.setCard(q.id, newCard(now), now);
        newCards.push(q.id);
      } else if (q.betterAnswer === null && q.card !== null && q.reviews === 0) {
        // The better answer was taken back before any review: no card without an answer.
        await tx.questions.setCard(q.id, null, now);
      }
      if (q.askedAt.some((a) => a.interviewId !== id)) linked.push(q.id);
    }
    await tx.questions.deleteOrphans([...before].filter((q) => !ids.includes(q)));

    const plan = await replan(tx, [application.id], now, policy);
    const marked = await addressSkillsByText(
      tx,
      addressedTexts,
      now,
      `addressed in the debrief of interview ${id}`,
    );
    if (marked.unknown.length > 0) {
      throw invalidInput(
        `addressed names no open skill to build: ${marked.unknown.map((t) => `"${t}"`).join(', ')}`,
        'addressed',
      );
    }
    const completed = await completeDebriefAction(tx, id, now);
    const debrief = await tx.debriefs.getByInterview(id);
    if (debrief === undefined) throw notFound('debrief of interview', id, 'interview');
    return {
      interview: (await tx.interviews.get(id)) ?? interview,
      application,
      debrief,
      created: subject.debrief === null,
      newCards,
      linked,
      completed,
      plan,
      addressedSkills: marked.addressed,
    };
  });
}

/** Marks the interview's pending `debrief` action done: the debrief is written. */
async function completeDebriefAction(
  store: Store,
  interviewId: number,
  now: Instant,
): Promise<ActionView | null> {
  const iv = await store.interviews.get(interviewId);
  if (iv === undefined) return null;
  const pending = (await store.actions.listFor([iv.applicationId])).find(
    (a) => a.kind === 'debrief' && a.interviewId === interviewId && a.status === 'pending',
  );
  if (pending === undefined) return null;
  await store.actions.update(pending.id, { status: 'done', completedAt: now }, now);
  return (await store.actions.get(pending.id)) ?? null;
}
