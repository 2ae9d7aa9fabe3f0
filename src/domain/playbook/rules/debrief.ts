import { HOUR_MS, isoOf } from '../../clock.js';
import { draft, links, type Draft, type PlanContext } from '../context.js';
import type { AppFacts, Timed } from '../facts.js';
import { DEBRIEF } from '../why.js';

/**
 * `debrief`: per held interview, due end + `debriefDelayHours` (elapsed), latest the end of that
 * local day, so the notes are written while the memory is fresh (seeds 000, 001, 003). An
 * interview ending late in the evening keeps its delay: the latest is then the due time itself.
 */
export function debrief(f: AppFacts, h: Timed, ctx: PlanContext, out: Draft[]): void {
  const due = h.end + ctx.policy.debriefDelayHours * HOUR_MS;
  const endOfDay = ctx.clock.endOfDay(h.end);
  const d = draft(
    'debrief',
    `debrief:i${h.iv.id}`,
    `Write your debrief of the ${h.iv.kind} interview at ${f.app.company}`,
    due,
    DEBRIEF,
    links(f.app.id, h.iv.id),
    h.end,
  );
  d.latest = isoOf(due > endOfDay ? due : endOfDay);
  out.push(d);
}
