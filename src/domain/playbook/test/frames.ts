import { DateTime } from 'luxon';
/** The zone the tables are written in (builders.ts). */
const TORONTO = 'America/Toronto';

/**
 * The scenario tables are written in Toronto local time around Friday 2026-10-30, two days before
 * DST ends there. A frame replays a table in another zone and on another date (whole weeks away,
 * so every weekday stays) with every time kept as the same local wall-clock time: the playbook
 * speaks local time ("end + 7 days at 10:00"), so the expected local times stay right wherever the
 * user lives (issue 15: three zones, both DST changes of a year).
 */
export interface Frame {
  name: string;
  zone: string;
  /** Calendar days to move every date by (a multiple of 7). */
  days: number;
}

export const FRAMES: readonly Frame[] = [
  // The tables as written: DST ends two days after the interview (Sunday 1 November).
  { name: 'Toronto, before DST ends', zone: TORONTO, days: 0 },
  // Friday 6 March 2026; DST starts Sunday 8 March.
  { name: 'Toronto, before DST starts', zone: TORONTO, days: -238 },
  // Friday 23 October 2026; summer time ends Sunday 25 October.
  { name: 'Berlin, before summer time ends', zone: 'Europe/Berlin', days: -7 },
  // Friday 27 March 2026; summer time starts Sunday 29 March.
  { name: 'Berlin, before summer time starts', zone: 'Europe/Berlin', days: -217 },
  // No DST: the same dates as Toronto's.
  { name: 'Kolkata, autumn', zone: 'Asia/Kolkata', days: 0 },
  { name: 'Kolkata, spring', zone: 'Asia/Kolkata', days: -238 },
];

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One instant of the Toronto tables, as the same local time in the frame. */
export function frameInstant(iso: string, f: Frame): string {
  return (
    DateTime.fromISO(iso, { zone: TORONTO })
      .plus({ days: f.days })
      .setZone(f.zone, { keepLocalTime: true })
      .toUTC()
      .toISO() ?? iso
  );
}

/** Every instant, date and zone name in `value` (state, settings, expectations) moved to the frame. */
export function inFrame<T>(value: T, f: Frame): T {
  if (f.zone === TORONTO && f.days === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (INSTANT.test(v)) return frameInstant(v, f);
      if (DATE.test(v)) return DateTime.fromISO(v).plus({ days: f.days }).toISODate() ?? v;
      return v === TORONTO ? f.zone : v;
    }
    if (Array.isArray(v)) return v.map(walk);
    // A title pattern that names a date (`/deadline 2026-11-27/`) names the moved date.
    if (v instanceof RegExp) {
      return new RegExp(
        v.source.replace(/\d{4}-\d{2}-\d{2}/g, (d) => String(walk(d))),
        v.flags,
      );
    }
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return walk(value) as T;
}
