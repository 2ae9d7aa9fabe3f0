import { describe, expect, it } from 'vitest';
import { formatDate, formatWhen, isBefore } from './format.js';

describe('format: the wall clock of the user’s zone, whatever the browser’s', () => {
  it('shows the digits of the instant’s own offset', () => {
    expect(formatWhen('2026-03-09T10:00:00-04:00')).toBe('Mon 9 Mar 2026, 10:00');
    expect(formatWhen('2026-03-06T23:30:00+09:00', 2026)).toBe('Fri 6 Mar, 23:30');
  });

  it('formats plain dates and says nothing for missing ones', () => {
    expect(formatDate('2026-12-25')).toBe('Fri 25 Dec 2026');
    expect(formatWhen(null)).toBe('—');
  });

  it('compares instants, not their text', () => {
    expect(isBefore('2026-03-09T10:00:00-04:00', '2026-03-09T14:30:00Z')).toBe(true);
    expect(isBefore('2026-03-09T10:00:00-04:00', '2026-03-09T13:30:00Z')).toBe(false);
  });
});
