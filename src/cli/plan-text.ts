import type { Ctx } from '../services/context.js';
import { planChanges } from '../services/applications/overview.js';
import type { ReplanResult } from '../services/interviews/planning.js';
import { presentAction } from '../services/present/present.js';
import { actionLine } from './format.js';

/** "The plan": what a change created, moved or cancelled, with when and why. */
export async function planText(
  ctx: Ctx,
  r: ReplanResult,
  zone: string,
): Promise<{ text: string; json: { created: unknown[]; changed: unknown[] } }> {
  const { created, changed } = await planChanges(ctx, r);
  const now = ctx.now();
  const parts: string[] = [];
  if (created.length > 0) {
    parts.push('', 'Planned:', ...created.map((a) => `  ${actionLine(a, zone, now)}`));
  }
  if (changed.length > 0) {
    parts.push('', 'Changed:', ...changed.map((a) => `  ${actionLine(a, zone, now)}`));
  }
  return {
    text: parts.length === 0 ? '' : `\n${parts.join('\n').trimStart()}`,
    json: {
      created: created.map((a) => presentAction(a, zone)),
      changed: changed.map((a) => presentAction(a, zone)),
    },
  };
}
