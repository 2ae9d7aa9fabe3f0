import { describe, expect, it } from 'vitest';
import type { FindingJson } from '../api/types.js';
import { segments } from './segments.js';

const finding = (start: number, end: number, severity: FindingJson['severity']): FindingJson => ({
  rule: 'r',
  severity,
  message: 'm',
  field: 'body',
  start,
  end,
  remedy: null,
});

describe('segments: the note cut where findings start and end', () => {
  it('marks each finding over exactly its span and leaves the rest plain', () => {
    const s = segments('Please let me know soon', [finding(7, 18, 'error')]);
    expect(s.map((x) => [x.text, x.severity])).toEqual([
      ['Please ', null],
      ['let me know', 'error'],
      [' soon', null],
    ]);
    expect(s.map((x) => x.text).join('')).toBe('Please let me know soon');
  });

  it('shows the most serious finding where two overlap, and keeps both', () => {
    const s = segments('abcdef', [finding(0, 4, 'warning'), finding(2, 6, 'error')]);
    expect(s.map((x) => [x.text, x.severity, x.findings])).toEqual([
      ['ab', 'warning', [0]],
      ['cd', 'error', [0, 1]],
      ['ef', 'error', [1]],
    ]);
  });

  it('marks nothing for a whole-note finding (empty span) and clamps stale offsets', () => {
    expect(segments('short', [finding(0, 0, 'error')])).toEqual([
      { text: 'short', severity: null, findings: [] },
    ]);
    const s = segments('short', [finding(3, 40, 'warning')]);
    expect(s.map((x) => [x.text, x.severity])).toEqual([
      ['sho', null],
      ['rt', 'warning'],
    ]);
  });

  it('counts offsets in UTF-16 units, as the server does', () => {
    const text = 'Chloé 👋 hi';
    const at = text.indexOf('hi');
    const s = segments(text, [finding(at, at + 2, 'warning')]);
    expect(s.at(-1)).toEqual({ text: 'hi', severity: 'warning', findings: [0] });
  });
});
