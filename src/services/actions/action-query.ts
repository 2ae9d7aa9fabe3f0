import { invalidInput, notFound } from '../../domain/errors.js';
import { endOfLocalDay, inZone, parseDateTime, toInstant } from '../../domain/time.js';
import { ACTION_STATUSES, type ActionStatus } from '../../domain/types.js';
import { positiveId } from '../../domain/validate.js';
import type { ActionView } from '../../store/repos/actions.js';
import { snoozeAction } from './actions.js';
import { mustGet } from '../applications/applications.js';
import type { Ctx } from '../context.js';
import { settleHeldInterviews } from '../interviews/planning.js';
import { loadSettings, userZone } from '../settings/settings.js';

/** Actions as the web app filters them: by status, application and a due window. */
export interface ActionFilter {
  /** `pending` (default), `done`, `skipped`, `cancelled` or `all`. */
  status?: string;
  applicationId?: string | number;
  /** Due at or after: a date-time, or a date (its start) in the user's zone. */
  from?: string;
  /** Due at or before: a date-time, or a date (its end) in the user's zone. */
  to?: string;
  limit?: number;
}

const DATE_ONLY = /^\s*\d{4}-\d{2}-\d{2}\s*$/;

export async function queryActions(ctx: Ctx, f: ActionFilter = {}): Promise<ActionView[]> {
  const settings = await loadSettings(ctx.store, ctx.systemZone);
  const zone = settings.timezone;
  const status = f.status ?? 'pending';
  if (status !== 'all' && !ACTION_STATUSES.includes(status as ActionStatus)) {
    throw invalidInput(
      `unknown action status "${status}" (one of: ${ACTION_STATUSES.join(', ')}, all)`,
      'status',
    );
  }
  const applicationId =
    f.applicationId === undefined
      ? undefined
      : positiveId(f.applicationId, 'application', 'application_id');
  const dueFrom = f.from === undefined ? undefined : parseDateTime(f.from, zone, 'from');
  const dueTo =
    f.to === undefined
      ? undefined
      : DATE_ONLY.test(f.to)
        ? endOfLocalDay(parseDateTime(f.to, zone, 'to'), zone)
        : parseDateTime(f.to, zone, 'to');
  if (dueFrom !== undefined && dueTo !== undefined && dueFrom > dueTo) {
    throw invalidInput('from must not be after to', 'from');
  }
  await settleHeldInterviews(ctx.store, ctx.now(), settings);
  if (applicationId !== undefined) {
    await mustGet(ctx.store, applicationId).catch(() => {
      throw notFound('application', applicationId, 'application_id');
    });
  }
  return ctx.store.actions.list({
    status: status === 'all' ? undefined : (status as ActionStatus),
    all: status === 'all',
    applicationId,
    dueFrom,
    dueBy: dueTo,
    limit: f.limit,
  });
}

/**
 * Snoozes an action by whole days: that many local days from today, at the action's own local
 * time of day (a thank-you due at 17:00 snoozed 2 days is due at 17:00 the day after tomorrow).
 */
export async function snoozeForDays(
  ctx: Ctx,
  idInput: string | number,
  days: number,
): Promise<ActionView> {
  if (!Number.isInteger(days) || days < 1 || days > 365) {
    throw invalidInput('days must be a whole number from 1 to 365', 'days');
  }
  const id = positiveId(idInput, 'action', 'action');
  const action = await ctx.store.actions.get(id);
  if (action === undefined) throw notFound('action', id, 'action');
  const zone = await userZone(ctx);
  const due = inZone(action.due, zone);
  const until = inZone(ctx.now(), zone)
    .plus({ days })
    .set({ hour: due.hour, minute: due.minute, second: 0, millisecond: 0 });
  return snoozeAction(ctx, id, toInstant(until));
}
