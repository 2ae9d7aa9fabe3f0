import type { Action, PlannedAction } from '../types.js';
import { REASON } from './why.js';
import type { ActionPatch, Reconciliation } from './types.js';

const sameSeeds = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((s, i) => s === b[i]);

/** The planned content that differs from the stored action; `due` only if the user kept it. */
function contentPatch(s: Action, p: PlannedAction): ActionPatch {
  const patch: ActionPatch = {};
  if (s.title !== p.title) patch.title = p.title;
  if (s.why !== p.why) patch.why = p.why;
  if (!sameSeeds(s.seeds, p.seeds)) patch.seeds = p.seeds;
  if (s.channel !== p.channel) patch.channel = p.channel;
  if (s.earliest !== p.earliest) patch.earliest = p.earliest;
  if (s.latest !== p.latest) patch.latest = p.latest;
  if (s.contactId !== p.contactId) patch.contactId = p.contactId;
  if (s.interviewId !== p.interviewId) patch.interviewId = p.interviewId;
  // A snoozed or rescheduled action keeps the user's time (PRODUCT.md §5).
  if (!s.userDue && s.due !== p.due) patch.due = p.due;
  return patch;
}

const isEmpty = (patch: ActionPatch): boolean => Object.keys(patch).length === 0;

/**
 * Turns a fresh plan into the changes the store must make, so that re-planning is idempotent and
 * the user's decisions survive it:
 * - a new pending key is inserted (a cancelled one is not: nothing to retire);
 * - a pending action takes the plan's new content, or is cancelled with the plan's reason;
 * - a cancelled action the plan wants again is revived (an interviewer removed, then re-added);
 * - a pending rule action the plan no longer has is cancelled: "no longer applies";
 * - done and skipped actions, and manual ones, are never touched.
 * Only real changes are returned: reconciling an unchanged plan gives nothing to do.
 */
export function reconcile(
  stored: readonly Action[],
  planned: readonly PlannedAction[],
): Reconciliation {
  const byKey = new Map<string, Action>();
  for (const s of stored) {
    if (s.origin === 'manual') continue;
    // Should the store ever hold a key twice, the oldest row is the one kept in step.
    const prev = byKey.get(s.key);
    if (prev === undefined || s.id < prev.id) byKey.set(s.key, s);
  }

  const inserts: PlannedAction[] = [];
  const updates: Reconciliation['updates'] = [];
  const plannedKeys = new Set<string>();
  for (const p of planned) {
    if (plannedKeys.has(p.key)) continue;
    plannedKeys.add(p.key);
    const s = byKey.get(p.key);
    if (s === undefined) {
      if (p.status === 'pending') inserts.push(p);
      continue;
    }
    let patch: ActionPatch;
    switch (s.status) {
      case 'done':
      case 'skipped':
        continue;
      case 'pending':
        patch =
          p.status === 'pending' ? contentPatch(s, p) : { status: 'cancelled', reason: p.reason };
        break;
      case 'cancelled':
        if (p.status === 'pending')
          patch = { ...contentPatch(s, p), status: 'pending', reason: null };
        // Still cancelled: only keep the reason current (an offer after a reply says so).
        else patch = s.reason === p.reason ? {} : { reason: p.reason };
        break;
    }
    if (!isEmpty(patch)) updates.push({ id: s.id, patch });
  }

  for (const s of byKey.values()) {
    if (s.status === 'pending' && s.origin.startsWith('rule:') && !plannedKeys.has(s.key)) {
      updates.push({ id: s.id, patch: { status: 'cancelled', reason: REASON.noLongerApplies } });
    }
  }
  return { inserts, updates };
}
