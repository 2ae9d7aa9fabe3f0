import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { actionUid, buildCalendar, EventMemo, interviewUid } from './calendar.js';
import { foldLines } from './fold.js';
import { actionOf, interviewOf } from './test/builders.js';
import { parseCalendar, type ParsedEvent } from './test/parse.js';
import type { CalendarInput } from './types.js';

const APP = 'http://127.0.0.1:4747';
const NOW = '2026-03-05T15:00:00.000Z';

const build = (over: Partial<CalendarInput> = {}, memo?: EventMemo): string =>
  buildCalendar(
    {
      actions: [],
      interviews: [],
      appUrl: APP,
      zone: 'America/Toronto',
      now: NOW,
      ...over,
    },
    memo,
  );

const byUid = (events: ParsedEvent[], uid: string): ParsedEvent => {
  const e = events.find((x) => x.uid === uid);
  if (e === undefined) throw new Error(`no event ${uid}`);
  return e;
};

/** `HH:MM` of an instant in a zone. */
const wall = (d: Date, zone: string): string =>
  DateTime.fromJSDate(d, { zone }).toFormat('yyyy-MM-dd HH:mm');
const at = (local: string, zone: string): string =>
  DateTime.fromISO(local, { zone }).toUTC().toISO() ?? '';

describe('buildCalendar, parsed back with ical.js', () => {
  it('writes an action with its why, a link back, and an alarm at the due time', () => {
    const cal = parseCalendar(build({ actions: [actionOf()] }));
    expect(cal.props).toMatchObject({ version: '2.0', prodid: '-//Afterview//Afterview//EN' });
    expect(cal.props['x-wr-calname']).toBe('Afterview');
    expect(cal.props['refresh-interval']).toBe('PT1H');
    expect(cal.timezones).toBe(0);
    expect(cal.events).toHaveLength(1);
    const e = cal.events[0]!;
    expect(e).toEqual({
      uid: 'action-thank_you:i1:c1@afterview',
      summary: 'E-mail a thank-you note to Priya Raman',
      description:
        'Why: Thank the interviewer right away (seed 002).\nNorthwind Traders · Backend Engineer\nOpen in Afterview: http://127.0.0.1:4747/applications/7',
      location: null,
      url: 'http://127.0.0.1:4747/applications/7',
      status: 'CONFIRMED',
      transp: 'TRANSPARENT',
      start: new Date('2026-03-09T14:00:00.000Z'),
      end: new Date('2026-03-09T14:15:00.000Z'),
      startUtc: true,
      stamp: new Date('2026-03-02T22:00:00.000Z'),
      sequence: 68421600,
      alarms: [
        {
          action: 'DISPLAY',
          trigger: 'PT0S',
          seconds: 0,
          description: 'E-mail a thank-you note to Priya Raman',
        },
      ],
    });
  });

  it('writes an interview with location, interviewers and alarms a day and an hour before', () => {
    const cal = parseCalendar(
      build({ interviews: [interviewOf({ timeZone: 'Europe/Berlin', notes: 'Bring the ADR' })] }),
    );
    const e = byUid(cal.events, 'interview-3@afterview');
    expect(e.summary).toBe('Interview: Backend Engineer at Northwind Traders');
    expect(e.location).toBe('https://meet.example/abc-defg');
    expect(e.url).toBe('http://127.0.0.1:4747/applications/7');
    expect(e.transp).toBe('OPAQUE');
    expect(e.start).toEqual(new Date('2026-03-12T15:00:00.000Z'));
    expect(e.end).toEqual(new Date('2026-03-12T15:45:00.000Z'));
    expect(e.description.split('\n')).toEqual([
      'Round 2, video interview, 45 min.',
      'Interviewers: Priya Raman (Engineering Manager) <priya@northwind.example>, Tom Becker',
      'Join: https://meet.example/abc-defg',
      'Their time: Thu 2026-03-12 16:00 (Europe/Berlin)',
      'Notes: Bring the ADR',
      'Before you leave, ask about the next steps and when you should follow up (seeds 001, 004).',
      'Brief and plan in Afterview: http://127.0.0.1:4747/applications/7',
    ]);
    expect(e.alarms.map((a) => [a.action, a.trigger, a.seconds])).toEqual([
      ['DISPLAY', '-P1D', -86400],
      ['DISPLAY', '-PT1H', -3600],
    ]);
    expect(e.alarms[0]!.description).toBe(
      'Tomorrow: Interview: Backend Engineer at Northwind Traders',
    );
  });

  it('keeps commas, semicolons, backslashes, newlines and non-ASCII text intact', () => {
    const title = 'Thank Jürgen Müller, Zoë; and Łukasz — 東京 office 🎉 \\ done';
    const why = 'Line one; with, commas\nLine two: «quotes» and a tab\there\r\nLine three';
    const location = 'Straße 1, 10115 Berlin; 3rd floor\nRing twice';
    const ics = build({
      actions: [actionOf({ title, why, company: 'Müller & Söhne GmbH', role: 'Entwickler' })],
      interviews: [interviewOf({ location, interviewers: [], notes: 'ß; ç, ñ\n✓' })],
    });
    const cal = parseCalendar(ics);
    const a = byUid(cal.events, actionUid('thank_you:i1:c1'));
    expect(a.summary).toBe(title);
    // Line breaks of any kind come back as \n (iCalendar has one escape for them).
    expect(a.description).toBe(
      'Why: Line one; with, commas\nLine two: «quotes» and a tab\there\nLine three\nMüller & Söhne GmbH · Entwickler\nOpen in Afterview: http://127.0.0.1:4747/applications/7',
    );
    expect(a.alarms[0]!.description).toBe(title);
    const i = byUid(cal.events, interviewUid(3));
    expect(i.location).toBe('Straße 1, 10115 Berlin; 3rd floor\nRing twice');
    expect(i.description).toContain('Interviewers: not named yet.');
    expect(i.description).toContain('Notes: ß; ç, ñ\n✓');
    expect(i.description).not.toContain('Join:');
    // The raw text is escaped and folded as RFC 5545 says.
    expect(ics).toContain('SUMMARY:Thank Jürgen Müller\\, Zoë\\; and Łukasz');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps local clock times across the November change in New York', () => {
    const zone = 'America/New_York';
    const locals = ['2026-10-30T10:00', '2026-10-31T23:30', '2026-11-01T01:30', '2026-11-02T10:00'];
    const actions = locals.map((l, n) =>
      actionOf({ id: n + 1, key: `follow_up:i${String(n)}:1`, due: at(l, zone) }),
    );
    const cal = parseCalendar(build({ actions, zone }));
    const starts = locals.map((_, n) => byUid(cal.events, actionUid(`follow_up:i${String(n)}:1`)));
    expect(starts.map((e) => wall(e.start, zone))).toEqual([
      '2026-10-30 10:00',
      '2026-10-31 23:30',
      '2026-11-01 01:30',
      '2026-11-02 10:00',
    ]);
    // 10:00 EDT is 14:00Z, 10:00 EST is 15:00Z: the instants, not the wall clock, are written.
    expect(starts[0]!.start.toISOString()).toBe('2026-10-30T14:00:00.000Z');
    expect(starts[3]!.start.toISOString()).toBe('2026-11-02T15:00:00.000Z');
    expect(starts.every((e) => e.startUtc)).toBe(true);
  });

  it('keeps interview times across the March change in Berlin, alarms relative to the start', () => {
    const zone = 'Europe/Berlin';
    const interviews = [
      interviewOf({ id: 1, startAt: at('2026-03-28T09:00', zone) }),
      interviewOf({ id: 2, startAt: at('2026-03-29T09:00', zone), durationMin: 90 }),
      interviewOf({ id: 3, startAt: at('2026-03-30T09:00', zone) }),
    ];
    const cal = parseCalendar(build({ interviews, zone, now: '2026-03-20T00:00:00.000Z' }));
    const [a, b, c] = [1, 2, 3].map((id) => byUid(cal.events, interviewUid(id)));
    expect([a, b, c].map((e) => wall(e!.start, zone))).toEqual([
      '2026-03-28 09:00',
      '2026-03-29 09:00',
      '2026-03-30 09:00',
    ]);
    expect(a!.start.toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(c!.start.toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(wall(b!.end, zone)).toBe('2026-03-29 10:30');
    // Their own zone equals the user's: no "Their time" line.
    expect(b!.description).not.toContain('Their time');
  });

  it('leaves out closed actions, cancelled interviews and interviews long past', () => {
    const ics = build({
      actions: [
        actionOf({ id: 1, key: 'a:1' }),
        actionOf({ id: 2, key: 'a:2', status: 'done' }),
        actionOf({ id: 3, key: 'a:3', status: 'skipped' }),
        actionOf({ id: 4, key: 'a:4', status: 'cancelled' }),
      ],
      interviews: [
        interviewOf({ id: 1, state: 'cancelled' }),
        interviewOf({ id: 2, state: 'held', startAt: '2026-01-20T15:00:00.000Z' }),
        interviewOf({ id: 3, state: 'held', startAt: '2026-03-02T15:00:00.000Z' }),
        interviewOf({ id: 4 }),
      ],
    });
    expect(parseCalendar(ics).events.map((e) => e.uid)).toEqual([
      'interview-3@afterview',
      'interview-4@afterview',
      'action-a:1@afterview',
    ]);
    expect(ics).not.toContain('CANCELLED');
  });

  it('is stable: same data, same bytes; a changed action keeps its UID', () => {
    const input = { actions: [actionOf()], interviews: [interviewOf()] };
    expect(build(input)).toBe(build({ ...input, now: '2026-03-06T15:00:00.000Z' }));
    const moved = parseCalendar(
      build({ actions: [actionOf({ title: 'Call Priya', due: '2026-03-10T14:00:00.000Z' })] }),
    );
    expect(moved.events[0]!.uid).toBe('action-thank_you:i1:c1@afterview');
    const later = parseCalendar(
      build({ actions: [actionOf({ updatedAt: '2026-03-03T09:00:00.000Z' })] }),
    );
    expect(later.events[0]!.sequence).toBeGreaterThan(
      parseCalendar(build(input)).events[0]!.sequence,
    );
  });

  it('keeps UIDs to safe characters and links a free-standing action to the app', () => {
    const cal = parseCalendar(
      build({
        actions: [actionOf({ key: 'manual:a b,c;d\\é', applicationId: null, company: null })],
      }),
    );
    expect(cal.events[0]!.uid).toBe('action-manual:a%20b%2Cc%3Bd%5C%E9@afterview');
    expect(cal.events[0]!.url).toBe('http://127.0.0.1:4747/');
  });
});

describe('foldLines', () => {
  it('folds at 75 octets without splitting a character, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'aé東🎉'.repeat(40)}`;
    const folded = foldLines(`${line}\r\nSHORT:x\r\n`);
    const lines = folded.split('\r\n');
    for (const l of lines) {
      expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
      expect(l).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    expect(lines.slice(1, -3).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`${line}\r\nSHORT:x\r\n`);
  });

  it('leaves lines of exactly 75 octets alone and folds the 76th', () => {
    expect(foldLines('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLines('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLines('x'.repeat(150))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
  });
});

describe('EventMemo', () => {
  it('re-serialises only what changed, and forgets what left the calendar', () => {
    const memo = new EventMemo();
    const actions = [actionOf({ key: 'a:1' }), actionOf({ key: 'a:2', title: 'Two' })];
    const first = build({ actions }, memo);
    expect(memo.size).toBe(2);
    expect(build({ actions }, memo)).toBe(first);
    const changed = build(
      { actions: [actions[0]!, { ...actions[1]!, title: 'Two, changed' }] },
      memo,
    );
    expect(changed).toBe(
      build({ actions: [actions[0]!, { ...actions[1]!, title: 'Two, changed' }] }),
    );
    expect(parseCalendar(changed).events[1]!.summary).toBe('Two, changed');
    build({ actions: [] }, memo);
    build({ actions: [] }, memo);
    expect(memo.size).toBe(0);
  });
});
