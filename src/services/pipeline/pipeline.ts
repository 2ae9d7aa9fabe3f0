import { inZone, toInstant } from '../../domain/time.js';
import type { Status } from '../../domain/status.js';
import type { Action, Application, Instant } from '../../domain/types.js';
import type { Ctx } from '../context.js';
import type { PipelineInput } from './schema.js';

/** Seed 003/004 and PRODUCT.md §8: an open application with no activity for 14 days is stale. */
export const STALE_DAYS = 14;

const OPEN: ReadonlySet<Status> = new Set(['saved', 'applied', 'interviewing', 'offer']);

export interface PipelineCard {
  application: Application;
  /** The earliest pending action, what to do next. */
  next: Action | null;
  /** The last change to the application (status, interview, reply, note). */
  lastActivity: Instant;
  stale: boolean;
}

/**
 * The board's cards: each application with its next pending action, its last activity and
 * whether it went stale. One query for the applications and one for their pending actions.
 */
export async function pipelineCards(ctx: Ctx, q: PipelineInput): Promise<PipelineCard[]> {
  const apps = await ctx.store.applications.list({ limit: q.limit ?? 500 });
  const actions = await ctx.store.actions.listFor(apps.map((a) => a.id));
  const next = new Map<number, Action>();
  for (const a of actions) {
    if (a.status !== 'pending' || a.applicationId === null) continue;
    const best = next.get(a.applicationId);
    if (best === undefined || a.due < best.due || (a.due === best.due && a.id < best.id)) {
      next.set(a.applicationId, a);
    }
  }
  const staleBefore = toInstant(inZone(ctx.now(), 'utc').minus({ days: STALE_DAYS }));
  return apps.map((app) => ({
    application: app,
    next: next.get(app.id) ?? null,
    lastActivity: app.updatedAt,
    stale: OPEN.has(app.status) && app.updatedAt < staleBefore,
  }));
}
