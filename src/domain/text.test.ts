import { describe, expect, it } from 'vitest';
import { hasControl, isOneLine, isWellFormed, printable } from './text.js';

describe('printable', () => {
  it('drops NUL, BEL, ESC and C1 controls, keeping lines when asked', () => {
    const s = 'a\u0000b\u0007c\u001b[31md\u009b2Je\r\nf\tg';
    expect(printable(s, { lines: true })).toBe('abc[31md2Je\nf\tg');
    expect(printable(s)).toBe('a b c [31md 2Je f g');
    expect(printable('Subject\r\nBcc: x@y.z')).toBe('Subject Bcc: x@y.z');
    expect(printable('one\u2028two')).toBe('one two');
  });

  it('leaves ordinary text alone', () => {
    const s = 'Straße 1; ç, ñ ✓ — “quoted” 😀';
    expect(printable(s)).toBe(s);
    expect(printable(s, { lines: true })).toBe(s);
  });
});

describe('checks', () => {
  it('tells typed text from controls and broken surrogates', () => {
    expect(hasControl('line one\nline two\ttab\r\n')).toBe(false);
    expect(hasControl('bell\u0007')).toBe(true);
    expect(isOneLine('Sam Rivera')).toBe(true);
    expect(isOneLine('Sam\nRivera')).toBe(false);
    expect(isWellFormed('emoji 😀')).toBe(true);
    expect(isWellFormed('\ud800x')).toBe(false);
    expect(isWellFormed('x\udc00')).toBe(false);
  });
});
