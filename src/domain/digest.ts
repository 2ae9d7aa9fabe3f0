import { appLink, companyAndRole } from './calendar/calendar.js';
import type { CalendarAction } from './calendar/types.js';
import { calendarOf, type Policy, type Profile } from './settings.js';
import { atLocal, inZone, isBusinessDay, toInstant } from './time.js';
import type { Instant, LocalDate } from './types.js';

/**
 * The daily digest (PRODUCT.md §10): one e-mail per work day at the user's time, listing the
 * actions due today and those overdue, each with its why and a link. Pure: `now` comes in.
 */

/** A pending action as the digest lists it (the calendar reads the same row). */
export type DigestAction = Pick<
  CalendarAction,
  'id' | 'title' | 'due' | 'why' | 'applicationId' | 'company' | 'role'
>;

export interface Digest {
  /** The local date it is for. */
  date: LocalDate;
  subject: string;
  text: string;
  overdue: DigestAction[];
  today: DigestAction[];
}

/** The outbox key that makes a day's digest unique: enqueued once, sent at most once. */
export const digestKey = (date: LocalDate): string => `digest:${date}`;
export const DIGEST_KEY_PREFIX = 'digest:';

/**
 * The local date whose digest is due at `now`: today, when the digest is on, today is a work day
 * (work days and holidays from the settings) and its time has come. Null otherwise. Only ever
 * today: a server that was down for three days catches up with one digest, not three.
 */
export function digestDueDay(now: Instant, s: Policy): LocalDate | null {
  if (!s.digestEnabled) return null;
  const local = inZone(now, s.timezone);
  const date = local.toISODate();
  if (date === null || !isBusinessDay(local.startOf('day'), calendarOf(s))) return null;
  return toInstant(atLocal(date, s.digestTime, s.timezone)) <= now ? date : null;
}

/** The first digest time strictly after `now`, for the dispatcher's timer; null when off. */
export function nextDigestAt(now: Instant, s: Policy): Instant | null {
  if (!s.digestEnabled) return null;
  const cal = calendarOf(s);
  let day = inZone(now, s.timezone).startOf('day');
  // A year of holidays is the most a calendar can skip; the bound guards a bad one.
  for (let i = 0; i < 370; i++, day = day.plus({ days: 1 })) {
    const date = day.toISODate();
    if (date === null || !isBusinessDay(day, cal)) continue;
    const at = toInstant(atLocal(date, s.digestTime, s.timezone));
    if (at > now) return at;
  }
  return null;
}

const fmt = (at: Instant, zone: string, pattern: string): string =>
  inZone(at, zone).setLocale('en-US').toFormat(pattern);

function item(a: DigestAction, when: string, appUrl: string): string {
  const where = companyAndRole(a);
  return [
    `- ${when}  ${a.title}`,
    ...(where === null ? [] : [`  ${where}`]),
    `  Why: ${a.why}`,
    `  ${appLink(appUrl, a.applicationId)}`,
  ].join('\n');
}

const plural = (n: number, one: string, many: string): string =>
  `${String(n)} ${n === 1 ? one : many}`;

/** What a digest's text needs of the settings: the zone and time it is sent at, whom it greets. */
export type DigestFrame = Pick<Policy, 'timezone' | 'digestTime'> & Pick<Profile, 'name'>;

/**
 * The digest of `date` from the pending actions due by the end of it: those due before the day
 * began are overdue, the rest are today's. Earliest first in each part.
 */
export function composeDigest(
  actions: readonly DigestAction[],
  now: Instant,
  s: DigestFrame,
  appUrl: string,
): Digest {
  const zone = s.timezone;
  const local = inZone(now, zone);
  const date = local.toISODate() ?? now.slice(0, 10);
  const dayStart = toInstant(local.startOf('day'));
  const dayEnd = toInstant(local.endOf('day'));
  const sorted = [...actions]
    .filter((a) => a.due <= dayEnd)
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.id - b.id));
  const overdue = sorted.filter((a) => a.due < dayStart);
  const today = sorted.filter((a) => a.due >= dayStart);
  const dayName = fmt(now, zone, 'ccc d LLL');
  const counts = [
    ...(overdue.length > 0 ? [`${String(overdue.length)} overdue`] : []),
    ...(today.length > 0 ? [`${String(today.length)} due today`] : []),
  ];
  const subject = `Afterview: ${counts.length === 0 ? 'nothing due today' : counts.join(', ')} (${dayName})`;
  const first = s.name.trim().split(/\s+/)[0] ?? '';
  const parts = [`Hello${first === '' ? '' : ` ${first}`}, here is your day in Afterview.`];
  if (overdue.length > 0) {
    parts.push(
      `Overdue: ${plural(overdue.length, 'action', 'actions')}`,
      ...overdue.map((a) => item(a, fmt(a.due, zone, 'ccc d LLL HH:mm'), appUrl)),
    );
  }
  if (today.length > 0) {
    parts.push(
      `Today, ${fmt(now, zone, 'cccc d LLLL')}: ${plural(today.length, 'action', 'actions')}`,
      ...today.map((a) => item(a, fmt(a.due, zone, 'HH:mm'), appUrl)),
    );
  }
  if (sorted.length === 0) {
    parts.push('Nothing is due today and nothing is overdue. Keep the search going.');
  }
  parts.push(
    `Everything in Afterview: ${appLink(appUrl, null)}`,
    `--\nAfterview sends this on work days at ${s.digestTime}. Change the time or turn it off in Afterview's settings (digest.time, digest.enabled).`,
  );
  return { date, subject, text: `${parts.join('\n\n')}\n`, overdue, today };
}
