import { randomUUID } from 'node:crypto';
import { conflict, invalidInput, notFound } from '../../domain/errors.js';
import { endOfLocalDay, parseDateTime } from '../../domain/time.js';
import { ACTION_KINDS, type ActionKind } from '../../domain/types.js';
import { optionalText, positiveId, requiredText } from '../../domain/validate.js';
import type { ActionView } from '../../store/repos/actions.js';
import type { Store } from '../../store/store.js';
import { mustGet } from '../applications/applications.js';
import type { Ctx } from '../context.js';
import { replan, settleHeldInterviews } from '../interviews/planning.js';
import { loadSettings } from '../settings/settings.js';

export type { ActionView };

/** Due and overdue pending actions: everything due by the end of the user's today. */
export async function today(ctx: Ctx): Promise<ActionView[]> {
  const settings = await loadSettings(ctx.store, ctx.systemZone);
  const now = ctx.now();
  await settleHeldInterviews(ctx.store, now, settings);
  return ctx.store.actions.list({ dueBy: endOfLocalDay(now, settings.timezone) });
}

/** Pending actions (or every action with `all`), optionally of one application. */
export async function listActions(
  ctx: Ctx,
  q: { app?: string; all?: boolean } = {},
): Promise<ActionView[]> {
  const settings = await loadSettings(ctx.store, ctx.systemZone);
  await settleHeldInterviews(ctx.store, ctx.now(), settings);
  const applicationId = q.app === undefined ? undefined : positiveId(q.app, 'application', 'app');
  if (applicationId !== undefined) await mustGet(ctx.store, applicationId);
  return ctx.store.actions.list({ applicationId, all: q.all });
}

export interface ManualActionInput {
  title?: string;
  due?: string;
  app?: string;
  kind?: string;
  why?: string;
}

/** An action the user adds by hand; the planner never changes it. */
export async function addAction(ctx: Ctx, input: ManualActionInput): Promise<ActionView> {
  const settings = await loadSettings(ctx.store, ctx.systemZone);
  const title = requiredText(input.title, 'title', 300);
  if (input.due === undefined) throw invalidInput('--due is required', 'due');
  const due = parseDateTime(input.due, settings.timezone, 'due');
  const kind = (input.kind ?? 'custom') as ActionKind;
  if (!ACTION_KINDS.includes(kind)) {
    throw invalidInput(
      `unknown action kind "${input.kind ?? ''}" (one of: ${ACTION_KINDS.join(', ')})`,
      'kind',
    );
  }
  const applicationId =
    input.app === undefined ? null : positiveId(input.app, 'application', 'app');
  const why = optionalText(input.why, 'why', 2000) ?? 'Added by you.';
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    if (applicationId !== null) await mustGet(tx, applicationId);
    const id = await tx.actions.insert(
      {
        key: `manual:${randomUUID()}`,
        kind,
        title,
        due,
        earliest: null,
        latest: null,
        why,
        seeds: [],
        applicationId,
        interviewId: null,
        contactId: null,
        channel: null,
        origin: 'manual',
        reason: null,
        status: 'pending',
      },
      now,
    );
    return mustGetAction(tx, id);
  });
}

async function mustGetAction(store: Store, id: number): Promise<ActionView> {
  const a = await store.actions.get(id);
  if (a === undefined) throw notFound('action', id, 'action');
  return a;
}

async function pendingAction(store: Store, input: string | number): Promise<ActionView> {
  const a = await mustGetAction(store, positiveId(input, 'action', 'action'));
  if (a.status !== 'pending') throw conflict(`action ${a.id} is already ${a.status}`, 'action');
  return a;
}

/**
 * Applies a user decision and re-plans the application: a follow-up marked done schedules the
 * next one in the sequence.
 */
async function decide(
  ctx: Ctx,
  input: string | number,
  change: (a: ActionView, now: string, zone: string) => Parameters<Store['actions']['update']>[1],
): Promise<ActionView> {
  const settings = await loadSettings(ctx.store, ctx.systemZone);
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const a = await pendingAction(tx, input);
    await tx.actions.update(a.id, change(a, now, settings.timezone), now);
    if (a.applicationId !== null) await replan(tx, [a.applicationId], now, settings);
    return mustGetAction(tx, a.id);
  });
}

export const markDone = (ctx: Ctx, id: string | number): Promise<ActionView> =>
  decide(ctx, id, (_a, now) => ({ status: 'done', completedAt: now }));

export const skipAction = (ctx: Ctx, id: string | number, reason?: string): Promise<ActionView> => {
  const why = optionalText(reason, 'reason', 500);
  return decide(ctx, id, (_a, now) => ({ status: 'skipped', completedAt: now, reason: why }));
};

/** Moves the due time; re-planning keeps the user's time from then on. */
export async function snoozeAction(
  ctx: Ctx,
  id: string | number,
  until: string | undefined,
): Promise<ActionView> {
  if (until === undefined) throw invalidInput('--until is required', 'until');
  const settings = await loadSettings(ctx.store, ctx.systemZone);
  const due = parseDateTime(until, settings.timezone, 'until');
  if (due <= ctx.now()) throw invalidInput('--until must be in the future', 'until');
  return decide(ctx, id, () => ({ due, userDue: true }));
}
