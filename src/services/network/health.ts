import { localClock } from '../../domain/clock.js';
import { funnelOf, type Funnel } from '../../domain/network/funnel.js';
import { healthOf, type Health } from '../../domain/network/health.js';
import type { Ctx } from '../context.js';
import { debriefTrends, type Trends } from '../debriefs/trends.js';
import { loadPolicy } from '../settings/settings.js';
import type { InsightsInput } from './schema.js';

export type { Health, Funnel };

/** Pipeline health on today's date in your zone (PRODUCT.md §8): `afterview health`, Today. */
export async function pipelineHealth(ctx: Ctx): Promise<Health> {
  const [policy, rows] = await Promise.all([
    loadPolicy(ctx.store, ctx.systemZone),
    ctx.store.pipeline.rows(),
  ]);
  return healthOf(rows, ctx.now(), policy, localClock(policy.timezone));
}

export interface Insights {
  funnel: Funnel;
  trends: Trends;
}

/** The funnel of the whole search, filtered by source and period, and the debrief trend. */
export async function insights(ctx: Ctx, input: InsightsInput): Promise<Insights> {
  const [policy, rows, trends] = await Promise.all([
    loadPolicy(ctx.store, ctx.systemZone),
    ctx.store.pipeline.rows(),
    debriefTrends(ctx),
  ]);
  const funnel = funnelOf(rows, input, localClock(policy.timezone));
  return { funnel, trends };
}
