/**
 * RFC 5545 §3.1 line folding: a content line longer than 75 octets is split, each continuation
 * starting with one space. Octets, not characters: a UTF-8 sequence (or a UTF-16 surrogate pair)
 * is never cut in two. ical-generator folds too, but one TextEncoder per character makes its fold
 * take seconds on a 10,000-event feed; this one works on UTF-16 code units and slices.
 */
export function foldLines(text: string): string {
  const lines = text.split('\r\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // At most 3 octets per code unit: a line this short cannot be over 75 octets.
    if (line.length * 3 <= 75) continue;
    lines[i] = foldLine(line);
  }
  return lines.join('\r\n');
}

const LIMIT = 75;

function foldLine(line: string): string {
  const parts: string[] = [];
  let start = 0;
  // The first line may hold 75 octets; a continuation 74 after its leading space.
  let room = LIMIT;
  let used = 0;
  for (let i = 0; i < line.length;) {
    const c = line.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < line.length;
    const units = pair ? 2 : 1;
    const octets = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (used + octets > room) {
      parts.push(line.slice(start, i));
      start = i;
      room = LIMIT - 1;
      used = 0;
    }
    used += octets;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}
