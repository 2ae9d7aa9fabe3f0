import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateOf } from '../time.js';
import type { Policy } from '../settings.js';
import type { Status } from '../status.js';
import type { Action, PlannedAction } from '../types.js';
import { anyState, DAY, iso, MIN, policyArb } from './test/arbitraries.js';
import { anAction, applyReconciliation } from './test/builders.js';
import { dayOfDate } from '../clock.js';
import { plan } from './plan.js';
import { reconcile } from './reconcile.js';
import type { PlanState } from './types.js';

const NOW = '2026-10-30T20:00:00.000Z';
const RUNS = { numRuns: 300 };

/** The held interviews of a state by id, with their end. */
function heldEnds(state: PlanState): Map<number, string> {
  const ends = new Map<number, string>();
  for (const a of state.applications) {
    for (const i of a.interviews) {
      if (i.state === 'held') ends.set(i.id, iso(Date.parse(i.startAt) + i.durationMin * MIN));
    }
  }
  return ends;
}

describe('planner properties', () => {
  it('no two actions share a key', () => {
    fc.assert(
      fc.property(anyState, policyArb, (state, s) => {
        const keys = plan(state, NOW, s).map((a) => a.key);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      RUNS,
    );
  });

  it('nothing a held interview triggers is due before it ended', () => {
    fc.assert(
      fc.property(anyState, policyArb, (state, s) => {
        const ends = heldEnds(state);
        for (const a of plan(state, NOW, s)) {
          const end = a.interviewId === null ? undefined : ends.get(a.interviewId);
          if (end !== undefined)
            expect(a.due >= end, `${a.key} due ${a.due} < end ${end}`).toBe(true);
          if (a.earliest !== null) expect(a.due >= a.earliest).toBe(true);
          if (a.latest !== null) expect(a.latest >= a.due).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('no two follow-ups to one contact fall within the spacing window', () => {
    fc.assert(
      fc.property(anyState, policyArb, (state, s) => {
        const day = (at: string): number => dayOfDate(localDateOf(at, s.timezone)) ?? NaN;
        const finished = new Map<string, string>();
        const days = new Map<number, number[]>();
        const add = (c: number, d: number) => days.set(c, [...(days.get(c) ?? []), d]);
        for (const a of state.applications) {
          for (const x of a.actions) {
            finished.set(x.key, x.status);
            if (x.status === 'done' && x.contactId !== null)
              add(x.contactId, day(x.completedAt ?? x.due));
          }
        }
        for (const o of state.otherFollowUps) add(o.contactId, day(o.at));
        for (const a of plan(state, NOW, s)) {
          if (a.kind !== 'follow_up' || a.status !== 'pending' || a.contactId === null) continue;
          if (finished.has(a.key)) continue; // done or skipped: the user's, not the plan's
          add(a.contactId, day(a.due));
          const fixedBefore = (days.get(a.contactId) ?? []).slice(0, -1);
          for (const other of fixedBefore) {
            expect(
              Math.abs(other - day(a.due)),
              `${a.key} vs a follow-up on day ${other}`,
            ).toBeGreaterThanOrEqual(s.followUpSpacingDays);
          }
        }
      }),
      RUNS,
    );
  });

  it('after a terminal status nothing stays pending but the rules meant for it', () => {
    const allowed: Partial<Record<Status, string[]>> = {
      rejected: ['feedback_request', 'keep_warm'],
      ghosted: ['keep_warm'],
      withdrawn: [],
      accepted: ['offer_accept'],
      declined: ['offer_decline', 'keep_warm'],
    };
    fc.assert(
      fc.property(anyState, policyArb, (state, s) => {
        const statusOf = new Map(
          state.applications.map((a) => [a.application.id, a.application.status]),
        );
        for (const a of plan(state, NOW, s)) {
          const kinds = allowed[statusOf.get(a.applicationId) ?? 'applied'];
          if (kinds !== undefined && a.status === 'pending') expect(kinds).toContain(a.kind);
          if (a.status === 'cancelled') expect(a.reason).toBeTruthy();
        }
      }),
      RUNS,
    );
  });

  it('is deterministic, and the order of interviews, events and stored actions does not matter', () => {
    const shuffle = <T>(xs: T[], seed: number): T[] =>
      xs
        .map((x, i) => ({ x, k: (i * 7919 + seed) % 101 }))
        .sort((a, b) => a.k - b.k)
        .map((p) => p.x);
    fc.assert(
      fc.property(anyState, policyArb, fc.nat(), (state, s, seed) => {
        const first = plan(state, NOW, s);
        expect(plan(structuredClone(state), NOW, structuredClone(s))).toEqual(first);
        const shuffled: PlanState = {
          ...state,
          applications: state.applications.map((a) => ({
            ...a,
            interviews: shuffle(a.interviews, seed),
            events: shuffle(a.events, seed + 1),
            actions: shuffle(a.actions, seed + 2),
          })),
        };
        expect(plan(shuffled, NOW, s)).toEqual(first);
      }),
      RUNS,
    );
  });
});

type Decision = 'keep' | 'done' | 'skipped' | 'snoozed' | 'cancelled';

describe('reconcile properties', () => {
  /** A stored world from an earlier plan, with the user's decisions sprinkled over it. */
  const storedArb = (state: PlanState, s: Policy): fc.Arbitrary<Action[]> =>
    fc
      .array(fc.constantFrom<Decision>('keep', 'done', 'skipped', 'snoozed', 'cancelled'), {
        minLength: 40,
        maxLength: 40,
      })
      .map((choices) => {
        const base = applyReconciliation([], reconcile([], plan(state, NOW, s)));
        const out = base.map((a, i): Action => {
          const choice = choices[i % choices.length] ?? 'keep';
          switch (choice) {
            case 'done':
              return { ...a, status: 'done', completedAt: a.due };
            case 'skipped':
              return { ...a, status: 'skipped' };
            case 'snoozed':
              return { ...a, userDue: true, due: iso(Date.parse(a.due) + DAY) };
            case 'cancelled':
              return { ...a, status: 'cancelled', reason: 'no longer applies' };
            case 'keep':
              return a;
          }
        });
        out.push(anAction({ id: 9999, key: 'manual:9999', origin: 'manual', kind: 'custom' }));
        return out;
      });

  it('applying a reconciliation then reconciling the same plan changes nothing', () => {
    const world = fc
      .record({ before: anyState, after: anyState, s: policyArb })
      .chain(({ before, after, s }) =>
        storedArb(before, s).map((stored) => ({ stored, after, s })),
      );
    fc.assert(
      fc.property(world, ({ stored, after, s }) => {
        const planned = plan(after, NOW, s);
        const next = applyReconciliation(stored, reconcile(stored, planned));
        expect(reconcile(next, planned)).toEqual({ inserts: [], updates: [] });

        // The user's decisions survive: done, skipped and manual actions are untouched, and a
        // snoozed action keeps its time.
        const was = new Map(stored.map((a) => [a.id, a]));
        for (const a of next) {
          const old = was.get(a.id);
          if (old === undefined) continue;
          if (old.status === 'done' || old.status === 'skipped' || old.origin === 'manual') {
            expect(a).toEqual(old);
          }
          if (old.userDue) expect(a.due).toBe(old.due);
        }
        // Every pending rule action is one the plan wants pending.
        const wanted = new Set(planned.filter((p) => p.status === 'pending').map((p) => p.key));
        for (const a of next) {
          if (a.status === 'pending' && a.origin !== 'manual') expect(wanted.has(a.key)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('re-planning an unchanged state is a no-op', () => {
    fc.assert(
      fc.property(anyState, policyArb, (state, s) => {
        const planned: PlannedAction[] = plan(state, NOW, s);
        const stored = applyReconciliation([], reconcile([], planned));
        expect(reconcile(stored, plan(state, NOW, s))).toEqual({ inserts: [], updates: [] });
        expect(stored.every((a) => a.status === 'pending')).toBe(true);
      }),
      RUNS,
    );
  });
});
