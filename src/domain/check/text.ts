/** Text helpers for the note check: words with their spans, counts, positions. */

export interface Span {
  text: string;
  start: number;
  end: number;
}

const ASCII = /^[\x20-\x7e]*$/;

/** Lower-case, composed (NFC), curly apostrophes straightened: the form words are compared in. */
export const fold = (s: string): string =>
  // Most words are plain ASCII: skip normalization for them (the check runs per word).
  ASCII.test(s) ? s.toLowerCase() : s.normalize('NFC').replace(/[’‘]/g, "'").toLowerCase();

// Letters and combining marks (so a decomposed "ễ" stays inside its word), digits, apostrophes
// inside words, hyphenated compounds.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*)*/gu;

/** Every word with its character span. */
export function words(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The characters a person sees (grapheme clusters): "é" typed as e + accent is one. */
export const graphemes = (s: string): string[] =>
  Array.from(segmenter.segment(s), (g) => g.segment);

/** Spans of URLs and e-mail addresses, which are not prose. */
export function nonProse(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(
    /\bhttps?:\/\/\S+|\bwww\.\S+|[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+/gu,
  )) {
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** 1-based line and column (in characters) of an offset, as editors show it. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: graphemes(lines[lines.length - 1] ?? '').length + 1 };
}

/** The greeting line (first non-empty line) and where it is. */
export function firstLine(text: string): Span | null {
  const m = /\S[^\n]*/u.exec(text);
  return m === null
    ? null
    : { text: m[0].trimEnd(), start: m.index, end: m.index + m[0].trimEnd().length };
}

const GREETING =
  /^(dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings|to)\b[\s,]*(.*?)[\s,:;!.-]*$/iu;

/**
 * The person a greeting addresses: "Dear Ms. Müller," → "Ms. Müller". null when the line is not
 * a greeting; '' when it greets nobody ("Hello,").
 */
export function greetingName(line: string): string | null {
  const m = GREETING.exec(line.trim());
  if (m === null) return null;
  // "Hi Priya, this is Sam…" (a voicemail) greets Priya; cut at the first comma.
  return (m[2] ?? '').split(/[,;:!]/u)[0]?.trim() ?? '';
}

/** The words of a name, folded, without titles: "Dr. Anna-Lena Müller" → anna-lena, anna, lena, müller. */
export function nameParts(name: string): string[] {
  const parts = words(name)
    .map((w) => fold(w.text))
    .filter((w) => !/^(mr|mrs|ms|mx|dr|prof|sir|madam)$/u.test(w));
  return [...new Set([...parts, ...parts.flatMap((p) => (p.includes('-') ? p.split('-') : []))])];
}
