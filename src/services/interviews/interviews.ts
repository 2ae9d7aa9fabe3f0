import { conflict, invalidInput, notFound } from '../../domain/errors.js';
import { isTerminal } from '../../domain/status.js';
import type { Interview } from '../../domain/types.js';
import type { InterviewInput } from '../../store/repos/interviews.js';
import type { Store } from '../../store/store.js';
import { mustGet } from '../applications/applications.js';
import type { Ctx } from '../context.js';
import { replan, type ReplanResult } from './planning.js';
import { loadPolicy } from '../settings/settings.js';
import type { RecordInterviewInput, UpdateInterviewInput } from './schema.js';

export interface InterviewResult {
  interview: Interview;
  plan: ReplanResult;
}

export type InterviewMode = 'log' | 'schedule';

/**
 * Records an interview that was held (`log`) or is coming (`schedule`), moves the application to
 * `interviewing` when it was earlier in the chain, and plans what follows.
 */
export async function recordInterview(
  ctx: Ctx,
  input: RecordInterviewInput,
): Promise<InterviewResult & { mode: InterviewMode }> {
  const appId = input.application_id;
  const policy = await loadPolicy(ctx.store, ctx.systemZone);
  const now = ctx.now();
  const startAt = input.at;
  const mode = input.mode ?? (startAt <= now ? 'log' : 'schedule');
  if (mode === 'log' && startAt > now) {
    throw invalidInput(
      'that interview has not started yet: an upcoming interview is scheduled, not logged',
      'at',
    );
  }
  if (mode === 'schedule' && startAt <= now) {
    throw invalidInput(
      'that time has passed: an interview that was held is logged, not scheduled',
      'at',
    );
  }
  const people = input.interviewers ?? [];
  const base = {
    kind: input.kind ?? 'video',
    startAt,
    durationMin: input.duration ?? 60,
    timeZone: input.time_zone ?? null,
    location: input.location ?? null,
    late: input.late === true,
    topics: input.topics ?? [],
    nextSteps: input.next_steps ?? null,
    decisionBy: input.decision_by ?? null,
    followUpOn: input.follow_up_on ?? null,
    documentsOwed: input.owe ?? [],
    skillGaps: input.gaps ?? [],
    outcome: null,
    notes: input.notes ?? null,
  };
  return ctx.store.transaction(async (tx) => {
    const app = await mustGet(tx, appId);
    if (isTerminal(app.status)) {
      throw conflict(
        `application ${appId} is ${app.status}; it takes no more interviews`,
        'application_id',
      );
    }
    const interviewerIds = await contactIdsFor(tx, people, app.companyId, now);
    const round = (await tx.interviews.countFor(appId)) + 1;
    const input: InterviewInput = {
      ...base,
      applicationId: appId,
      round,
      state: mode === 'log' ? 'held' : 'scheduled',
      interviewerIds,
    };
    const id = await tx.interviews.insert(input, now);
    if (app.status === 'saved' || app.status === 'applied') {
      await tx.applications.setStatus(appId, 'interviewing', app.appliedOn, now);
      await tx.events.insert({
        applicationId: appId,
        kind: 'status',
        fromStatus: app.status,
        toStatus: 'interviewing',
        note: null,
        at: now,
      });
    }
    await tx.events.insert({
      applicationId: appId,
      kind: mode === 'log' ? 'interview_logged' : 'interview_scheduled',
      fromStatus: null,
      toStatus: null,
      note: `round ${round}`,
      at: now,
    });
    await tx.applications.touch(appId, now);
    const plan = await replan(tx, [appId], now, policy);
    return { interview: await mustGetInterview(tx, id), plan, mode };
  });
}

/** Changes what is known about an interview; the pending actions that depend on it move with it. */
export async function updateInterview(
  ctx: Ctx,
  id: number,
  input: UpdateInterviewInput,
): Promise<InterviewResult> {
  const policy = await loadPolicy(ctx.store, ctx.systemZone);
  const now = ctx.now();
  /** The new value, or the current one when the field is absent (`null` clears). */
  const or = <T>(v: T | undefined, cur: T): T => (v === undefined ? cur : v);
  return ctx.store.transaction(async (tx) => {
    const cur = await mustGetInterview(tx, id);
    const app = await mustGet(tx, cur.applicationId);
    const startAt = input.at ?? cur.startAt;
    const next: InterviewInput = {
      ...cur,
      kind: input.kind ?? cur.kind,
      startAt,
      durationMin: input.duration ?? cur.durationMin,
      timeZone: input.time_zone ?? cur.timeZone,
      location: or(input.location, cur.location),
      late: input.late ?? cur.late,
      topics: input.topics ?? cur.topics,
      nextSteps: or(input.next_steps, cur.nextSteps),
      decisionBy: or(input.decision_by, cur.decisionBy),
      followUpOn: or(input.follow_up_on, cur.followUpOn),
      documentsOwed: input.owe ?? cur.documentsOwed,
      skillGaps: input.gaps ?? cur.skillGaps,
      outcome: or(input.outcome, cur.outcome),
      notes: or(input.notes, cur.notes),
      state: input.cancel === true ? 'cancelled' : cur.state,
      interviewerIds:
        input.interviewers === undefined
          ? cur.interviewers.map((p) => p.contactId)
          : await contactIdsFor(tx, input.interviewers, app.companyId, now),
    };
    if (next.state === 'held' && startAt > now) {
      throw invalidInput('a held interview cannot start in the future', 'at');
    }
    await tx.interviews.update(id, next, now);
    await tx.applications.touch(app.id, now);
    const plan = await replan(tx, [app.id], now, policy);
    return { interview: await mustGetInterview(tx, id), plan };
  });
}

export async function getInterview(ctx: Ctx, id: number): Promise<Interview> {
  return mustGetInterview(ctx.store, id);
}

async function mustGetInterview(store: Store, id: number): Promise<Interview> {
  const found = await store.interviews.get(id);
  if (found === undefined) throw notFound('interview', id, 'interview');
  return found;
}

async function contactIdsFor(
  store: Store,
  people: { name: string; email: string | null }[],
  companyId: number,
  now: string,
): Promise<number[]> {
  const ids: number[] = [];
  for (const p of people) {
    const c = await store.contacts.findOrCreate(
      { ...p, companyId, relationship: 'interviewer' },
      now,
    );
    if (!ids.includes(c.id)) ids.push(c.id);
  }
  return ids;
}
