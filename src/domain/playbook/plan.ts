import type { Policy } from '../settings.js';
import type { Instant, PlannedAction } from '../types.js';
import { msOf } from '../clock.js';
import { planContext, type Draft, type PlanContext } from './context.js';
import { factsOf, type AppFacts } from './facts.js';
import { debrief } from './rules/debrief.js';
import { followUps } from './rules/follow-up.js';
import { sendDocuments, skillGaps } from './rules/owed.js';
import { network, salaryResearch } from './rules/research.js';
import { continueSearch, pipelineOf, prepNextRound, type Pipeline } from './rules/search.js';
import { dayWords, spaceFollowUps, type FixedFollowUp } from './rules/spacing.js';
import { feedbackRequest, keepWarm, offer, terminal, withdrawOthers } from './rules/status.js';
import { thankYou } from './rules/thank-you.js';
import type { PlanState, Planner } from './types.js';

/** Every rule for one application, in a fixed order so the output order is stable. */
function planApplication(f: AppFacts, pipeline: Pipeline, ctx: PlanContext, out: Draft[]): void {
  const from = out.length;
  for (const h of f.held) {
    debrief(f, h, ctx, out);
    thankYou(f, h, ctx, out);
    sendDocuments(f, h, ctx, out);
    skillGaps(f, h, ctx, out);
    continueSearch(f, h, pipeline, ctx, out);
  }
  network(f, ctx, out);
  salaryResearch(f, ctx, out);
  const seqEnd = followUps(f, ctx, out);
  feedbackRequest(f, ctx, out);
  keepWarm(f, seqEnd, ctx, out);
  prepNextRound(f, ctx, out);
  offer(f, ctx, out);
  withdrawOthers(f, out);
  terminal(f, out, from);
}

/** Adds a follow-up that can no longer move to the spacing guard's fixed points. */
function addFixed(
  fixed: Map<number, FixedFollowUp[]>,
  contactId: number,
  day: number,
  label: string,
): void {
  const p = { day, label };
  const list = fixed.get(contactId);
  if (list === undefined) fixed.set(contactId, [p]);
  else list.push(p);
}

/**
 * The playbook (PRODUCT.md §5): what the seeker should do next for every application in
 * `state`, each action with a stable key, a due time in the user's zone and the advice it comes
 * from. Pure and deterministic: the same state, `now` and policy give the same list, in
 * application order then rule order. Stored actions that a reply, a new interview, an outcome
 * or a status change stopped come out `cancelled` with the reason, so `reconcile` can retire
 * them; a stopped action that was never stored is left out.
 *
 * `now` is part of the contract for rules that need it; none of today's rules do, because every
 * due time derives from the facts (an overdue action is still due, and `today` shows it).
 *
 * Linear in the size of the state: one pass per application, and the spacing guard works per
 * contact on sorted days, so 100,000 interviews plan well under a second.
 */
export const plan: Planner = (state: PlanState, _now: Instant, policy: Policy): PlannedAction[] => {
  const ctx = planContext(policy);
  const pipeline = pipelineOf(state, ctx);
  const drafts: Draft[] = [];
  const fixed = new Map<number, FixedFollowUp[]>();
  const movable: Draft[] = [];

  for (const appState of state.applications) {
    const f = factsOf(appState);
    const from = drafts.length;
    planApplication(f, pipeline, ctx, drafts);
    // A cancellation only matters for an action that is stored: reconcile has nothing to retire
    // otherwise. Dropping the rest here (a third of a large plan: every rule of every closed
    // application) keeps them out of the output and out of the old generation of the heap.
    let w = from;
    for (let i = from; i < drafts.length; i++) {
      const d = drafts[i] as Draft;
      if (d.status === 'pending' || f.stored.has(d.key)) drafts[w++] = d;
    }
    drafts.length = w;

    for (const a of appState.actions) {
      if (a.kind !== 'follow_up' || a.status !== 'done' || a.contactId === null) continue;
      const at = msOf(a.completedAt ?? a.due) ?? msOf(a.due);
      if (at === null) continue;
      const day = ctx.clock.dayOf(at);
      addFixed(fixed, a.contactId, day, `you followed up with them on ${dayWords(day)}`);
    }
    for (let i = from; i < drafts.length; i++) {
      const d = drafts[i];
      if (d?.kind !== 'follow_up' || d.status !== 'pending' || d.contactId === null) continue;
      // Done and skipped follow-ups stay where the user left them; only open ones can move.
      const stored = f.stored.get(d.key)?.status;
      if (stored !== 'done' && stored !== 'skipped') movable.push(d);
    }
  }
  for (const o of state.otherFollowUps) {
    const at = msOf(o.at);
    if (at === null) continue;
    const day = ctx.clock.dayOf(at);
    addFixed(
      fixed,
      o.contactId,
      day,
      o.sent
        ? `you followed up with them on ${dayWords(day)}`
        : `a follow-up to them for another application falls on ${dayWords(day)}`,
    );
  }
  spaceFollowUps(movable, fixed, ctx);

  return drafts;
};
