import { dateOfDay, dayOfDate, msOf, type LocalClock } from '../clock.js';
import type { Policy } from '../settings.js';
import type { Status } from '../status.js';
import type { Instant, LocalDate } from '../types.js';

/**
 * Pipeline health (PRODUCT.md §8, seeds 001, 003, 004: keep applying, don't put all your eggs in
 * one basket, stay in touch). Pure: the rows, today's instant and the policy come in; the
 * `continue_search` rule uses the same numbers (`searchGap`).
 */

/** "None applied for in 7 days" (PRODUCT.md §5). */
export const STALE_SEARCH_DAYS = 7;
/** An open application with no activity for this long is stale. */
export const STALE_APPLICATION_DAYS = 14;
/** More than this share of the active pipeline at one company is one basket. */
export const CONCENTRATION_SHARE = 0.5;

/** Active: open and past `saved`, the count the pipeline goal is about. */
export const isActive = (s: Status): boolean =>
  s === 'applied' || s === 'interviewing' || s === 'offer';

/** The roles to apply to: the gap to the pipeline goal, at least the weekly goal, at least one. */
export const rolesToApply = (active: number, policy: Pick<Policy, 'pipelineGoal' | 'weeklyGoal'>) =>
  Math.max(policy.pipelineGoal - active, policy.weeklyGoal, 1);

/**
 * Whether the search needs more applications on `day`: fewer active than the goal, or none
 * applied for in the week before. The `continue_search` rule and `health` both ask this.
 */
export function searchGap(
  active: number,
  lastAppliedDay: number | null,
  day: number,
  policy: Pick<Policy, 'pipelineGoal'>,
): { low: boolean; stale: boolean } {
  return {
    low: active < policy.pipelineGoal,
    stale: lastAppliedDay === null || lastAppliedDay < day - STALE_SEARCH_DAYS,
  };
}

export interface PipelineRow {
  id: number;
  companyId: number;
  company: string;
  role: string;
  status: Status;
  source: string | null;
  appliedOn: LocalDate | null;
  createdAt: Instant;
  /** The latest event, interview or message of the application. */
  lastActivity: Instant;
  /** The employer's first answer (a reply, an interview, a decision), if any. */
  firstResponse: Instant | null;
  interviewed: boolean;
}

export interface Warning {
  code: 'thin_pipeline' | 'one_basket' | 'behind_weekly_goal' | 'stale' | 'no_recent_applications';
  message: string;
}

export interface Health {
  active: number;
  pipelineGoal: number;
  appliedThisWeek: number;
  weeklyGoal: number;
  weekStart: LocalDate;
  largestShare: { companyId: number; company: string; active: number; share: number } | null;
  stale: {
    applicationId: number;
    company: string;
    role: string;
    status: Status;
    lastActivity: Instant;
    days: number;
  }[];
  lastAppliedOn: LocalDate | null;
  daysSinceLastApplication: number | null;
  responseDays: {
    median: number | null;
    responses: number;
    byCompany: { companyId: number; company: string; median: number; responses: number }[];
  };
  rolesToApply: number;
  warnings: Warning[];
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const v = s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
  return Math.round(v * 10) / 10;
}

/** localeCompare's order, from one collator: localeCompare builds one per call. */
const collate = new Intl.Collator().compare;

const plural = (n: number, one: string, many = `${one}s`) => `${String(n)} ${n === 1 ? one : many}`;

/** The health of the whole search on the local day of `now`. */
export function healthOf(
  rows: readonly PipelineRow[],
  now: Instant,
  policy: Policy,
  clock: LocalClock,
): Health {
  const dateOf = dateOfDay;
  const nowMs = msOf(now) ?? 0;
  const today = clock.dayOf(nowMs);
  // Weeks start on Monday (ISO): epoch day 0 was a Thursday.
  const weekStartDay = today - ((((today + 3) % 7) + 7) % 7);
  const active = rows.filter((r) => isActive(r.status));
  let lastAppliedDay: number | null = null;
  let appliedThisWeek = 0;
  // Each applied date read once: the response times below use it again.
  const appliedDay = rows.map((r) => (r.appliedOn === null ? null : dayOfDate(r.appliedOn)));
  for (const d of appliedDay) {
    if (d === null) continue;
    if (lastAppliedDay === null || d > lastAppliedDay) lastAppliedDay = d;
    if (d >= weekStartDay && d <= today) appliedThisWeek++;
  }
  const perCompany = new Map<number, { company: string; n: number }>();
  for (const r of active) {
    const e = perCompany.get(r.companyId) ?? { company: r.company, n: 0 };
    e.n++;
    perCompany.set(r.companyId, e);
  }
  let largestShare: Health['largestShare'] = null;
  for (const [companyId, e] of perCompany) {
    if (largestShare === null || e.n > largestShare.active) {
      largestShare = { companyId, company: e.company, active: e.n, share: e.n / active.length };
    }
  }
  if (largestShare !== null) largestShare.share = Math.round(largestShare.share * 1000) / 1000;
  const stale = active
    .map((r) => ({ r, days: today - clock.dayOf(msOf(r.lastActivity) ?? nowMs) }))
    .filter((x) => x.days >= STALE_APPLICATION_DAYS)
    .sort((a, b) => b.days - a.days || a.r.id - b.r.id)
    .map(({ r, days }) => ({
      applicationId: r.id,
      company: r.company,
      role: r.role,
      status: r.status,
      lastActivity: r.lastActivity,
      days,
    }));
  const waits = new Map<number, { company: string; days: number[] }>();
  const all: number[] = [];
  rows.forEach((r, i) => {
    const from = appliedDay[i] ?? null;
    const at = r.firstResponse === null ? null : msOf(r.firstResponse);
    if (from === null || at === null) return;
    const days = Math.max(0, clock.dayOf(at) - from);
    all.push(days);
    const e = waits.get(r.companyId) ?? { company: r.company, days: [] };
    e.days.push(days);
    waits.set(r.companyId, e);
  });
  const byCompany = [...waits]
    .map(([companyId, e]) => ({
      companyId,
      company: e.company,
      median: median(e.days) ?? 0,
      responses: e.days.length,
    }))
    .sort((a, b) => collate(a.company, b.company) || a.companyId - b.companyId);
  const gap = searchGap(active.length, lastAppliedDay, today, policy);
  const toApply = rolesToApply(active.length, policy);
  const warnings: Warning[] = [];
  if (gap.low) {
    warnings.push({
      code: 'thin_pipeline',
      message: `${plural(active.length, 'active application')}, below your goal of ${String(policy.pipelineGoal)}: apply to ${plural(toApply, 'more role')} this week (seeds 001, 003).`,
    });
  }
  if (largestShare !== null && active.length >= 2 && largestShare.share > CONCENTRATION_SHARE) {
    warnings.push({
      code: 'one_basket',
      message: `${String(Math.round(largestShare.share * 100))}% of your active applications are at ${largestShare.company}: don't put all your eggs in one basket (seed 003).`,
    });
  }
  if (appliedThisWeek < policy.weeklyGoal) {
    warnings.push({
      code: 'behind_weekly_goal',
      message: `${plural(appliedThisWeek, 'application')} this week of your goal of ${String(policy.weeklyGoal)}.`,
    });
  }
  if (gap.stale) {
    warnings.push({
      code: 'no_recent_applications',
      message:
        lastAppliedDay === null
          ? 'No application sent yet: keep the search going while you wait (seed 001).'
          : `Nothing applied for in ${plural(today - lastAppliedDay, 'day')}: keep the search going while you wait (seed 001).`,
    });
  }
  if (stale.length > 0) {
    warnings.push({
      code: 'stale',
      message: `${plural(stale.length, 'application')} with no activity for ${String(STALE_APPLICATION_DAYS)} days or more: follow up, or mark them ghosted (seed 004).`,
    });
  }
  return {
    active: active.length,
    pipelineGoal: policy.pipelineGoal,
    appliedThisWeek,
    weeklyGoal: policy.weeklyGoal,
    weekStart: dateOf(weekStartDay),
    largestShare,
    stale,
    lastAppliedOn: lastAppliedDay === null ? null : dateOf(lastAppliedDay),
    daysSinceLastApplication: lastAppliedDay === null ? null : today - lastAppliedDay,
    responseDays: { median: median(all), responses: all.length, byCompany },
    rolesToApply: toApply,
    warnings,
  };
}
