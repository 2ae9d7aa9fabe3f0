import { describe, expect, it } from 'vitest';
import { listInterviewsInput } from './interviews/schema.js';
import { parseInput, resolveSchema } from './input.js';

const fromOf = (v: unknown): unknown => (v as { from?: unknown }).from;

describe('resolveSchema', () => {
  it('builds a zone-dependent schema once per zone and reuses it', () => {
    const toronto = resolveSchema(listInterviewsInput, 'America/Toronto');
    expect(resolveSchema(listInterviewsInput, 'America/Toronto')).toBe(toronto);
    const paris = resolveSchema(listInterviewsInput, 'Europe/Paris');
    expect(paris).not.toBe(toronto);
    // Each resolves local date-times in its own zone.
    const from = { from: '2026-03-09T10:00' };
    expect(fromOf(parseInput(toronto, from))).toBe('2026-03-09T14:00:00.000Z');
    expect(fromOf(parseInput(paris, from))).toBe('2026-03-09T09:00:00.000Z');
  });

  it('keeps a few zones only, the oldest out first', () => {
    const first = resolveSchema(listInterviewsInput, 'Asia/Tokyo');
    for (const z of ['Europe/Berlin', 'Europe/Madrid', 'Europe/Rome', 'Europe/Oslo']) {
      resolveSchema(listInterviewsInput, z);
    }
    const again = resolveSchema(listInterviewsInput, 'Asia/Tokyo');
    expect(again).not.toBe(first);
    expect(fromOf(parseInput(again, { from: '2026-03-09T10:00' }))).toBe(
      '2026-03-09T01:00:00.000Z',
    );
  });

  it('returns a plain schema as it is', () => {
    const s = listInterviewsInput('UTC');
    expect(resolveSchema(s, 'Europe/Paris')).toBe(s);
  });
});
