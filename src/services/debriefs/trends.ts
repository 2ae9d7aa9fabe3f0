import { trendsOf, type Trends } from '../../domain/debrief/trends.js';
import type { Ctx } from '../context.js';

export type { Trends };

/**
 * Insights (PRODUCT.md §3 S13, §7): the checklist score and the average answer rating of every
 * debriefed interview, oldest first, with the change from the first to the latest. Shaped for
 * a JSON endpoint and a chart (presentTrends).
 */
export async function debriefTrends(ctx: Ctx): Promise<Trends> {
  return trendsOf(await ctx.store.debriefs.trendInputs());
}
