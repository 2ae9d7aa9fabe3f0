import { FixedOffsetZone, IANAZone } from 'luxon';
import { isUtcName, runtimeZone } from './runtime-zone.js';

/**
 * Local-time arithmetic on epoch milliseconds and epoch days, for the planner and for the hot
 * paths of `time.ts`. It sits beside `time.ts`, not inside `playbook/`, because general time
 * code must not depend on the planner.
 *
 * Why not the luxon helpers of `time.ts` directly: one luxon zone conversion costs ~10 µs
 * here (it formats through `Intl`), and planning 100,000 interviews needs millions of them.
 * This module asks luxon for the zone's UTC offset once per UTC day (a DST transition inside a
 * day is located by bisection), then does the rest with integer arithmetic. The results equal
 * the `time.ts` helpers (`playbook/time.test.ts` checks them against each other), including
 * the DST rules: a wall time skipped by spring-forward moves forward by the gap, and a repeated
 * wall time resolves as luxon resolves it. One deliberate difference: where midnight itself repeats
 * (America/Havana), luxon guesses from the real current offset; this picks the first midnight,
 * because the planner must not depend on when it runs.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Epoch day (days since 1970-01-01) of a `YYYY-MM-DD` date, or null when it is not one. */
export function dayOfDate(date: string): number | null {
  // Health and the funnel read a date per application: digit by digit, without a regex's match
  // array, for the plain case; odd ones (a 31st of February, years before 100) as Date.UTC does.
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y = digits(date, 0, 4);
    const mo = digits(date, 5, 2);
    const d = digits(date, 8, 2);
    if (y >= 100 && mo >= 1 && mo <= 12 && d >= 1 && d <= (MONTH_DAYS[mo - 1] ?? 0)) {
      return daysFromCivil(y, mo, d);
    }
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : null;
}

/** `YYYY-MM-DD` of an epoch day. */
export const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** ISO weekday of an epoch day: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export const weekdayOf = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

/** The number of `len` ASCII digits at `at`, or -1 if any is not a digit. */
function digits(s: string, at: number, len: number): number {
  let n = 0;
  for (let i = at; i < at + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (month 1–12), by integer arithmetic. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Epoch milliseconds of an ISO instant, or null when it does not parse. The form every stored
 * instant has (`2026-03-09T14:00:00.000Z`, as `toInstant` writes it) is read digit by digit:
 * `Date.parse` was an eighth of planning 100,000 interviews. Anything else goes to `Date.parse`.
 */
export function msOf(instant: string): number | null {
  if (
    instant.length === 24 &&
    instant.charCodeAt(4) === 45 && // -
    instant.charCodeAt(7) === 45 &&
    instant.charCodeAt(10) === 84 && // T
    instant.charCodeAt(13) === 58 && // :
    instant.charCodeAt(16) === 58 &&
    instant.charCodeAt(19) === 46 && // .
    instant.charCodeAt(23) === 90 // Z
  ) {
    const y = digits(instant, 0, 4);
    const mo = digits(instant, 5, 2);
    const d = digits(instant, 8, 2);
    const h = digits(instant, 11, 2);
    const mi = digits(instant, 14, 2);
    const sec = digits(instant, 17, 2);
    const milli = digits(instant, 20, 3);
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    const monthDays = mo === 2 && !leap ? 28 : (MONTH_DAYS[mo - 1] ?? 0);
    if (y >= 0 && mo >= 1 && d >= 1 && d <= monthDays && h >= 0 && h <= 23 && mi >= 0) {
      if (mi <= 59 && sec >= 0 && sec <= 59 && milli >= 0) {
        return daysFromCivil(y, mo, d) * DAY_MS + h * HOUR_MS + mi * MINUTE_MS + sec * 1000 + milli;
      }
    }
  }
  const ms = Date.parse(instant);
  return Number.isFinite(ms) ? ms : null;
}

const pad2: string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
/** `HH:MM:00.000Z` for every minute of a day: planned times fall on whole minutes. */
const minuteSuffix: string[] = Array.from(
  { length: 1440 },
  (_, i) => `${pad2[Math.floor(i / 60)] ?? ''}:${pad2[i % 60] ?? ''}:00.000Z`,
);
/** Date parts by epoch day, for days 0 … 73,049 (1970–2169); an array beats a Map here. */
const PREFIX_DAYS = 73_050;
const datePrefix: (string | undefined)[] = new Array<string | undefined>(PREFIX_DAYS);

/**
 * The ISO UTC string of an instant, exactly as `toInstant()` writes it (`2026-03-09T14:00:00.000Z`).
 * Hand-built from a cached date part and a cached minute part because `toISOString` dominated
 * the cost of a large plan.
 */
export function isoOf(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  const rest = ms - day * DAY_MS;
  const cached = day >= 0 && day < PREFIX_DAYS;
  let prefix = cached ? datePrefix[day] : undefined;
  if (prefix === undefined) {
    const full = new Date(ms).toISOString();
    // Years outside 0000–9999 are written with a sign and six digits: leave those to Date.
    if (full.length !== 24) return full;
    prefix = full.slice(0, 11);
    if (cached) datePrefix[day] = prefix;
  }
  const minute = rest / MINUTE_MS;
  const suffix = Number.isInteger(minute) ? minuteSuffix[minute] : undefined;
  return suffix === undefined ? new Date(ms).toISOString() : prefix + suffix;
}

/** A transition inside one UTC day: `before` until `at` (exclusive), `after` from then on. */
interface Transition {
  at: number;
  before: number;
  after: number;
}

/** Local-time arithmetic in one IANA zone. Create one per planning call: it caches offsets. */
export interface LocalClock {
  readonly zone: string;
  /** UTC offset in milliseconds at an instant. */
  offset(ms: number): number;
  /** The local epoch day an instant falls on. */
  dayOf(ms: number): number;
  /** The instant of a local wall time given as epoch milliseconds of that wall time. */
  fromWall(wall: number): number;
  /** The instant of `minute` minutes after local midnight on an epoch day. */
  at(day: number, minute: number): number;
  /** "+ N days": calendar days in the zone, keeping the local clock time. */
  plusDays(ms: number, days: number): number;
  /** The last millisecond of the local day of an instant (23:59:59.999 unless DST says otherwise). */
  endOfDay(ms: number): number;
}

/** Builds the clock for a zone; an unknown zone falls back to UTC as `defaultPolicy` does. */
export function localClock(zoneName: string): LocalClock {
  const zone =
    runtimeZone(zoneName) ??
    (isUtcName(zoneName) ? FixedOffsetZone.utcInstance : undefined) ??
    (IANAZone.isValidZone(zoneName) ? IANAZone.create(zoneName) : FixedOffsetZone.utcInstance);
  const atBoundary = new Map<number, number>();
  const perDay = new Map<number, number | Transition>();

  const raw = (ms: number): number => Math.round(zone.offset(ms) * MINUTE_MS);
  const boundary = (utcDay: number): number => {
    let o = atBoundary.get(utcDay);
    if (o === undefined) {
      o = raw(utcDay * DAY_MS);
      atBoundary.set(utcDay, o);
    }
    return o;
  };
  const dayEntry = (utcDay: number): number | Transition => {
    let e = perDay.get(utcDay);
    if (e === undefined) {
      const before = boundary(utcDay);
      const after = boundary(utcDay + 1);
      if (before === after) {
        // Zones change offset at most twice a year, never twice within one day.
        e = before;
      } else {
        // Bisect to the minute: offsets change on whole minutes.
        let lo = 0;
        let hi = 1440;
        while (hi - lo > 1) {
          const mid = (lo + hi) >> 1;
          if (raw(utcDay * DAY_MS + mid * MINUTE_MS) === before) lo = mid;
          else hi = mid;
        }
        e = { at: utcDay * DAY_MS + hi * MINUTE_MS, before, after };
      }
      perDay.set(utcDay, e);
    }
    return e;
  };
  const offset = (ms: number): number => {
    const e = dayEntry(Math.floor(ms / DAY_MS));
    if (typeof e === 'number') return e;
    return ms < e.at ? e.before : e.after;
  };
  const fromWall = (wall: number): number => {
    // An instant's wall time is at most ±14 h away, so a day either side brackets it.
    const a = offset(wall - DAY_MS);
    const b = offset(wall + DAY_MS);
    if (a === b) return wall - a;
    const t1 = wall - a;
    const t2 = wall - b;
    const ok1 = offset(t1) === a;
    const ok2 = offset(t2) === b;
    if (ok1 && ok2) return Math.min(t1, t2);
    if (ok1) return t1;
    if (ok2) return t2;
    // A wall time in the spring-forward gap: read it with the earlier offset, as luxon does.
    return wall - Math.min(a, b);
  };
  /**
   * luxon's own resolution of a wall time from a guessed offset (`fixOffset` in its source), so
   * a repeated wall time resolves the way luxon's `plus` and `set` would: towards the guess.
   */
  const fromWallNear = (wall: number, guess: number): number => {
    let utc = wall - guess;
    const o2 = offset(utc);
    if (o2 === guess) return utc;
    utc -= o2 - guess;
    const o3 = offset(utc);
    if (o3 === o2) return utc;
    return wall - Math.min(o2, o3);
  };
  const dayOf = (ms: number): number => Math.floor((ms + offset(ms)) / DAY_MS);

  return {
    zone: zone.name,
    offset,
    dayOf,
    fromWall,
    at(day, minute) {
      // As `atLocal`: midnight first, then the clock time guessed from midnight's offset.
      const midnight = fromWall(day * DAY_MS);
      return fromWallNear(day * DAY_MS + minute * MINUTE_MS, offset(midnight));
    },
    plusDays(ms, days) {
      const o = offset(ms);
      return fromWallNear(ms + o + days * DAY_MS, o);
    },
    endOfDay(ms) {
      // luxon's `endOf('day')`: a day later, back to that day's midnight, minus a millisecond.
      const o = offset(ms);
      const next = fromWallNear(ms + o + DAY_MS, o);
      const on = offset(next);
      return fromWallNear(Math.floor((next + on) / DAY_MS) * DAY_MS, on) - 1;
    },
  };
}
