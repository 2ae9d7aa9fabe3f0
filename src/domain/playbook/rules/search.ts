import { dayOfDate } from '../../clock.js';
import { rolesToApply, searchGap } from '../../network/health.js';
import { draft, EVENING_MIN, links, type Draft, type PlanContext } from '../context.js';
import type { AppFacts, Timed } from '../facts.js';
import type { PlanState } from '../types.js';
import { CONTINUE_SEARCH, PREP_NEXT_ROUND } from '../why.js';

/** The pipeline facts `continueSearch` needs, read once per planning call. */
export interface Pipeline {
  active: number;
  lastAppliedDay: number | null;
  /** Roles to apply to: the gap to the pipeline goal, at least the weekly goal, at least one. */
  toApply: number;
  title: string;
}

/** Reads the pipeline once per planning call: every `continue_search` shares the title. */
export function pipelineOf(state: PlanState, ctx: PlanContext): Pipeline {
  const s = ctx.policy;
  const active = state.activeApplications;
  const toApply = rolesToApply(active, s);
  return {
    active,
    lastAppliedDay: state.lastAppliedOn === null ? null : dayOfDate(state.lastAppliedOn),
    toApply,
    title: `Apply to ${toApply} more role${toApply === 1 ? '' : 's'} this week`,
  };
}

/**
 * `continue_search`: after each held interview, when the pipeline is below its goal or nothing
 * was applied for in the week before the interview, due end + 1 day (seeds 001, 003, 004).
 */
export function continueSearch(
  f: AppFacts,
  h: Timed,
  p: Pipeline,
  ctx: PlanContext,
  out: Draft[],
): void {
  const key = `continue_search:i${h.iv.id}`;
  // The advice is given once, for the pipeline as it was when the interview was held: the
  // pipeline is the whole search, and another application's change must not retire or reword
  // this one's action (issue 11: re-planning is a function of the facts a rule reads).
  const stored = f.stored.get(key);
  const given = stored !== undefined && stored.status !== 'cancelled';
  if (!given) {
    const endDay = ctx.clock.dayOf(h.end);
    // The same numbers `afterview health` reports (src/domain/network/health.ts).
    const { low, stale } = searchGap(p.active, p.lastAppliedDay, endDay, ctx.policy);
    if (!low && !stale) return;
  }
  out.push(
    draft(
      'continue_search',
      key,
      given ? (stored.title ?? p.title) : p.title,
      ctx.clock.plusDays(h.end, 1),
      CONTINUE_SEARCH,
      links(f.app.id, h.iv.id),
      h.end,
    ),
  );
}

/**
 * `prep_next_round`: for every scheduled interview, the evening before (18:00 local): review
 * the brief and the better answers, and plan to ask about next steps (seeds 000, 001, 004).
 */
export function prepNextRound(f: AppFacts, ctx: PlanContext, out: Draft[]): void {
  for (const s of f.scheduled) {
    const evening = ctx.clock.at(ctx.clock.dayOf(s.start) - 1, EVENING_MIN);
    out.push(
      draft(
        'prep_next_round',
        `prep_next_round:i${s.iv.id}`,
        `Prepare for tomorrow's ${s.iv.kind} interview at ${f.app.company}: review your brief and better answers`,
        Math.min(evening, s.start),
        PREP_NEXT_ROUND,
        links(f.app.id, s.iv.id, s.iv.interviewers[0]?.contactId ?? null),
      ),
    );
  }
}
