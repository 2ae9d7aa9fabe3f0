import { describe, expect, it } from 'vitest';
import { AfterviewError } from './errors.js';
import { canTransition, checkTransition, STATUSES, type Status } from './status.js';

/** Every legal move, written out by hand so the table is the specification (PRODUCT.md §4). */
const LEGAL: Record<Status, Status[]> = {
  saved: ['applied', 'interviewing', 'offer', 'rejected', 'withdrawn', 'ghosted'],
  applied: ['interviewing', 'offer', 'rejected', 'withdrawn', 'ghosted'],
  interviewing: ['offer', 'rejected', 'withdrawn', 'ghosted'],
  offer: ['accepted', 'declined', 'rejected', 'withdrawn', 'ghosted'],
  accepted: [],
  declined: [],
  rejected: [],
  withdrawn: [],
  ghosted: [],
};

describe('application status machine', () => {
  const pairs = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const));

  it.each(pairs)('%s → %s follows the table', (from, to) => {
    expect(canTransition(from, to)).toBe(LEGAL[from].includes(to));
  });

  it('checks 81 pairs, 20 of them legal', () => {
    expect(pairs).toHaveLength(81);
    expect(pairs.filter(([f, t]) => canTransition(f, t))).toHaveLength(20);
  });

  it('refuses accepted → applied as a conflict naming both states', () => {
    expect(() => checkTransition('accepted', 'applied')).toThrow(
      /accepted to applied: accepted is final/,
    );
  });

  it('refuses moving backwards', () => {
    expect(() => checkTransition('offer', 'applied')).toThrow(/only moves forward/);
  });

  it('refuses an unknown status as invalid input', () => {
    try {
      checkTransition('applied', 'hired');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AfterviewError);
      expect((e as AfterviewError).code).toBe('invalid_input');
      expect((e as AfterviewError).message).toContain('unknown status "hired"');
    }
  });

  it('refuses staying in place', () => {
    expect(() => checkTransition('applied', 'applied')).toThrow(/already applied/);
  });

  it('returns the new status for a legal move', () => {
    expect(checkTransition('interviewing', 'offer')).toBe('offer');
  });
});
