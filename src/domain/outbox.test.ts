import { describe, expect, it } from 'vitest';
import { MESSAGE_STATES } from './types.js';
import {
  assertMove,
  canMove,
  classifyFailure,
  isEditable,
  retryDelayMs,
  spacingVerdict,
  VIAS_BY_CHANNEL,
} from './outbox.js';

describe('outbox state machine', () => {
  it('allows exactly the moves of draft → approved → scheduled → sending → sent | failed', () => {
    const legal = MESSAGE_STATES.flatMap((from) =>
      MESSAGE_STATES.filter((to) => canMove(from, to)).map((to) => `${from}→${to}`),
    );
    expect(legal).toEqual([
      'draft→draft',
      'draft→approved',
      'approved→draft',
      'approved→scheduled',
      'scheduled→draft',
      'scheduled→sending',
      'sending→scheduled',
      'sending→sent',
      'sending→failed',
      'failed→draft',
      'failed→scheduled',
    ]);
  });

  it('never leaves sent, and says why', () => {
    for (const to of MESSAGE_STATES) expect(canMove('sent', to)).toBe(false);
    expect(() => {
      assertMove(3, 'sent', 'scheduled');
    }).toThrow(/message 3: it was already sent/);
    expect(() => {
      assertMove(3, 'draft', 'sending');
    }).toThrow(/a draft message cannot become sending/);
  });

  it('only unsent, unclaimed messages can change', () => {
    expect(MESSAGE_STATES.filter(isEditable)).toEqual(['draft', 'approved', 'scheduled', 'failed']);
  });

  it('knows how each channel leaves', () => {
    expect(VIAS_BY_CHANNEL.email).toEqual(['smtp', 'eml']);
    expect(VIAS_BY_CHANNEL.letter).toEqual(['pdf']);
    expect(VIAS_BY_CHANNEL.phone).toEqual(['manual']);
  });
});

describe('retries', () => {
  it('backs off ×3 from the base, capped at 15 minutes', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 2000))).toEqual([2000, 6000, 18000, 54000]);
    expect(retryDelayMs(20, 2000)).toBe(15 * 60_000);
  });

  it.each([
    [{ code: 'EMESSAGE', responseCode: 550, dataSent: true }, 'permanent'],
    [{ code: 'EENVELOPE', responseCode: 553, dataSent: false }, 'permanent'],
    [{ code: 'EMESSAGE', responseCode: 451, dataSent: true }, 'retry'],
    [{ code: 'EPROTOCOL', responseCode: 503, dataSent: false }, 'retry'],
    [{ code: 'EAUTH', responseCode: null, dataSent: false }, 'permanent'],
    [{ code: 'ESOCKET', responseCode: null, dataSent: false }, 'retry'],
    [{ code: 'ETIMEDOUT', responseCode: null, dataSent: false }, 'retry'],
    [{ code: 'ECONNECTION', responseCode: null, dataSent: true }, 'unknown'],
    [{ code: 'ETIMEDOUT', responseCode: null, dataSent: true }, 'unknown'],
  ] as const)('%o is %s', (failure, verdict) => {
    expect(classifyFailure(failure)).toBe(verdict);
  });
});

describe('spacing guard (seed 001: not too frequent)', () => {
  const zone = 'America/Toronto';
  it('refuses a follow-up fewer than 7 local days after the last one', () => {
    const last = '2026-03-09T19:30:00Z'; // Monday 15:30 local
    expect(spacingVerdict([last], '2026-03-15T14:00:00Z', zone, 7)).toEqual({
      last,
      allowedFrom: '2026-03-16',
    });
    // The next Monday at 10:00 is seven local days later, earlier in the day: allowed.
    expect(spacingVerdict([last], '2026-03-16T14:00:00Z', zone, 7)).toBeNull();
  });

  it('counts local days across a DST change and picks the latest follow-up', () => {
    const older = '2026-02-20T15:00:00Z';
    const last = '2026-03-06T23:30:00Z'; // Friday 18:30 EST
    // Sunday 8 March DST starts; Friday 13 March 00:30 EDT is day 7: allowed.
    expect(spacingVerdict([older, last], '2026-03-13T04:30:00Z', zone, 7)).toBeNull();
    expect(spacingVerdict([last, older], '2026-03-13T03:30:00Z', zone, 7)?.allowedFrom).toBe(
      '2026-03-13',
    );
  });

  it('lets anything through without history or with spacing off', () => {
    expect(spacingVerdict([], '2026-03-15T14:00:00Z', zone, 7)).toBeNull();
    expect(spacingVerdict(['2026-03-15T13:00:00Z'], '2026-03-15T14:00:00Z', zone, 0)).toBeNull();
  });
});
