import { DateTime } from 'luxon';
import { msOf } from '../clock.js';
import { localDateOf } from '../time.js';
import type { Channel, Instant } from '../types.js';

/**
 * When a note reaches its reader, for the words that depend on the day (issue 11): an e-mail,
 * a call or a LinkedIn note when it is sent (now); a letter when it is posted and a card when
 * it is dropped off, which the plan puts at the action's due time (the next business day for a
 * thank-you), or now if that has passed.
 */
export function deliveryTime(channel: Channel, now: Instant, due: Instant | null): Instant {
  if ((channel !== 'letter' && channel !== 'drop_off') || due === null) return now;
  const d = msOf(due);
  const n = msOf(now);
  return d !== null && n !== null && d > n ? due : now;
}

const dayOf = (instant: Instant, zone: string): DateTime =>
  DateTime.fromISO(localDateOf(instant, zone), { zone: 'utc' });

/** Whole local days from `from` to `to` (negative when `to` is earlier). */
export const localDaysBetween = (from: Instant, to: Instant, zone: string): number =>
  Math.round(dayOf(to, zone).diff(dayOf(from, zone), 'days').days);

/**
 * When the interview was, as the note should say it on the day it arrives. A letter is read
 * days after it is posted, so it never says "today" or "yesterday": it names the day.
 */
export function interviewWhen(
  start: Instant,
  deliverAt: Instant,
  zone: string,
  channel: Channel = 'email',
): string {
  const day = dayOf(start, zone).setLocale('en-US');
  const ago = localDaysBetween(start, deliverAt, zone);
  const relative = channel !== 'letter';
  if (relative && ago === 0) return 'today';
  if (relative && ago === 1) return 'yesterday';
  if (ago >= 0 && ago < 7) return `on ${day.toFormat('cccc')}`;
  return `on ${day.toFormat('MMMM d')}`;
}

/**
 * When a document still owed will be sent, as a promise that is true on arrival: "by Monday"
 * (the weekday its action is due), "by March 20" a week or more ahead, "today" when it is due
 * that day or already overdue, "shortly" when no action gives a date. A letter is read later,
 * so instead of "today" it names the day it is posted.
 */
export function documentsBy(
  due: Instant | null,
  deliverAt: Instant,
  zone: string,
  channel: Channel = 'email',
): string {
  if (due === null) return 'shortly';
  const ahead = localDaysBetween(deliverAt, due, zone);
  if (ahead <= 0 && channel !== 'letter') return 'today';
  const day = dayOf(ahead <= 0 ? deliverAt : due, zone).setLocale('en-US');
  return ahead < 7 ? `by ${day.toFormat('cccc')}` : `by ${day.toFormat('MMMM d')}`;
}
