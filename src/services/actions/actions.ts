import { randomUUID } from 'node:crypto';
import { conflict, invalidInput, notFound } from '../../domain/errors.js';
import { endOfLocalDay, inZone, toInstant } from '../../domain/time.js';
import type { ActionView } from '../../store/repos/actions.js';
import type { Store } from '../../store/store.js';
import { mustGet } from '../applications/applications.js';
import type { Ctx } from '../context.js';
import { replan, settleHeldInterviews } from '../interviews/planning.js';
import { loadPolicy } from '../settings/settings.js';
import type { AddActionInput, SkipActionInput, SnoozeActionInput } from './schema.js';

export type { ActionView };

/** Due and overdue pending actions: everything due by the end of the user's today. */
export async function today(ctx: Ctx): Promise<ActionView[]> {
  const policy = await loadPolicy(ctx.store, ctx.systemZone);
  const now = ctx.now();
  await settleHeldInterviews(ctx.store, now, policy);
  return ctx.store.actions.list({ dueBy: endOfLocalDay(now, policy.timezone) });
}

/** An action the user adds by hand; the planner never changes it. */
export async function addAction(ctx: Ctx, input: AddActionInput): Promise<ActionView> {
  const { title, due } = input;
  const kind = input.kind ?? 'custom';
  const applicationId = input.application_id ?? null;
  const why = input.why ?? 'Added by you.';
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

async function pendingAction(store: Store, id: number): Promise<ActionView> {
  const a = await mustGetAction(store, id);
  if (a.status !== 'pending') throw conflict(`action ${a.id} is already ${a.status}`, 'action');
  return a;
}

/**
 * Applies a user decision and re-plans the application: a follow-up marked done schedules the
 * next one in the sequence.
 */
async function decide(
  ctx: Ctx,
  id: number,
  change: (a: ActionView, now: string, zone: string) => Parameters<Store['actions']['update']>[1],
): Promise<ActionView> {
  const policy = await loadPolicy(ctx.store, ctx.systemZone);
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const a = await pendingAction(tx, id);
    await tx.actions.update(a.id, change(a, now, policy.timezone), now);
    if (a.applicationId !== null) await replan(tx, [a.applicationId], now, policy);
    return mustGetAction(tx, a.id);
  });
}

export const markDone = (ctx: Ctx, id: number): Promise<ActionView> =>
  decide(ctx, id, (_a, now) => ({ status: 'done', completedAt: now }));

export const skipAction = (ctx: Ctx, id: number, input: SkipActionInput): Promise<ActionView> =>
  decide(ctx, id, (_a, now) => ({
    status: 'skipped',
    completedAt: now,
    reason: input.reason ?? null,
  }));

/**
 * Moves the due time; re-planning keeps the user's time from then on. By `days`: that many
 * local days from today, at the action's own local time of day (a thank-you due at 17:00
 * snoozed 2 days is due at 17:00 the day after tomorrow).
 */
export async function snoozeAction(
  ctx: Ctx,
  id: number,
  input: SnoozeActionInput,
): Promise<ActionView> {
  const now = ctx.now();
  if (input.until !== undefined && input.until <= now) {
    throw invalidInput('until must be in the future', 'until');
  }
  return decide(ctx, id, (a, _now, zone) => {
    if (input.until !== undefined) return { due: input.until, userDue: true };
    const at = inZone(a.due, zone);
    const due = inZone(now, zone)
      .plus({ days: input.days ?? 1 })
      .set({ hour: at.hour, minute: at.minute, second: 0, millisecond: 0 });
    return { due: toInstant(due), userDue: true };
  });
}
