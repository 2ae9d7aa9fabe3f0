import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  businessDayAt,
  formatInstant,
  nextBusinessDayAt,
  parseDateTime,
  parseDuration,
  parseLocalDate,
  plusLocalDays,
  toInstant,
  type Calendar,
} from './time.js';

const toronto: Calendar = {
  timezone: 'America/Toronto',
  workDays: [1, 2, 3, 4, 5],
  holidays: ['2026-12-25'],
};

describe('parsing what the user types', () => {
  it('reads a local date-time in the user zone', () => {
    expect(parseDateTime('2026-03-06T14:00', 'America/Toronto')).toBe('2026-03-06T19:00:00.000Z');
    expect(parseDateTime('2026-03-06 14:00', 'America/Toronto')).toBe('2026-03-06T19:00:00.000Z');
  });

  it('keeps an explicit offset or Z', () => {
    expect(parseDateTime('2026-03-06T14:00+01:00', 'America/Toronto')).toBe(
      '2026-03-06T13:00:00.000Z',
    );
    expect(parseDateTime('2026-03-06T14:00:00Z', 'Asia/Tokyo')).toBe('2026-03-06T14:00:00.000Z');
  });

  it('refuses a local time skipped by the DST change', () => {
    expect(() => parseDateTime('2026-03-08T02:30', 'America/Toronto')).toThrow(/does not exist/);
  });

  it.each(['tomorrow', '2026-13-01T10:00', '2026-02-30', '2026-03-06T25:00', ''])(
    'refuses "%s"',
    (s) => {
      expect(() => parseDateTime(s, 'UTC')).toThrow(/not a/);
    },
  );

  it.each(['2026-03-09T10:00+99:00', '2026-03-09T10:00-15:00', '2026-03-09T10:00+05:75'])(
    'refuses the impossible offset of %s',
    (s) => {
      expect(() => parseDateTime(s, 'UTC', 'due')).toThrow(/impossible UTC offset/);
    },
  );

  it('accepts the real extremes of UTC offsets', () => {
    expect(parseDateTime('2026-03-09T10:00+14:00', 'UTC')).toBe('2026-03-08T20:00:00.000Z');
    expect(parseDateTime('2026-03-09T10:00-12:00', 'UTC')).toBe('2026-03-09T22:00:00.000Z');
  });

  it.each(['0001-03-09T10:00', '9999-12-31T23:00Z', '1969-12-31T10:00', '2201-01-01'])(
    'refuses the far year of %s',
    (s) => {
      expect(() => parseDateTime(s, 'UTC')).toThrow(/outside the years 1970–2200/);
    },
  );

  it('refuses far years in local dates', () => {
    expect(() => parseLocalDate('0001-01-01')).toThrow(/outside the years/);
    expect(() => parseLocalDate('9999-12-31')).toThrow(/outside the years/);
    expect(parseLocalDate('2200-12-31')).toBe('2200-12-31');
  });

  it('reads local dates and refuses impossible ones', () => {
    expect(parseLocalDate('2026-03-06')).toBe('2026-03-06');
    expect(() => parseLocalDate('2026-02-30')).toThrow(/not a date/);
    expect(() => parseLocalDate('03/06/2026')).toThrow(/YYYY-MM-DD/);
  });

  it.each([
    ['45m', 45],
    ['1h', 60],
    ['1h30m', 90],
    ['90', 90],
  ])('reads duration %s as %i minutes', (s, n) => {
    expect(parseDuration(s)).toBe(n);
  });

  it.each(['0m', 'soon', '-5m', '25h', '1h99m', '2h60m'])('refuses duration %s', (s) => {
    expect(() => parseDuration(s)).toThrow(/not a duration/);
  });
});

describe('calendar arithmetic', () => {
  it('+7 days keeps the local clock time across the autumn DST change', () => {
    // Friday 2026-10-30 14:45 EDT; DST ends Sunday 2026-11-01.
    const start = parseDateTime('2026-10-30T14:45', 'America/Toronto');
    const later = toInstant(plusLocalDays(start, 7, 'America/Toronto'));
    expect(formatInstant(later, 'America/Toronto')).toBe('2026-11-06T14:45:00-05:00');
  });

  it('next business day skips the weekend', () => {
    const friday = parseDateTime('2026-03-06T16:00', 'America/Toronto');
    expect(
      formatInstant(toInstant(nextBusinessDayAt(friday, '09:00', toronto)), 'America/Toronto'),
    ).toBe('2026-03-09T09:00:00-04:00');
  });

  it('a date on a holiday moves to the next business day', () => {
    expect(
      formatInstant(toInstant(businessDayAt('2026-12-25', '10:00', toronto)), 'America/Toronto'),
    ).toBe('2026-12-28T10:00:00-05:00');
  });

  it('formats with the offset in force on that date', () => {
    expect(formatInstant('2026-03-09T14:00:00.000Z', 'America/Toronto')).toBe(
      '2026-03-09T10:00:00-04:00',
    );
    expect(formatInstant('2026-01-09T15:00:00.000Z', 'America/Toronto')).toBe(
      '2026-01-09T10:00:00-05:00',
    );
  });
});

describe('formatInstant fast path', () => {
  const zones = [
    'UTC',
    'utc',
    'Etc/UTC',
    'Europe/London',
    'America/Toronto',
    'America/St_Johns',
    'Asia/Kolkata',
    'Asia/Kathmandu',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'America/Havana',
    'Europe/Berlin',
  ];
  it('writes exactly what luxon writes, across DST transitions and odd offsets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.boolean(),
        (zone, ms, wholeMinute) => {
          const at = wholeMinute ? ms - (ms % 60_000) : ms;
          const instant = new Date(at).toISOString();
          const luxon = DateTime.fromISO(instant, { zone: 'utc' })
            .setZone(zone)
            .toISO({ suppressMilliseconds: true });
          expect(formatInstant(instant, zone)).toBe(luxon);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('falls back to luxon before 1970 and for unknown zones', () => {
    expect(formatInstant('1900-01-01T00:00:00.000Z', 'Europe/Amsterdam')).toBe(
      DateTime.fromISO('1900-01-01T00:00:00.000Z', { zone: 'utc' })
        .setZone('Europe/Amsterdam')
        .toISO({ suppressMilliseconds: true }),
    );
    expect(formatInstant('not a date', 'UTC')).toBe('not a date');
    expect(formatInstant('2026-03-09T14:00:00.000Z', 'Mars/Olympus')).toBe(
      '2026-03-09T14:00:00.000Z',
    );
  });

  it('writes offsets with seconds as luxon does (Monrovia until 1972)', () => {
    expect(formatInstant('1971-06-01T12:00:00.000Z', 'Africa/Monrovia')).toBe(
      '1971-06-01T11:15:30-00:44',
    );
  });
});
