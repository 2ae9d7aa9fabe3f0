import { dateOfDay, isoOf, msOf, weekdayOf } from '../../clock.js';
import type { Draft, PlanContext } from '../context.js';

/** A follow-up that cannot move, with words for it in a moved follow-up's why. */
export interface FixedFollowUp {
  day: number;
  label: string;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** `Wed 2026-03-18`. */
export const dayWords = (day: number): string =>
  `${WEEKDAYS[weekdayOf(day) - 1] ?? ''} ${dateOfDay(day)}`;

/**
 * First-fit placement on local days: `place(d)` is the first business day at or after `d` that
 * no placed follow-up blocks; `block(p)` blocks the days closer than `gap` to `p`. A union-find
 * over days (each blocked day points to the next) with path compression keeps this near-linear
 * even when hundreds of follow-ups go to one contact, where re-scanning every earlier
 * follow-up per placement would be quadratic.
 */
function placer(
  ctx: PlanContext,
  gap: number,
): { place(d: number): number; block(p: number): void } {
  const next = new Map<number, number>();
  // With no work day at all, no day qualifies: ignore the calendar rather than loop forever.
  const calendar = ctx.policy.workDays.some((w) => w >= 1 && w <= 7);
  return {
    place(d) {
      let r = d;
      for (;;) {
        const n = next.get(r);
        if (n !== undefined) r = n;
        else if (calendar && !ctx.isBusinessDay(r)) {
          next.set(r, r + 1);
          r += 1;
        } else break;
      }
      for (let x = d; x !== r;) {
        const n = next.get(x) ?? r;
        next.set(x, r);
        x = n;
      }
      return r;
    },
    block(p) {
      for (let x = p - gap + 1; x < p + gap; x++) if (!next.has(x)) next.set(x, x + 1);
    },
  };
}

interface Candidate {
  d: Draft;
  day: number;
  ms: number;
}

// Numbers first: comparing the ISO strings would flatten every one of them.
const byDueThenKey = (a: Candidate, b: Candidate): number =>
  a.ms - b.ms ||
  (a.d.interviewId ?? 0) - (b.d.interviewId ?? 0) ||
  (a.d.key < b.d.key ? -1 : a.d.key > b.d.key ? 1 : 0);

/**
 * The spacing guard (seed 001: "not too frequent"): no two follow-ups to one contact on local
 * days fewer than `followUpSpacingDays` apart, across every application. Spacing is counted in
 * local calendar days, so a phone call seven days after an e-mail sent in the afternoon is fine
 * at 10:00 that morning; the outbox should count the same way.
 *
 * `fixed` holds, per contact, the local days of follow-ups that cannot move (done ones, and
 * those of applications outside this call). `pending` are the planned follow-ups that can; they
 * are placed in order of due time then key, so the result does not depend on input order, and a
 * clash moves the later one forward to the follow-up time on the first business day far enough
 * from every follow-up placed before it. Mutates `pending[].due`.
 */
export function spaceFollowUps(
  pending: readonly Draft[],
  fixed: ReadonlyMap<number, readonly FixedFollowUp[]>,
  ctx: PlanContext,
): void {
  const gap = ctx.policy.followUpSpacingDays;
  if (!(gap > 0)) return;
  const byContact = new Map<number, Candidate[]>();
  for (const d of pending) {
    const ms = d.contactId === null ? null : msOf(d.due);
    if (d.contactId === null || ms === null) continue;
    const c = { d, ms, day: ctx.clock.dayOf(ms) };
    const list = byContact.get(d.contactId);
    if (list === undefined) byContact.set(d.contactId, [c]);
    else list.push(c);
  }
  for (const [contactId, list] of byContact) {
    const points = fixed.get(contactId) ?? [];
    if (list.length + points.length < 2) continue;
    const days = placer(ctx, gap);
    for (const p of points) days.block(p.day);
    list.sort(byDueThenKey);
    const placed: FixedFollowUp[] = [...points];
    for (const { d, day } of list) {
      const free = days.place(day);
      if (free !== day) {
        d.due = isoOf(ctx.clock.at(free, ctx.followUpMin));
        // Say why it is due then: from which date it moved and which message it keeps clear of.
        const by = blocker(placed, day, gap);
        if (by !== null) {
          d.why =
            `Moved from ${dayWords(day)} to ${dayWords(free)}: ${by.label}, and follow-ups to ` +
            `one person stay ${gap} days apart, never too often (seed 001). ${d.why}`;
        }
      }
      days.block(free);
      placed.push({ day: free, label: `"${d.title}" is planned for ${dayWords(free)}` });
    }
  }
}

/** The follow-up nearest the wanted day among those closer than the gap: why it had to move. */
function blocker(placed: readonly FixedFollowUp[], day: number, gap: number): FixedFollowUp | null {
  let best: FixedFollowUp | null = null;
  for (const p of placed) {
    const dist = Math.abs(p.day - day);
    if (dist >= gap) continue;
    if (
      best === null ||
      dist < Math.abs(best.day - day) ||
      (dist === Math.abs(best.day - day) && p.day > best.day)
    )
      best = p;
  }
  return best;
}
