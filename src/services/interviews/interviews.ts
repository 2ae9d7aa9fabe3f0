import { conflict, invalidInput, notFound } from '../../domain/errors.js';
import { isTerminal } from '../../domain/status.js';
import { isValidZone, parseDateTime, parseDuration, parseLocalDate } from '../../domain/time.js';
import {
  INTERVIEW_KINDS,
  INTERVIEW_OUTCOMES,
  type Interview,
  type InterviewKind,
  type InterviewOutcome,
} from '../../domain/types.js';
import { optionalText, parsePerson, positiveId } from '../../domain/validate.js';
import type { InterviewInput } from '../../store/repos/interviews.js';
import type { Store } from '../../store/store.js';
import { mustGet } from '../applications/applications.js';
import type { Ctx } from '../context.js';
import { replan, type ReplanResult } from './planning.js';
import { loadPolicy } from '../settings/settings.js';

/** An interview as the user types it: dates as text in their zone, people as "Name <email>". */
export interface InterviewFields {
  at?: string;
  duration?: string;
  kind?: string;
  location?: string;
  timeZone?: string;
  interviewers?: string[];
  topics?: string[];
  nextSteps?: string;
  decisionBy?: string;
  followUpOn?: string;
  late?: boolean;
  owe?: string[];
  gaps?: string[];
  outcome?: string;
  notes?: string;
  cancel?: boolean;
}

export interface InterviewResult {
  interview: Interview;
  plan: ReplanResult;
}

const list = (items: string[] | undefined, field: string): string[] | undefined =>
  items?.map((t) => {
    const v = optionalText(t, field, 500);
    if (v === null) throw invalidInput(`${field} must not be empty`, field);
    return v;
  });

function parseKind(kind: string | undefined, fallback: InterviewKind): InterviewKind {
  if (kind === undefined) return fallback;
  const k = INTERVIEW_KINDS.find((x) => x === kind);
  if (k === undefined)
    throw invalidInput(
      `unknown interview kind "${kind}" (one of: ${INTERVIEW_KINDS.join(', ')})`,
      'kind',
    );
  return k;
}

function parseOutcome(
  o: string | undefined,
  fallback: InterviewOutcome | null,
): InterviewOutcome | null {
  if (o === undefined) return fallback;
  if (o === '' || o === 'none') return null;
  const v = INTERVIEW_OUTCOMES.find((x) => x === o);
  if (v === undefined)
    throw invalidInput(
      `unknown outcome "${o}" (one of: ${INTERVIEW_OUTCOMES.join(', ')}, none)`,
      'outcome',
    );
  return v;
}

/**
 * Records an interview that was held (`log`) or is coming (`schedule`), moves the application to
 * `interviewing` when it was earlier in the chain, and plans what follows.
 */
export async function recordInterview(
  ctx: Ctx,
  appInput: string | number,
  fields: InterviewFields,
  mode: 'log' | 'schedule',
): Promise<InterviewResult> {
  const appId = positiveId(appInput, 'application', 'app');
  const policy = await loadPolicy(ctx.store, ctx.systemZone);
  const now = ctx.now();
  if (fields.at === undefined)
    throw invalidInput('--at is required (when the interview starts)', 'at');
  const startAt = parseDateTime(fields.at, policy.timezone, 'at');
  const durationMin = fields.duration === undefined ? 60 : parseDuration(fields.duration);
  if (mode === 'log' && startAt > now) {
    throw invalidInput(
      'that interview has not started yet: use `interview schedule` for upcoming interviews',
      'at',
    );
  }
  if (mode === 'schedule' && startAt <= now) {
    throw invalidInput(
      'that time has passed: use `interview log` for an interview that was held',
      'at',
    );
  }
  const timeZone = fields.timeZone ?? null;
  if (timeZone !== null && !isValidZone(timeZone))
    throw invalidInput(`unknown time zone "${timeZone}"`, 'time_zone');
  const people = (fields.interviewers ?? []).map((p) => parsePerson(p));
  const base = {
    kind: parseKind(fields.kind, 'video'),
    startAt,
    durationMin,
    timeZone,
    location: optionalText(fields.location, 'location', 500),
    late: fields.late === true,
    topics: list(fields.topics, 'topic') ?? [],
    nextSteps: optionalText(fields.nextSteps, 'next_steps', 2000),
    decisionBy:
      fields.decisionBy === undefined ? null : parseLocalDate(fields.decisionBy, 'decision_by'),
    followUpOn:
      fields.followUpOn === undefined ? null : parseLocalDate(fields.followUpOn, 'follow_up_on'),
    documentsOwed: list(fields.owe, 'owe') ?? [],
    skillGaps: list(fields.gaps, 'gap') ?? [],
    outcome: parseOutcome(fields.outcome, null),
    notes: optionalText(fields.notes, 'notes', 10_000),
  };
  return ctx.store.transaction(async (tx) => {
    const app = await mustGet(tx, appId);
    if (isTerminal(app.status)) {
      throw conflict(`application ${appId} is ${app.status}; it takes no more interviews`, 'app');
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
    return { interview: await mustGetInterview(tx, id), plan };
  });
}

/** Changes what is known about an interview; the pending actions that depend on it move with it. */
export async function updateInterview(
  ctx: Ctx,
  idInput: string | number,
  fields: InterviewFields,
): Promise<InterviewResult> {
  const id = positiveId(idInput, 'interview', 'interview');
  const policy = await loadPolicy(ctx.store, ctx.systemZone);
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const cur = await mustGetInterview(tx, id);
    const app = await mustGet(tx, cur.applicationId);
    const people = fields.interviewers?.map((p) => parsePerson(p));
    const startAt =
      fields.at === undefined ? cur.startAt : parseDateTime(fields.at, policy.timezone, 'at');
    const next: InterviewInput = {
      ...cur,
      kind: parseKind(fields.kind, cur.kind),
      startAt,
      durationMin: fields.duration === undefined ? cur.durationMin : parseDuration(fields.duration),
      location:
        fields.location === undefined
          ? cur.location
          : optionalText(fields.location, 'location', 500),
      late: fields.late ?? cur.late,
      topics: list(fields.topics, 'topic') ?? cur.topics,
      nextSteps:
        fields.nextSteps === undefined
          ? cur.nextSteps
          : optionalText(fields.nextSteps, 'next_steps', 2000),
      decisionBy:
        fields.decisionBy === undefined
          ? cur.decisionBy
          : fields.decisionBy === ''
            ? null
            : parseLocalDate(fields.decisionBy, 'decision_by'),
      followUpOn:
        fields.followUpOn === undefined
          ? cur.followUpOn
          : fields.followUpOn === ''
            ? null
            : parseLocalDate(fields.followUpOn, 'follow_up_on'),
      documentsOwed: list(fields.owe, 'owe') ?? cur.documentsOwed,
      skillGaps: list(fields.gaps, 'gap') ?? cur.skillGaps,
      outcome: parseOutcome(fields.outcome, cur.outcome),
      notes: fields.notes === undefined ? cur.notes : optionalText(fields.notes, 'notes', 10_000),
      state: fields.cancel === true ? 'cancelled' : cur.state,
      interviewerIds:
        people === undefined
          ? cur.interviewers.map((p) => p.contactId)
          : await contactIdsFor(tx, people, app.companyId, now),
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

export async function getInterview(ctx: Ctx, idInput: string | number): Promise<Interview> {
  return mustGetInterview(ctx.store, positiveId(idInput, 'interview', 'interview'));
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
