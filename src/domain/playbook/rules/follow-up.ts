import { dayOfDate, msOf } from '../../clock.js';
import { cancel, draft, links, type Draft, type PlanContext } from '../context.js';
import type { AppFacts, Timed } from '../facts.js';
import {
  FOLLOW_UP_AFTER_A_WEEK,
  FOLLOW_UP_AFTER_DECISION,
  FOLLOW_UP_CALL,
  FOLLOW_UP_FINAL,
  FOLLOW_UP_ON_DATE,
  REASON,
  STATUS_REASON,
  SUGGEST_GHOSTED,
  type Advice,
} from '../why.js';

/** How long after the last follow-up to suggest calling the application ghosted. */
const GHOSTED_AFTER_DAYS = 7;

/** Where a follow-up sequence ended: its last allowed follow-up was done at `doneAt`. */
export interface SequenceEnd {
  h: Timed;
  doneAt: number;
  /** Why the sequence no longer applies, or null while it does. */
  reason: string | null;
}

/**
 * Why the follow-ups of the sequence belonging to `h` should stop, in order of strength: an offer
 * (terminal statuses are handled for every rule by `terminal`), a reply after the interview, a
 * later interview (scheduled or held), an outcome recorded for the interview.
 */
export function sequenceReason(f: AppFacts, h: Timed): string | null {
  if (f.status === 'offer') return STATUS_REASON.offer;
  if (f.lastReply > h.start) return REASON.replied;
  if (h.index < f.live.length - 1) return REASON.nextInterview;
  if (h.iv.outcome !== null) return REASON.outcome(h.iv.outcome);
  return null;
}

/** When the stored action with `key` was done, or null if it is not done. */
function doneAt(f: AppFacts, key: string): number | null {
  const a = f.stored.get(key);
  if (a?.status !== 'done') return null;
  return msOf(a.completedAt ?? a.due) ?? msOf(a.due);
}

/**
 * `follow_up`: every held interview starts a sequence; only the latest held interview without an
 * outcome and without a later interview keeps it pending, the others come out cancelled with
 * the reason. #1 by e-mail on the date they gave, else the business day after their decision
 * date, else a week after (seed 001); #2 by phone once #1 is done (seed 004); #3 a short final
 * e-mail once #2 is done. After the last allowed follow-up: suggest `ghosted`.
 * Returns the latest sequence that reached its cap, for the keep-warm reminder.
 */
export function followUps(f: AppFacts, ctx: PlanContext, out: Draft[]): SequenceEnd | null {
  if (ctx.followUpCap === 0) return null;
  let end: SequenceEnd | null = null;
  for (const h of f.held) {
    const seqEnd = sequence(f, h, ctx, out);
    if (seqEnd !== null) end = seqEnd;
  }
  return end;
}

function sequence(f: AppFacts, h: Timed, ctx: PlanContext, out: Draft[]): SequenceEnd | null {
  const { clock, policy, followUpMin } = ctx;
  const id = h.iv.id;
  const first = h.iv.interviewers[0];
  const contactId = first?.contactId ?? null;
  const who = first?.name ?? `the hiring team at ${f.app.company}`;
  const role = f.app.role;
  const reason = sequenceReason(f, h);
  // A follow-up goes out at the follow-up time on a business day, never before the interview ended.
  const slotOn = (day: number): number => {
    const at = clock.at(ctx.onOrAfterBusinessDay(day), followUpMin);
    return at >= h.end ? at : ctx.slotOnOrAfter(h.end, followUpMin);
  };
  const push = (
    n: number,
    title: string,
    due: number,
    advice: Advice,
    channel: 'email' | 'phone',
  ): void => {
    const d = draft(
      'follow_up',
      `follow_up:i${id}:${n}`,
      title,
      due,
      advice,
      links(f.app.id, id, contactId, channel),
      h.end,
    );
    if (reason !== null) cancel(d, reason);
    out.push(d);
  };

  const [due1, advice1] = firstDue(h, ctx, slotOn);
  push(1, `Follow up with ${who} about the ${role} role`, due1, advice1, 'email');

  let prev = doneAt(f, `follow_up:i${id}:1`);
  for (let n = 2; n <= ctx.followUpCap && prev !== null; n++) {
    if (n === 2) {
      const due = slotOn(clock.dayOf(prev) + policy.followUpSecondDays);
      push(
        2,
        `Call ${who} about the ${role} role; leave a voicemail if you don't reach them`,
        due,
        FOLLOW_UP_CALL,
        'phone',
      );
    } else {
      const due = slotOn(clock.dayOf(prev) + policy.followUpThirdDays);
      push(
        3,
        `Send ${who} a short, final follow-up e-mail about the ${role} role`,
        due,
        FOLLOW_UP_FINAL,
        'email',
      );
    }
    prev = doneAt(f, `follow_up:i${id}:${n}`);
  }
  if (prev === null) return null;

  const n = ctx.followUpCap;
  const d = draft(
    'suggest_ghosted',
    `suggest_ghosted:i${id}`,
    `No reply from ${f.app.company} after ${n} follow-up${n === 1 ? '' : 's'}: mark the application ghosted?`,
    clock.plusDays(prev, GHOSTED_AFTER_DAYS),
    SUGGEST_GHOSTED,
    links(f.app.id, id, contactId),
    h.end,
  );
  if (reason !== null) cancel(d, reason);
  out.push(d);
  return { h, doneAt: prev, reason };
}

/** #1: the date they gave, else the business day after their decision date, else end + N days. */
function firstDue(h: Timed, ctx: PlanContext, slotOn: (day: number) => number): [number, Advice] {
  const on = h.iv.followUpOn === null ? null : dayOfDate(h.iv.followUpOn);
  if (on !== null) return [slotOn(on), FOLLOW_UP_ON_DATE];
  const decision = h.iv.decisionBy === null ? null : dayOfDate(h.iv.decisionBy);
  if (decision !== null)
    return [slotOn(ctx.onOrAfterBusinessDay(decision + 1)), FOLLOW_UP_AFTER_DECISION];
  return [slotOn(ctx.clock.dayOf(h.end) + ctx.policy.followUpDelayDays), FOLLOW_UP_AFTER_A_WEEK];
}
