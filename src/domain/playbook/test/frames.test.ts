import { describe, expect, it } from 'vitest';
import { FRAMES, frameInstant, inFrame } from './frames.js';

const frame = (name: string) => FRAMES.find((f) => f.name.startsWith(name))!;

describe('scenario frames', () => {
  it('keep the local wall-clock time and the weekday, on the moved date, in the zone', () => {
    // Friday 2026-10-30 14:45 in Toronto (EDT, UTC-4).
    const friday = '2026-10-30T18:45:00.000Z';
    expect(frameInstant(friday, frame('Toronto, before DST ends'))).toBe(friday);
    // Friday 6 March 14:45 EST (UTC-5).
    expect(frameInstant(friday, frame('Toronto, before DST starts'))).toBe(
      '2026-03-06T19:45:00.000Z',
    );
    // Friday 27 March 14:45 CET (UTC+1); Friday 23 October 14:45 CEST (UTC+2).
    expect(frameInstant(friday, frame('Berlin, before summer time starts'))).toBe(
      '2026-03-27T13:45:00.000Z',
    );
    expect(frameInstant(friday, frame('Berlin, before summer time ends'))).toBe(
      '2026-10-23T12:45:00.000Z',
    );
    // 14:45 IST (UTC+5:30).
    expect(frameInstant(friday, frame('Kolkata, autumn'))).toBe('2026-10-30T09:15:00.000Z');
    for (const f of FRAMES) expect(Math.abs(f.days % 7), f.name).toBe(0);
  });

  it('move dates, zone names and dates inside patterns; leave other text', () => {
    const moved = inFrame(
      { on: '2026-11-27', zone: 'America/Toronto', title: /deadline 2026-11-27/, note: 'x' },
      frame('Berlin, before summer time ends'),
    );
    expect(moved).toEqual({
      on: '2026-11-20',
      zone: 'Europe/Berlin',
      title: /deadline 2026-11-20/,
      note: 'x',
    });
  });
});
