import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDateTime } from '../../domain/time.js';
import type { Action } from '../../domain/types.js';
import { tempStore } from '../../store/test/temp-store.js';
import { markDone } from '../actions/actions.js';
import { addApplication, changeStatus } from '../applications/applications.js';
import type { Ctx } from '../context.js';
import { loadDemo } from '../demo/demo.js';
import { loadPolicy, setSetting } from '../settings/settings.js';
import { recordFromText } from './from-text.js';
import { recordInterview, updateInterview } from './interviews.js';
import { replanAll } from './planning.js';

/**
 * Issue 11: re-planning is a function of the facts each rule reads. Over random searches built
 * through the services (shared interviewers across applications, owed documents, gaps, done
 * follow-ups, endings), a change that touches no rule's input (a profile setting, a note on an
 * interview) leaves every action exactly as it was, and so does re-planning everything again.
 */
const ZONE = 'America/Toronto';
const local = (s: string): string => parseDateTime(s, ZONE);
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

function world(start: string) {
  const t = tempStore();
  cleanups.push(t.cleanup);
  let now = local(start);
  const ctx: Ctx = { store: t.store, systemZone: ZONE, now: () => now };
  return { ctx, at: (s: string) => (now = local(s)) };
}

/** Every stored action as the plan sees it, by key. */
async function snapshot(ctx: Ctx): Promise<string[]> {
  const all: Action[] = await ctx.store.actions.list({ all: true });
  return all
    .map((a) =>
      JSON.stringify([a.key, a.status, a.due, a.title, a.why, a.reason, a.contactId, a.channel]),
    )
    .sort();
}

async function replanEverything(ctx: Ctx): Promise<void> {
  const policy = await loadPolicy(ctx.store, ZONE);
  await ctx.store.transaction((tx) => replanAll(tx, ctx.now(), policy));
}

const PEOPLE = ['Priya Shah <priya@x.example>', 'Lee Park <lee@x.example>', 'Ana Ruiz'];
const COMPANIES = ['Northwind', 'Contoso', 'Fabrikam'];

const interviewArb = fc.record({
  day: fc.integer({ min: 2, max: 20 }),
  people: fc.subarray([0, 1, 2], { maxLength: 2 }),
  followUpIn: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
  owe: fc.boolean(),
  gap: fc.boolean(),
});
const appArb = fc.record({
  company: fc.integer({ min: 0, max: 2 }),
  interviews: fc.array(interviewArb, { minLength: 1, maxLength: 2 }),
  ending: fc.constantFrom(null, 'rejected', 'ghosted', 'withdrawn', 'offer'),
  doneFollowUps: fc.boolean(),
});
const changeArb = fc.oneof(
  fc.record({
    setting: fc.constantFrom('name', 'signature', 'phone', 'skills'),
    value: fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((s) => s.trim() !== '' && !s.includes(',')),
  }),
  fc.record({ note: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '') }),
);

const pad = (n: number): string => String(n).padStart(2, '0');

describe('re-planning is a function of the facts the rules read', () => {
  it('random searches: an unrelated change, then re-planning everything, leaves the plan identical', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(appArb, { minLength: 1, maxLength: 4 }),
        changeArb,
        async (apps, change) => {
          const w = world('2026-03-01T09:00');
          const ivIds: number[] = [];
          for (const a of apps) {
            w.at('2026-03-01T09:00');
            const app = await addApplication(w.ctx, {
              company: COMPANIES[a.company] ?? 'Northwind',
              role: 'Data Engineer',
            });
            for (const iv of a.interviews) {
              w.at(`2026-03-${pad(iv.day)}T18:00`);
              const fields = {
                at: `2026-03-${pad(iv.day)}T14:00`,
                interviewers: iv.people.map((p) => PEOPLE[p] ?? ''),
                ...(iv.followUpIn === null
                  ? {}
                  : { followUpOn: `2026-03-${pad(Math.min(28, iv.day + iv.followUpIn))}` }),
                ...(iv.owe ? { owe: ['references'] } : {}),
                ...(iv.gap ? { gaps: ['system design'] } : {}),
              };
              const r = await recordInterview(w.ctx, recordFromText(ZONE, app.id, fields, 'log'));
              ivIds.push(r.interview.id);
            }
            w.at('2026-03-25T12:00');
            if (a.doneFollowUps) {
              const pending = (await w.ctx.store.actions.list({ applicationId: app.id })).filter(
                (x) => x.kind === 'follow_up' && x.status === 'pending',
              );
              for (const x of pending.slice(0, 1)) await markDone(w.ctx, x.id);
            }
            if (a.ending !== null) await changeStatus(w.ctx, app.id, a.ending);
          }
          w.at('2026-03-26T12:00');
          const before = await snapshot(w.ctx);

          if ('setting' in change) await setSetting(w.ctx, change.setting, change.value);
          else await updateInterview(w.ctx, ivIds[0] ?? 1, { notes: change.note });
          expect(await snapshot(w.ctx)).toEqual(before);

          await replanEverything(w.ctx);
          expect(await snapshot(w.ctx)).toEqual(before);
        },
      ),
      { numRuns: 20 },
    );
  }, 180_000);

  it('the demo: settings set name changes nothing, and re-planning with nothing changed yields the same plan', async () => {
    const w = world('2026-03-16T12:00');
    await loadDemo(w.ctx);
    const before = await snapshot(w.ctx);
    expect(before.some((a) => a.includes('continue_search'))).toBe(true);
    await setSetting(w.ctx, 'name', 'Sam Rivera');
    expect(await snapshot(w.ctx)).toEqual(before);
    await replanEverything(w.ctx);
    expect(await snapshot(w.ctx)).toEqual(before);
  }, 60_000);
});
