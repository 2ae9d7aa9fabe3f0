import { IANAZone } from 'luxon';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localClock } from './clock.js';
import { isRuntimeZone, useRuntimeZone, zoneOf } from './runtime-zone.js';
import {
  atLocal,
  endOfLocalDay,
  formatInstant,
  isValidZone,
  localDateOf,
  nextBusinessDayAt,
  parseDateTime,
} from './time.js';

const HOUR = 3_600_000;
let savedTz: string | undefined;

/** Runs `f` once on luxon's Intl path and once on the runtime zone's, for the same zone. */
function bothWays<T>(zone: string, f: () => T): { intl: T; runtime: T } {
  useRuntimeZone(undefined);
  const intl = f();
  useRuntimeZone(zone);
  const runtime = f();
  useRuntimeZone(undefined);
  return { intl, runtime };
}

beforeEach(() => {
  savedTz = process.env.TZ;
});
afterEach(() => {
  useRuntimeZone(undefined);
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('the runtime zone (offsets from Date, no Intl)', () => {
  for (const zone of ['America/Toronto', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata']) {
    it(`gives the offsets Intl gives in ${zone}, across DST changes 1970-2040`, () => {
      // Node follows a TZ set at run time: Date then works in this zone.
      process.env.TZ = zone;
      useRuntimeZone(zone);
      const runtime = zoneOf(zone);
      expect(typeof runtime).not.toBe('string');
      const iana = IANAZone.create(zone);
      if (typeof runtime === 'string') return;
      // Samples every 31 h, and every 15 minutes across each change of offset between samples.
      let previous = iana.offset(Date.UTC(1970, 0, 1));
      for (let ms = Date.UTC(1970, 0, 1); ms < Date.UTC(2040, 0, 1); ms += 31 * HOUR) {
        const offset = iana.offset(ms);
        if (offset !== previous) {
          for (let m = ms - 31 * HOUR; m <= ms; m += HOUR / 4) {
            expect(runtime.offset(m), new Date(m).toISOString()).toBe(iana.offset(m));
          }
        }
        expect(runtime.offset(ms), new Date(ms).toISOString()).toBe(offset);
        previous = offset;
      }
    });
  }

  it('formats, parses and plans exactly as the Intl path does', () => {
    const zone = 'America/Toronto';
    process.env.TZ = zone;
    const instants = [
      '2026-03-08T06:59:59.000Z', // just before spring forward
      '2026-03-08T07:00:00.000Z',
      '2026-11-01T05:30:00.000Z', // the repeated hour
      '2026-11-01T06:30:00.000Z',
      '2026-03-09T14:00:00.000Z',
    ];
    const r = bothWays(zone, () => ({
      formatted: instants.map((i) => formatInstant(i, zone)),
      dates: instants.map((i) => localDateOf(i, zone)),
      ends: instants.map((i) => endOfLocalDay(i, zone)),
      parsed: ['2026-03-09T10:00', '2026-11-01T01:30', '2026-03-06'].map((s) =>
        parseDateTime(s, zone),
      ),
      gap: (() => {
        try {
          return parseDateTime('2026-03-08T02:30', zone);
        } catch (e) {
          return e instanceof Error ? e.message : String(e);
        }
      })(),
      local: atLocal('2026-03-08', '10:00', zone).toISO(),
      next: nextBusinessDayAt('2026-03-06T20:00:00.000Z', '10:00', {
        timezone: zone,
        workDays: [1, 2, 3, 4, 5],
        holidays: [],
      }).toISO(),
      clock: (() => {
        const c = localClock(zone);
        return instants.map((i) => [c.offset(Date.parse(i)), c.endOfDay(Date.parse(i))]);
      })(),
    }));
    expect(r.runtime).toEqual(r.intl);
    expect(r.runtime.gap).toContain('does not exist');
  });

  it('is valid without Intl only for the declared zone; other names take the checked path', () => {
    useRuntimeZone('America/Toronto');
    expect(isRuntimeZone('America/Toronto')).toBe(true);
    expect(isValidZone('America/Toronto')).toBe(true);
    expect(isRuntimeZone('Europe/Paris')).toBe(false);
    expect(isValidZone('Europe/Paris')).toBe(true);
    expect(isValidZone('Not/AZone')).toBe(false);
    expect(zoneOf('Europe/Paris')).toBe('Europe/Paris');
    useRuntimeZone(undefined);
    expect(isRuntimeZone('America/Toronto')).toBe(false);
  });

  it('knows UTC without asking Intl: the default policy is built for it on every start', () => {
    const spy = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      expect(isValidZone('UTC')).toBe(true);
      expect(isValidZone('Etc/UTC')).toBe(true);
      const clock = localClock('UTC');
      expect(clock.offset(Date.UTC(2026, 2, 9, 12))).toBe(0);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
