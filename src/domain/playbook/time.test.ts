import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  atLocal,
  endOfLocalDay,
  inZone,
  localDateOf,
  nextBusinessDayAt,
  plusLocalDays,
  toInstant,
} from '../time.js';
import { calendarOf } from '../settings.js';
import type { PlannedAction } from '../types.js';
import {
  at,
  anAppState,
  anApplication,
  anInterview,
  aPlanState,
  somePolicy,
} from './test/builders.js';
import { DAY_MS, dateOfDay, dayOfDate, isoOf, localClock, msOf, weekdayOf } from '../clock.js';
import { plan } from './plan.js';
import type { Policy } from '../settings.js';

const NOW = '2026-10-01T00:00:00.000Z';

/** Plans one held interview starting at `local` (wall time in the settings' zone). */
function planOne(local: string, settings: Policy, overrides = {}): PlannedAction[] {
  const interview = anInterview({ startAt: at(local, settings.timezone), ...overrides });
  return plan(
    aPlanState({ applications: [anAppState({ interviews: [interview] })] }),
    NOW,
    settings,
  );
}
const due = (actions: PlannedAction[], key: string): string | undefined =>
  actions.find((a) => a.key === key)?.due;
const local = (instant: string | undefined, zone: string): string | null =>
  instant === undefined ? null : inZone(instant, zone).toFormat('ccc yyyy-MM-dd HH:mm ZZ');

describe('follow-up dates across DST, weekends and holidays', () => {
  it('a week after Friday 2026-10-30 14:45 in Toronto is 10:00 local the Friday after, across the DST end', () => {
    const actions = planOne('2026-10-30 14:45', somePolicy());
    expect(due(actions, 'follow_up:i10:1')).toBe('2026-11-06T15:00:00.000Z');
    expect(local(due(actions, 'follow_up:i10:1'), 'America/Toronto')).toBe(
      'Fri 2026-11-06 10:00 -05:00',
    );
  });

  it('"+ N days" keeps the wall clock across DST: network is due end + 2 days at the same local time', () => {
    const actions = planOne('2026-10-30 14:45', somePolicy());
    // 15:45 EDT on Friday, 15:45 EST on Sunday: 49 elapsed hours, not 48.
    expect(local(due(actions, 'network:a1'), 'America/Toronto')).toBe(
      'Sun 2026-11-01 15:45 -05:00',
    );
  });

  it('a follow-up landing on a Saturday moves to Monday', () => {
    const actions = planOne('2026-10-31 11:00', somePolicy());
    expect(local(due(actions, 'follow_up:i10:1'), 'America/Toronto')).toBe(
      'Mon 2026-11-09 10:00 -05:00',
    );
  });

  it('a follow-up landing on a holiday moves to the next business day', () => {
    const actions = planOne(
      '2026-10-30 14:45',
      somePolicy({ holidays: ['2026-11-06', '2026-11-09'] }),
    );
    expect(local(due(actions, 'follow_up:i10:1'), 'America/Toronto')).toBe(
      'Tue 2026-11-10 10:00 -05:00',
    );
  });

  it('a holiday run over Christmas pushes documents to the first open day', () => {
    const s = somePolicy({ holidays: ['2026-12-24', '2026-12-25', '2026-12-28'] });
    const actions = planOne('2026-12-23 15:00', s, { documentsOwed: ['portfolio'] });
    expect(local(due(actions, 'send_documents:i10:portfolio'), 'America/Toronto')).toBe(
      'Tue 2026-12-29 17:00 -05:00',
    );
  });

  it('custom work days: a Sunday–Thursday week', () => {
    const s = somePolicy({ workDays: [7, 1, 2, 3, 4] });
    const actions = planOne('2026-10-30 14:45', s); // Friday + 7 is a Friday: off
    expect(local(due(actions, 'follow_up:i10:1'), 'America/Toronto')).toBe(
      'Sun 2026-11-08 10:00 -05:00',
    );
  });

  it('Europe/Berlin: a week after Friday 2026-10-23 (DST ends 2026-10-25) is 10:00 CET', () => {
    const s = somePolicy({ timezone: 'Europe/Berlin' });
    const actions = planOne('2026-10-23 14:00', s);
    expect(due(actions, 'follow_up:i10:1')).toBe('2026-10-30T09:00:00.000Z');
    expect(local(due(actions, 'debrief:i10'), 'Europe/Berlin')).toBe('Fri 2026-10-23 17:00 +02:00');
  });

  it('Australia/Sydney: DST starts 2026-10-04, a follow-up after it is at 10:00 AEDT', () => {
    const s = somePolicy({ timezone: 'Australia/Sydney' });
    const actions = planOne('2026-10-02 14:00', s);
    expect(due(actions, 'follow_up:i10:1')).toBe('2026-10-08T23:00:00.000Z');
    expect(local(due(actions, 'network:a1'), 'Australia/Sydney')).toBe(
      'Sun 2026-10-04 15:00 +11:00',
    );
  });

  it('a letter is posted the next business day at day start, in the zone of the settings', () => {
    const s = somePolicy({ timezone: 'Europe/Berlin', thankYouChannel: 'letter' });
    const actions = planOne('2026-10-23 14:00', s); // Friday
    expect(local(due(actions, 'thank_you:i10:c100'), 'Europe/Berlin')).toBe(
      'Mon 2026-10-26 09:00 +01:00',
    );
  });

  it('a debrief for an interview ending late at night is due after midnight, latest = due', () => {
    const actions = planOne('2026-10-30 22:00', somePolicy());
    const d = actions.find((a) => a.key === 'debrief:i10');
    expect(local(d?.due, 'America/Toronto')).toBe('Sat 2026-10-31 01:00 -04:00');
    expect(d?.latest).toBe(d?.due);
  });

  it('a follow-up time inside the spring-forward gap moves forward by the gap, as luxon does', () => {
    const s = somePolicy({ followUpTime: '02:30' });
    // Sunday 2027-03-14 is the spring-forward day in Toronto; make it a work day.
    const actions = planOne('2027-03-07 12:00', { ...s, workDays: [1, 2, 3, 4, 5, 6, 7] });
    expect(local(due(actions, 'follow_up:i10:1'), 'America/Toronto')).toBe(
      'Sun 2027-03-14 03:30 -04:00',
    );
  });
});

describe('clock.ts agrees with the luxon helpers of time.ts', () => {
  const zones = [
    'America/Toronto',
    'Europe/Berlin',
    'Australia/Sydney',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
    'America/St_Johns',
    'Pacific/Chatham',
    'America/Santiago',
    'Asia/Beirut',
    'UTC',
  ];
  const instant = fc
    .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) })
    .map((ms) => Math.floor(ms / 60_000) * 60_000);

  it('local day, + N days and end of day', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        instant,
        fc.integer({ min: -30, max: 400 }),
        (zone, ms, n) => {
          const clock = localClock(zone);
          const iso = new Date(ms).toISOString();
          expect(dateOfDay(clock.dayOf(ms))).toBe(localDateOf(iso, zone));
          expect(isoOf(clock.plusDays(ms, n))).toBe(toInstant(plusLocalDays(iso, n, zone)));
          expect(isoOf(clock.endOfDay(ms))).toBe(endOfLocalDay(iso, zone));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a wall time on a local date, including DST days', () => {
    const dstDays = [
      '2026-03-08',
      '2026-03-29',
      '2026-10-04',
      '2026-10-25',
      '2026-11-01',
      '2027-04-04',
    ];
    const date = fc.oneof(
      fc.constantFrom(...dstDays),
      fc.integer({ min: 10_957, max: 25_567 }).map(dateOfDay),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        date,
        fc.integer({ min: 0, max: 1439 }),
        (zone, d, m) => {
          const hhmm = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const day = dayOfDate(d) ?? 0;
          expect(isoOf(localClock(zone).at(day, m))).toBe(toInstant(atLocal(d, hhmm, zone)));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('send_documents is due at nextBusinessDayAt(end, dayEnd)', () => {
    const s = somePolicy({ holidays: ['2026-12-25', '2026-12-28', '2027-01-01'] });
    fc.assert(
      fc.property(instant, (ms) => {
        const iv = anInterview({ startAt: new Date(ms).toISOString(), documentsOwed: ['x'] });
        const actions = plan(
          aPlanState({ applications: [anAppState({ interviews: [iv] })] }),
          NOW,
          s,
        );
        const end = new Date(ms + 60 * 60_000).toISOString();
        expect(due(actions, 'send_documents:i10:x')).toBe(
          toInstant(nextBusinessDayAt(end, '17:00', calendarOf(s))),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('isoOf writes what toISOString writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_000_000_000_000, max: 250_000_000_000_000 }), (ms) => {
        expect(isoOf(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 2000 },
    );
  });

  it('epoch-day helpers', () => {
    expect(dayOfDate('1970-01-01')).toBe(0);
    expect(dayOfDate('2026-10-30')).toBe(Date.UTC(2026, 9, 30) / DAY_MS);
    expect(dayOfDate('not a date')).toBeNull();
    expect(weekdayOf(0)).toBe(4); // Thursday
    expect(weekdayOf(dayOfDate('2026-10-30') ?? 0)).toBe(5); // Friday
    expect(weekdayOf(-1)).toBe(3);
    expect(dateOfDay(dayOfDate('2026-02-28') ?? 0)).toBe('2026-02-28');
  });

  it('an unknown zone falls back to UTC', () => {
    expect(localClock('Mars/Olympus').zone).toBe('UTC');
  });
});

describe('an application in another zone than the user', () => {
  it('plans in the user zone whatever the interview time zone says', () => {
    const s = somePolicy({ timezone: 'Europe/Berlin' });
    const iv = anInterview({
      startAt: at('2026-10-23 14:00', 'Europe/Berlin'),
      timeZone: 'America/Toronto',
    });
    const actions = plan(
      aPlanState({
        applications: [anAppState({ application: anApplication(), interviews: [iv] })],
      }),
      NOW,
      s,
    );
    expect(due(actions, 'follow_up:i10:1')).toBe('2026-10-30T09:00:00.000Z');
  });
});

describe('msOf', () => {
  it('reads stored instants exactly as Date.parse does', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2300, 0, 1) }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(msOf(iso)).toBe(Date.parse(iso));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives other forms to Date.parse and refuses what does not parse', () => {
    for (const s of [
      '2026-03-09T10:00:00-04:00',
      '2026-03-09',
      '2024-02-29T12:00:00.000Z',
      '2026-02-29T12:00:00.000Z',
      '2026-13-01T00:00:00.000Z',
      '2026-03-09T24:00:00.000Z',
      '2026-03-09T1a:00:00.000Z',
      'not a date',
    ]) {
      const parsed = Date.parse(s);
      expect(msOf(s), s).toBe(Number.isFinite(parsed) ? parsed : null);
    }
  });
});
