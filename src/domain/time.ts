import { DateTime, IANAZone } from 'luxon';
import { invalidInput } from './errors.js';
import { localClock, msOf, type LocalClock } from './clock.js';
import { isRuntimeZone, isUtcName, zoneOf } from './runtime-zone.js';
import type { Instant, LocalDate } from './types.js';

/**
 * Time in the user's zone (PRODUCT.md §5, §12). Everything here is pure: callers pass `now`.
 * Instants travel as ISO UTC strings; local dates as `YYYY-MM-DD`.
 */

export interface Calendar {
  timezone: string;
  /** ISO weekdays that are work days: 1 = Monday … 7 = Sunday. */
  workDays: readonly number[];
  holidays: readonly LocalDate[];
}

/**
 * Zone names luxon has answered for. Its `isValidZone` builds an `Intl.DateTimeFormat` on every
 * call, and presenters ask once per instant; the answer for a name never changes. Names can come
 * from user input, so the memo is bounded (there are ~600 real zones).
 */
const zoneValidity = new Map<string, boolean>();
const MAX_ZONE_NAMES = 1024;

export function isValidZone(zone: string): boolean {
  if (zone === '') return false;
  // The runtime's own zone is valid without asking Intl (see runtime-zone.ts).
  if (isRuntimeZone(zone) || isUtcName(zone)) return true;
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    if (zoneValidity.size >= MAX_ZONE_NAMES) zoneValidity.clear();
    zoneValidity.set(zone, valid);
  }
  return valid;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DT_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;
const ZONED_DT_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const HHMM_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const OFFSET_RE = /([+-])(\d{2}):?(\d{2})$/;

/**
 * The years a date the user types may fall in. A job search happens now: year 0001 or 9999 is a
 * typo, and far years break calendar files and date arithmetic downstream.
 */
export const YEAR_RANGE = { min: 1970, max: 2200 } as const;

function checkYear(year: number, input: string, field: string): void {
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    throw invalidInput(
      `"${input}" is outside the years ${YEAR_RANGE.min}–${YEAR_RANGE.max}`,
      field,
    );
  }
}

export const toInstant = (dt: DateTime): Instant => {
  const iso = dt.toUTC().toISO();
  if (iso === null) throw invalidInput('invalid date');
  return iso;
};

export const inZone = (instant: Instant, zone: string): DateTime =>
  DateTime.fromISO(instant, { zone: 'utc' }).setZone(zoneOf(zone));

/** A local date as typed by the user (`2026-03-06`); throws a user-facing error otherwise. */
export function parseLocalDate(input: string, field = 'date'): LocalDate {
  const s = input.trim();
  if (!DATE_RE.test(s) || !DateTime.fromISO(s).isValid) {
    throw invalidInput(`"${input}" is not a date (expected YYYY-MM-DD)`, field);
  }
  checkYear(Number(s.slice(0, 4)), input, field);
  return s;
}

/**
 * A date-time as typed by the user: with an offset or `Z` it is that instant; without one it is
 * local time in `zone`. A bare date means midnight local. A local time that does not exist
 * (skipped by a DST change) is refused rather than silently shifted.
 */
export function parseDateTime(input: string, zone: string, field = 'at'): Instant {
  const s = input.trim();
  let dt: DateTime;
  if (ZONED_DT_RE.test(s)) {
    // UTC offsets run from −12:00 to +14:00; luxon would read +99:00 as four days away.
    const off = OFFSET_RE.exec(s);
    if (off !== null && (Number(off[2]) > 14 || Number(off[3]) > 59)) {
      throw invalidInput(`"${input}" has an impossible UTC offset`, field);
    }
    dt = DateTime.fromISO(s.replace(' ', 'T'), { setZone: true });
  } else if (LOCAL_DT_RE.test(s) || DATE_RE.test(s)) {
    dt = DateTime.fromISO(s.replace(' ', 'T'), { zone: zoneOf(zone) });
    if (dt.isValid) {
      const wall = DateTime.fromISO(s.replace(' ', 'T'), { zone: 'utc' });
      if (dt.hour !== wall.hour || dt.minute !== wall.minute) {
        throw invalidInput(`${s} does not exist in ${zone} (daylight-saving change)`, field);
      }
    }
  } else {
    throw invalidInput(
      `"${input}" is not a date-time (expected YYYY-MM-DDTHH:MM, optionally with an offset)`,
      field,
    );
  }
  if (!dt.isValid) throw invalidInput(`"${input}" is not a valid date-time`, field);
  checkYear(Number(s.slice(0, 4)), input, field);
  checkYear(dt.toUTC().year, input, field);
  return toInstant(dt);
}

/** `45m`, `1h`, `1h30m`, `90` (minutes) → minutes. */
export function parseDuration(input: string, field = 'duration'): number {
  const s = input.trim().toLowerCase();
  const m = /^(?:(\d+)h)?\s*(?:(\d+)m?)?$/.exec(s);
  const hours = m?.[1] === undefined ? 0 : Number(m[1]);
  const minutes = m?.[2] === undefined ? 0 : Number(m[2]);
  const total = hours * 60 + minutes;
  // `1h99m` is a typo, not 159 minutes: with hours given, minutes stay under 60.
  const overflow = m?.[1] !== undefined && minutes > 59;
  if (m === null || s === '' || overflow || total <= 0 || total > 24 * 60) {
    throw invalidInput(`"${input}" is not a duration (e.g. 45m, 1h, 1h30m)`, field);
  }
  return total;
}

export function parseClock(input: string, field = 'time'): { hour: number; minute: number } {
  const m = HHMM_RE.exec(input.trim());
  if (m === null) throw invalidInput(`"${input}" is not a time of day (HH:MM)`, field);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** How `formatInstant` writes one zone: its clock (offsets cached) and its suffix rule. */
interface ZoneFormat {
  clock: LocalClock;
  /** luxon writes `Z` only for its fixed UTC zone (named `UTC` or `GMT` in any case). */
  utc: boolean;
}

/** One entry per zone name, null for a name luxon does not know; bounded like `zoneValidity`. */
const zoneFormats = new Map<string, ZoneFormat | null>();

function zoneFormat(zone: string): ZoneFormat | null {
  let f = zoneFormats.get(zone);
  if (f === undefined) {
    const lower = zone.toLowerCase();
    f = isValidZone(zone)
      ? { clock: localClock(zone), utc: lower === 'utc' || lower === 'gmt' }
      : null;
    if (zoneFormats.size >= MAX_ZONE_NAMES) zoneFormats.clear();
    zoneFormats.set(zone, f);
  }
  return f;
}

const pad2: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const DAY_MS = 86_400_000;
const millis: readonly string[] = Array.from({ length: 1000 }, (_, i) =>
  i === 0 ? '' : `.${String(i).padStart(3, '0')}`,
);
/** `YYYY-MM-DDT` by epoch day: a list's instants fall on a few hundred days. Bounded. */
const datePrefixes = new Map<number, string>();

/**
 * `YYYY-MM-DDTHH:MM:SS` and `.mmm` unless zero, of a wall time given as epoch milliseconds
 * (0000–9999), as `toISOString` would write it: built from cached parts, without a Date.
 */
function localIso(wall: number): string {
  const day = Math.floor(wall / DAY_MS);
  let prefix = datePrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    if (datePrefixes.size >= 10_000) datePrefixes.clear();
    datePrefixes.set(day, prefix);
  }
  const rest = wall - day * DAY_MS;
  const seconds = Math.floor(rest / 1000);
  const minutes = Math.floor(seconds / 60);
  const hh = pad2[Math.floor(minutes / 60)] ?? '';
  const mm = pad2[minutes % 60] ?? '';
  return `${prefix}${hh}:${mm}:${pad2[seconds % 60] ?? ''}${millis[rest % 1000] ?? ''}`;
}

/** `+HH:MM` by offset in minutes (−16 h … +16 h): offsets repeat, strings need not be rebuilt. */
const offsetSuffixes = new Map<number, string>();

function offsetSuffix(minutes: number): string {
  let s = offsetSuffixes.get(minutes);
  if (s === undefined) {
    const abs = Math.abs(minutes);
    s = `${minutes < 0 ? '-' : '+'}${pad2[Math.floor(abs / 60)] ?? ''}:${pad2[abs % 60] ?? ''}`;
    offsetSuffixes.set(minutes, s);
  }
  return s;
}

/**
 * An instant as ISO-8601 with the user's offset, as JSON output promises
 * (`2026-03-09T10:00:00-04:00`), exactly as luxon's
 * `toISO({ suppressMilliseconds: true })` writes it. Presenters call this for every instant of
 * every listed action, so it works from cached per-zone offsets (`localClock`) and string
 * arithmetic instead of a luxon conversion through `Intl`. Instants before 1970 and offsets
 * with seconds (local mean time) take luxon's path; in a zone luxon does not know, luxon cannot
 * write the instant either, and it is returned as stored.
 */
export function formatInstant(instant: Instant, zone: string): string {
  const f = zoneFormat(zone);
  if (f === null) return instant;
  const ms = msOf(instant);
  if (ms === null || !(ms >= 0 && ms < 253_402_300_800_000)) {
    return inZone(instant, zone).toISO({ suppressMilliseconds: true }) ?? instant;
  }
  const offset = f.clock.offset(ms);
  // Offsets with seconds (Africa/Monrovia until 1972) are written the way luxon rounds them.
  if (offset % 60_000 !== 0)
    return inZone(instant, zone).toISO({ suppressMilliseconds: true }) ?? instant;
  const head = localIso(ms + offset);
  return f.utc ? `${head}Z` : head + offsetSuffix(offset / 60_000);
}

export const localDateOf = (instant: Instant, zone: string): LocalDate =>
  inZone(instant, zone).toISODate() ?? instant.slice(0, 10);

export function isBusinessDay(day: DateTime, cal: Calendar): boolean {
  const date = day.toISODate();
  return cal.workDays.includes(day.weekday) && (date === null || !cal.holidays.includes(date));
}

/** The date itself if it is a business day, else the next one. */
export function onOrAfterBusinessDay(day: DateTime, cal: Calendar): DateTime {
  let d = day;
  // A week of holidays plus weekends still ends within a year; the bound guards a bad calendar.
  for (let i = 0; i < 370 && !isBusinessDay(d, cal); i++) d = d.plus({ days: 1 });
  return d;
}

/** `HH:MM` local on a local date (DST-correct: wall-clock time, not elapsed hours). */
export function atLocal(date: LocalDate, clock: string, zone: string): DateTime {
  const { hour, minute } = parseClock(clock);
  return DateTime.fromISO(date, { zone: zoneOf(zone) }).set({
    hour,
    minute,
    second: 0,
    millisecond: 0,
  });
}

/** "+ N days": calendar days in the user's zone, keeping the local clock time. */
export const plusLocalDays = (instant: Instant, days: number, zone: string): DateTime =>
  inZone(instant, zone).plus({ days });

/** "+ N h": elapsed hours. */
export const plusHours = (instant: Instant, hours: number): Instant =>
  toInstant(DateTime.fromISO(instant, { zone: 'utc' }).plus({ hours }));

/** "next business day at HH:MM": the first business day after the instant's local date. */
export function nextBusinessDayAt(instant: Instant, clock: string, cal: Calendar): DateTime {
  const next = inZone(instant, cal.timezone).startOf('day').plus({ days: 1 });
  const day = onOrAfterBusinessDay(next, cal).toISODate() ?? '';
  return atLocal(day, clock, cal.timezone);
}

/** "on DATE at HH:MM, moved to a business day". */
export function businessDayAt(date: LocalDate, clock: string, cal: Calendar): DateTime {
  const day = onOrAfterBusinessDay(DateTime.fromISO(date, { zone: zoneOf(cal.timezone) }), cal);
  return atLocal(day.toISODate() ?? date, clock, cal.timezone);
}

/** End of the local day containing the instant (23:59:59.999). */
export const endOfLocalDay = (instant: Instant, zone: string): Instant =>
  toInstant(inZone(instant, zone).endOf('day'));

export const maxInstant = (a: Instant, b: Instant): Instant => (a >= b ? a : b);
export const minInstant = (a: Instant, b: Instant): Instant => (a <= b ? a : b);
