import { notFound } from '../../domain/errors.js';
import type { ActionView } from '../../store/repos/actions.js';
import { mustGet } from '../applications/applications.js';
import type { Ctx } from '../context.js';
import { settleHeldInterviews } from '../interviews/planning.js';
import { loadPolicy } from '../settings/settings.js';
import type { ActionQuery } from './schema.js';

/**
 * Actions by status (`pending` by default, or `all`), application and a due window, by due
 * time: the CLI's `actions` and the web app's lists.
 */
export async function listActions(ctx: Ctx, q: ActionQuery = {}): Promise<ActionView[]> {
  const policy = await loadPolicy(ctx.store, ctx.systemZone);
  const status = q.status ?? 'pending';
  const applicationId = q.application_id;
  await settleHeldInterviews(ctx.store, ctx.now(), policy);
  if (applicationId !== undefined) {
    await mustGet(ctx.store, applicationId).catch(() => {
      throw notFound('application', applicationId, 'application_id');
    });
  }
  return ctx.store.actions.list({
    status: status === 'all' ? undefined : status,
    all: status === 'all',
    applicationId,
    dueFrom: q.from,
    dueBy: q.to,
    limit: q.limit,
  });
}
