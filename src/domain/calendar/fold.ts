/**
 * RFC 5545 §3.1 line folding: a content line longer than 75 octets is split, each continuation
 * starting with one space. Octets, not characters: a UTF-8 sequence (or a UTF-16 surrogate pair)
 * is never cut in two. ical-generator folds too, but one TextEncoder per character makes its fold
 * take seconds on a 10,000-event feed; this one is a single pass over the UTF-16 code units that
 * copies the text in slices, one per fold.
 */
export function foldLines(text: string): string {
  const LIMIT = 75;
  const parts: string[] = [];
  let start = 0; // start of the slice not yet copied
  let used = 0; // octets on the current (possibly continued) line
  let room = LIMIT; // 75 on a first line, 74 after a continuation's leading space
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
      i += 2;
      used = 0;
      room = LIMIT;
      continue;
    }
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    const octets = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (used + octets > room) {
      parts.push(text.slice(start, i), '\r\n ');
      start = i;
      used = 0;
      room = LIMIT - 1;
    }
    used += octets;
    i += pair ? 2 : 1;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(start));
  return parts.join('');
}
