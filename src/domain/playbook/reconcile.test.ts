import { describe, expect, it } from 'vitest';
import type { Action, PlannedAction } from '../types.js';
import {
  anAction,
  anAppState,
  anEvent,
  anInterview,
  anInterviewer,
  aPlanState,
  applyReconciliation,
  aStatusEvent,
  anApplication,
  somePolicy,
} from './test/builders.js';
import { plan } from './plan.js';
import { reconcile } from './reconcile.js';
import { itemKeys } from './rules/owed.js';
import type { ApplicationState, PlanState } from './types.js';

const NOW = '2026-10-30T20:00:00.000Z';
const settings = somePolicy();

/** The planned twin of a stored action. */
const planned = (a: Action, overrides: Partial<PlannedAction> = {}): PlannedAction => ({
  key: a.key,
  kind: a.kind,
  title: a.title,
  due: a.due,
  earliest: a.earliest,
  latest: a.latest,
  why: a.why,
  seeds: [...a.seeds],
  applicationId: a.applicationId ?? 1,
  interviewId: a.interviewId,
  contactId: a.contactId,
  channel: a.channel,
  status: 'pending',
  reason: null,
  origin: a.origin,
  ...overrides,
});

describe('reconcile, rule by rule', () => {
  const stored = anAction({ id: 5, key: 'debrief:i10' });

  it('inserts a new pending key, never a new cancelled one', () => {
    const fresh = planned(anAction({ key: 'network:a1' }));
    const gone = planned(anAction({ key: 'follow_up:i10:1' }), {
      status: 'cancelled',
      reason: 'they replied',
    });
    expect(reconcile([], [fresh, gone])).toEqual({ inserts: [fresh], updates: [] });
  });

  it('an unchanged plan changes nothing', () => {
    expect(reconcile([stored], [planned(stored)])).toEqual({ inserts: [], updates: [] });
  });

  it('patches only the fields that changed', () => {
    const p = planned(stored, {
      title: 'New title',
      due: '2026-10-31T10:00:00.000Z',
      contactId: 3,
    });
    expect(reconcile([stored], [p]).updates).toEqual([
      { id: 5, patch: { title: 'New title', contactId: 3, due: '2026-10-31T10:00:00.000Z' } },
    ]);
  });

  it('a snoozed or rescheduled action keeps the user time', () => {
    const snoozed = { ...stored, userDue: true, due: '2026-11-05T14:00:00.000Z' };
    const p = planned(stored, { due: '2026-10-31T10:00:00.000Z', why: 'Newer advice (seed 000)' });
    expect(reconcile([snoozed], [p]).updates).toEqual([
      { id: 5, patch: { why: 'Newer advice (seed 000)' } },
    ]);
  });

  it('a planned cancellation cancels a pending action with the reason', () => {
    const p = planned(stored, { status: 'cancelled', reason: 'they replied' });
    expect(reconcile([stored], [p]).updates).toEqual([
      { id: 5, patch: { status: 'cancelled', reason: 'they replied' } },
    ]);
  });

  it('a pending rule action the plan no longer has is cancelled: no longer applies', () => {
    expect(reconcile([stored], []).updates).toEqual([
      { id: 5, patch: { status: 'cancelled', reason: 'no longer applies' } },
    ]);
  });

  it('manual actions are never touched', () => {
    const manual = anAction({ id: 6, key: 'manual:6', origin: 'manual', kind: 'custom' });
    expect(reconcile([manual], [])).toEqual({ inserts: [], updates: [] });
  });

  it('done and skipped actions are never touched, whatever the plan says', () => {
    const doneA = { ...stored, status: 'done' as const, completedAt: NOW };
    const skipped = { ...stored, id: 7, key: 'network:a1', status: 'skipped' as const };
    const plan1 = [
      planned(doneA, { title: 'changed', status: 'cancelled', reason: 'they replied' }),
    ];
    expect(reconcile([doneA, skipped], plan1)).toEqual({ inserts: [], updates: [] });
    expect(reconcile([doneA, skipped], [planned(skipped, { title: 'x' })])).toEqual({
      inserts: [],
      updates: [],
    });
  });

  it('a cancelled action the plan wants again is revived, with its new due unless the user set one', () => {
    const cancelled = { ...stored, status: 'cancelled' as const, reason: 'no longer applies' };
    const p = planned(stored, { due: '2026-10-31T10:00:00.000Z' });
    expect(reconcile([cancelled], [p]).updates).toEqual([
      { id: 5, patch: { due: '2026-10-31T10:00:00.000Z', status: 'pending', reason: null } },
    ]);
    const userTimed = { ...cancelled, userDue: true };
    expect(reconcile([userTimed], [p]).updates).toEqual([
      { id: 5, patch: { status: 'pending', reason: null } },
    ]);
  });

  it('a cancelled action that stays cancelled only keeps its reason current', () => {
    const cancelled = { ...stored, status: 'cancelled' as const, reason: 'they replied' };
    const same = planned(stored, { status: 'cancelled', reason: 'they replied' });
    expect(reconcile([cancelled], [same]).updates).toEqual([]);
    const newer = planned(stored, { status: 'cancelled', reason: 'application rejected' });
    expect(reconcile([cancelled], [newer]).updates).toEqual([
      { id: 5, patch: { reason: 'application rejected' } },
    ]);
  });
});

/** Plans, reconciles and stores, as `replan` does. */
function replan(stored: Action[], state: PlanState): Action[] {
  return applyReconciliation(stored, reconcile(stored, plan(state, NOW, settings)));
}
const one = (overrides: Partial<ApplicationState> = {}): PlanState =>
  aPlanState({ applications: [anAppState(overrides)] });
const byKey = (actions: Action[], key: string): Action | undefined =>
  actions.find((a) => a.key === key);
const markDone = (actions: Action[], key: string, at: string): Action[] =>
  actions.map((a) => (a.key === key ? { ...a, status: 'done' as const, completedAt: at } : a));
const refs = (actions: Action[]): ApplicationState['actions'] =>
  actions.map(({ key, kind, status, due, completedAt, contactId }) => ({
    key,
    kind,
    status,
    due,
    completedAt,
    contactId,
  }));

describe('re-planning over time', () => {
  it('is idempotent: the second replan changes nothing', () => {
    const first = replan([], one());
    expect(first.length).toBeGreaterThan(3);
    expect(reconcile(first, plan(one(), NOW, settings))).toEqual({ inserts: [], updates: [] });
  });

  it('a reply cancels the pending follow-up; the done one and the sent thank-you stay as they are', () => {
    let stored = replan([], one());
    stored = markDone(stored, 'thank_you:i10:c100', '2026-10-30T22:00:00.000Z');
    stored = markDone(stored, 'follow_up:i10:1', '2026-11-06T16:30:00.000Z');
    stored = replan(stored, one({ actions: refs(stored) }));
    expect(byKey(stored, 'follow_up:i10:2')?.status).toBe('pending');

    const replied = one({
      actions: refs(stored),
      events: [anEvent({ kind: 'reply', at: '2026-11-10T15:00:00.000Z' })],
    });
    const after = replan(stored, replied);
    expect(byKey(after, 'follow_up:i10:2')).toMatchObject({
      status: 'cancelled',
      reason: 'they replied',
    });
    expect(byKey(after, 'follow_up:i10:1')).toEqual(byKey(stored, 'follow_up:i10:1'));
    expect(byKey(after, 'thank_you:i10:c100')).toEqual(byKey(stored, 'thank_you:i10:c100'));
    expect(byKey(after, 'debrief:i10')?.status).toBe('pending');
  });

  it('a rejection leaves only the feedback request and keep-warm pending; done actions untouched', () => {
    let stored = replan([], one());
    stored = markDone(stored, 'debrief:i10', '2026-10-30T22:00:00.000Z');
    const rejected = one({
      application: anApplication({ status: 'rejected' }),
      events: [aStatusEvent('rejected', '2026-11-10T18:00:00.000Z')],
      actions: refs(stored),
    });
    const after = replan(stored, rejected);
    const pending = after.filter((a) => a.status === 'pending').map((a) => a.key);
    expect(pending.sort()).toEqual(['feedback_request:a1', 'keep_warm:a1']);
    expect(byKey(after, 'debrief:i10')?.status).toBe('done');
    expect(byKey(after, 'follow_up:i10:1')?.reason).toBe('application rejected');
  });

  it('a snoozed follow-up keeps its time when the plan moves', () => {
    let stored = replan([], one());
    stored = stored.map((a) =>
      a.key === 'follow_up:i10:1' ? { ...a, due: '2026-11-20T15:00:00.000Z', userDue: true } : a,
    );
    const later = one({ interviews: [anInterview({ followUpOn: '2026-11-12' })] });
    const after = replan(stored, later);
    expect(byKey(after, 'follow_up:i10:1')).toMatchObject({
      due: '2026-11-20T15:00:00.000Z',
      why: expect.stringMatching(/date they gave/) as unknown,
    });
  });

  it('an interviewer removed then re-added: the note is cancelled, then revived', () => {
    const two = one({
      interviews: [anInterview({ interviewers: [anInterviewer(100), anInterviewer(101)] })],
    });
    const stored = replan([], two);
    const removed = replan(stored, one());
    expect(byKey(removed, 'thank_you:i10:c101')).toMatchObject({
      status: 'cancelled',
      reason: 'no longer applies',
    });
    const back = replan(removed, two);
    expect(byKey(back, 'thank_you:i10:c101')).toMatchObject({ status: 'pending', reason: null });
    expect(back.filter((a) => a.key === 'thank_you:i10:c101')).toHaveLength(1);
  });

  it('a document done, then an earlier one removed: the remaining one stays owed', () => {
    const owed = (docs: string[]) => one({ interviews: [anInterview({ documentsOwed: docs })] });
    let stored = replan([], owed(['references', 'portfolio']));
    stored = markDone(stored, 'send_documents:i10:portfolio', '2026-10-31T15:00:00.000Z');
    stored = replan(stored, owed(['portfolio', 'transcript']));
    expect(byKey(stored, 'send_documents:i10:references')).toMatchObject({
      status: 'cancelled',
      reason: 'no longer applies',
    });
    expect(byKey(stored, 'send_documents:i10:portfolio')?.status).toBe('done');
    expect(byKey(stored, 'send_documents:i10:transcript')).toMatchObject({
      status: 'pending',
      title: expect.stringMatching(/transcript/) as unknown,
    });
  });
});

describe('itemKeys', () => {
  it('keys items by their words, not their position', () => {
    expect(itemKeys(['Two References!', 'two  references', 'Café menu', '推荐信', '***'])).toEqual([
      'two-references',
      'two-references-2',
      'cafe-menu',
      '推荐信',
      '#4',
    ]);
  });
});
