import { describe, expect, it } from 'vitest';
import { splitDue, weekOf } from './week.js';

describe("Today's arithmetic", () => {
  it('finds the Monday-to-Sunday week of a local date', () => {
    expect(weekOf('2026-03-04T15:00:00-05:00')).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(weekOf('2026-03-08T23:30:00-04:00')).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(weekOf('2026-03-09T00:10:00-04:00')).toEqual({ from: '2026-03-09', to: '2026-03-15' });
  });

  it('splits overdue from due later today by the server clock', () => {
    const now = '2026-03-04T15:00:00-05:00';
    const a = { due: '2026-03-04T12:00:00-05:00' };
    const b = { due: '2026-03-04T18:00:00-05:00' };
    expect(splitDue([a, b], now)).toEqual({ overdue: [a], today: [b] });
    expect(splitDue([a], undefined)).toEqual({ overdue: [], today: [a] });
  });
});
