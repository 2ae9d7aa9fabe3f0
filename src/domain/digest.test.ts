import { describe, expect, it } from 'vitest';
import {
  composeDigest,
  digestDueDay,
  digestKey,
  nextDigestAt,
  type DigestAction,
} from './digest.js';
import { defaultPolicy, defaultProfile, type Policy, type Profile } from './settings.js';

const settings = (over: Partial<Policy & Profile> = {}): Policy & Profile => ({
  ...defaultPolicy('America/Toronto'),
  ...defaultProfile(),
  name: 'Alex Doe',
  ...over,
});
const APP = 'http://127.0.0.1:4747';

const action = (over: Partial<DigestAction>): DigestAction => ({
  id: 1,
  title: 'Follow up with Priya Raman',
  due: '2026-03-09T14:00:00.000Z',
  why: 'Follow up when they said (seed 001).',
  applicationId: 4,
  company: 'Northwind Traders',
  role: 'Backend Engineer',
  ...over,
});

describe('digestDueDay', () => {
  it('is today once the digest time has come on a work day', () => {
    // Monday 9 March 2026, Toronto (EDT since 8 March): 08:00 local is 12:00Z.
    expect(digestDueDay('2026-03-09T11:59:59.000Z', settings())).toBeNull();
    expect(digestDueDay('2026-03-09T12:00:00.000Z', settings())).toBe('2026-03-09');
    expect(digestDueDay('2026-03-10T03:59:00.000Z', settings())).toBe('2026-03-09');
    expect(digestDueDay('2026-03-10T04:00:00.000Z', settings())).toBeNull();
  });

  it('skips weekends, holidays and other work days, and is off when disabled', () => {
    expect(digestDueDay('2026-03-07T15:00:00.000Z', settings())).toBeNull();
    expect(
      digestDueDay('2026-03-09T15:00:00.000Z', settings({ holidays: ['2026-03-09'] })),
    ).toBeNull();
    expect(digestDueDay('2026-03-07T15:00:00.000Z', settings({ workDays: [6] }))).toBe(
      '2026-03-07',
    );
    expect(digestDueDay('2026-03-09T15:00:00.000Z', settings({ digestEnabled: false }))).toBeNull();
    expect(digestDueDay('2026-03-09T13:00:00.000Z', settings({ digestTime: '09:30' }))).toBeNull();
  });

  it('finds the next digest time after now, across a weekend and a DST change', () => {
    // Friday 6 March 09:00 EST → Monday 9 March 08:00 EDT (DST began on Sunday).
    expect(nextDigestAt('2026-03-06T14:00:00.000Z', settings())).toBe('2026-03-09T12:00:00.000Z');
    expect(nextDigestAt('2026-03-06T12:00:00.000Z', settings())).toBe('2026-03-06T13:00:00.000Z');
    expect(nextDigestAt('2026-03-06T12:00:00.000Z', settings({ digestEnabled: false }))).toBeNull();
    expect(digestKey('2026-03-09')).toBe('digest:2026-03-09');
  });
});

describe('composeDigest', () => {
  it("lists overdue and today's actions with why and link, earliest first", () => {
    const d = composeDigest(
      [
        action({ id: 3, title: 'Debrief, quickly', due: '2026-03-09T18:00:00.000Z' }),
        action({
          id: 2,
          title: 'Send the references',
          due: '2026-03-06T22:00:00.000Z',
          applicationId: null,
          company: null,
          role: null,
        }),
        action({ id: 1, due: '2026-03-09T14:00:00.000Z' }),
        action({ id: 9, title: 'Tomorrow', due: '2026-03-10T14:00:00.000Z' }),
      ],
      '2026-03-09T12:00:00.000Z',
      settings(),
      APP,
    );
    expect(d.date).toBe('2026-03-09');
    expect(d.subject).toBe('Afterview: 1 overdue, 2 due today (Mon 9 Mar)');
    expect(d.overdue.map((a) => a.id)).toEqual([2]);
    expect(d.today.map((a) => a.id)).toEqual([1, 3]);
    expect(d.text).toBe(
      [
        'Hello Alex, here is your day in Afterview.',
        '',
        'Overdue: 1 action',
        '',
        '- Fri 6 Mar 17:00  Send the references',
        '  Why: Follow up when they said (seed 001).',
        '  http://127.0.0.1:4747/',
        '',
        'Today, Monday 9 March: 2 actions',
        '',
        '- 10:00  Follow up with Priya Raman',
        '  Northwind Traders · Backend Engineer',
        '  Why: Follow up when they said (seed 001).',
        '  http://127.0.0.1:4747/applications/4',
        '',
        '- 14:00  Debrief, quickly',
        '  Northwind Traders · Backend Engineer',
        '  Why: Follow up when they said (seed 001).',
        '  http://127.0.0.1:4747/applications/4',
        '',
        'Everything in Afterview: http://127.0.0.1:4747/',
        '',
        '--',
        "Afterview sends this on work days at 08:00. Change the time or turn it off in Afterview's settings (digest.time, digest.enabled).",
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing is due', () => {
    const d = composeDigest([], '2026-03-09T12:00:00.000Z', settings({ name: '' }), APP);
    expect(d.subject).toBe('Afterview: nothing due today (Mon 9 Mar)');
    expect(d.text).toContain('Hello, here is your day');
    expect(d.text).toContain('Nothing is due today and nothing is overdue.');
  });
});
