import { parseClock } from '../time.js';
import type { Policy } from '../settings.js';
import type { ActionKind, Channel, PlannedAction, SeedId } from '../types.js';
import type { Advice } from './why.js';
import { dayOfDate, isoOf, localClock, weekdayOf, type LocalClock } from '../clock.js';

/** 18:00 local: "the evening before" an interview. */
export const EVENING_MIN = 18 * 60;

/**
 * Everything a rule needs besides the application: the playbook policy, read once per planning
 * call (clocks parsed, holidays indexed) so no rule re-parses it per action.
 */
export interface PlanContext {
  readonly policy: Policy;
  readonly clock: LocalClock;
  readonly followUpMin: number;
  readonly dayStartMin: number;
  readonly dayEndMin: number;
  /** Follow-ups allowed per interview, 0–3 (0 when follow-ups are off). */
  readonly followUpCap: number;
  isBusinessDay(day: number): boolean;
  /** The day itself if it is a business day, else the next one. */
  onOrAfterBusinessDay(day: number): number;
  /** The first business day after the local day of `ms`. */
  nextBusinessDay(ms: number): number;
  /** The first `minute`-of-day on a business day at or after `ms`. */
  slotOnOrAfter(ms: number, minute: number): number;
}

const minuteOf = (clock: string, field: string): number => {
  const { hour, minute } = parseClock(clock, field);
  return hour * 60 + minute;
};

/** Reads the policy once for a planning call. Throws on a malformed clock, as settings do. */
export function planContext(policy: Policy): PlanContext {
  const clock = localClock(policy.timezone);
  const workDays = new Set(policy.workDays);
  const holidays = new Set<number>();
  for (const h of policy.holidays) {
    const d = dayOfDate(h);
    if (d !== null) holidays.add(d);
  }
  const isBusinessDay = (day: number): boolean =>
    workDays.has(weekdayOf(day)) && !holidays.has(day);
  const onOrAfterBusinessDay = (day: number): number => {
    let d = day;
    // Same bound as time.ts: a bad calendar (no work days) must not loop forever.
    for (let i = 0; i < 370 && !isBusinessDay(d); i++) d++;
    return d;
  };
  const cap = policy.followUpEnabled ? Math.max(0, Math.min(3, Math.trunc(policy.followUpCap))) : 0;
  return {
    policy,
    clock,
    followUpMin: minuteOf(policy.followUpTime, 'follow_up.time'),
    dayStartMin: minuteOf(policy.dayStart, 'day.start'),
    dayEndMin: minuteOf(policy.dayEnd, 'day.end'),
    followUpCap: Number.isFinite(cap) ? cap : 0,
    isBusinessDay,
    onOrAfterBusinessDay,
    nextBusinessDay: (ms) => onOrAfterBusinessDay(clock.dayOf(ms) + 1),
    slotOnOrAfter(ms, minute) {
      let day = onOrAfterBusinessDay(clock.dayOf(ms));
      let at = clock.at(day, minute);
      if (at < ms) {
        day = onOrAfterBusinessDay(day + 1);
        at = clock.at(day, minute);
      }
      return at;
    },
  };
}

/**
 * A planned action as the rules build it. Rules compute in epoch milliseconds and write ISO
 * strings once; the objects are the planner's output, not copies, to keep a plan of hundreds
 * of thousands of actions cheap on memory.
 */
export type Draft = PlannedAction;

/** What an action links to. */
export interface Links {
  applicationId: number;
  interviewId: number | null;
  contactId: number | null;
  channel: Channel | null;
}

/** An action's links; one factory so every action gets the same shape. */
export const links = (
  applicationId: number,
  interviewId: number | null,
  contactId: number | null = null,
  channel: Channel | null = null,
): Links => ({ applicationId, interviewId, contactId, channel });

/**
 * `rule:<id>` per action kind, the rules as PRODUCT.md §5 names them: the follow-up rule also
 * suggests `ghosted`, the offer rule plans three kinds, and keep-warm has triggers of its own.
 * Constant strings, so no action builds its own.
 */
const ORIGIN: Record<ActionKind, string> = {
  debrief: 'rule:debrief',
  thank_you: 'rule:thank_you',
  follow_up: 'rule:follow_up',
  suggest_ghosted: 'rule:follow_up',
  send_documents: 'rule:send_documents',
  network: 'rule:network',
  salary_research: 'rule:salary_research',
  skill_gap: 'rule:skill_gap',
  prep_next_round: 'rule:prep_next_round',
  continue_search: 'rule:continue_search',
  feedback_request: 'rule:feedback_request',
  keep_warm: 'rule:keep_warm',
  offer_evaluate: 'rule:offer',
  offer_negotiate: 'rule:offer',
  offer_decide: 'rule:offer',
  offer_accept: 'rule:offer',
  offer_decline: 'rule:offer',
  withdraw: 'rule:offer',
  custom: 'manual',
};

/**
 * A pending draft. `notBefore` is the end of the held interview that triggered it: nothing the
 * interview triggers may fall due before the interview is over, even on inconsistent input.
 * Positional on purpose: every draft is built here with one shape, which keeps a plan of
 * hundreds of thousands of actions fast.
 */
export function draft(
  kind: ActionKind,
  key: string,
  title: string,
  due: number,
  advice: Advice,
  to: Links,
  notBefore: number | null = null,
): Draft {
  return {
    key,
    kind,
    title,
    due: isoOf(notBefore !== null && due < notBefore ? notBefore : due),
    earliest: null,
    latest: null,
    why: advice.why,
    // The advice's own frozen array, shared by every action with that advice.
    seeds: advice.seeds as SeedId[],
    applicationId: to.applicationId,
    interviewId: to.interviewId,
    contactId: to.contactId,
    channel: to.channel,
    status: 'pending',
    reason: null,
    origin: ORIGIN[kind],
  };
}

/** Marks a draft cancelled with the reason a careful coach would give. */
export function cancel(d: Draft, reason: string): void {
  d.status = 'cancelled';
  d.reason = reason;
}
