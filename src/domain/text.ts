/**
 * Text that leaves us for a terminal, a calendar file or a mail header. Stored text is the
 * user's (a note may hold anything they pasted), but a control character written raw can recolour
 * a terminal (ESC), ring it (BEL), end a header line (CR/LF) or cut a calendar line (NUL), so
 * every such output goes through `printable`.
 */

/** C0 controls except TAB and LF, DEL, and the C1 controls (U+0080–U+009F, e.g. CSI U+009B). */
// eslint-disable-next-line no-control-regex
const CONTROL_KEEP_LINES = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_ALL = /[\u0000-\u001F\u007F-\u009F]/g;
/** Line and paragraph separators read as line breaks by some terminals and parsers. */
const SEPARATORS = /[\u2028\u2029]/g;

/**
 * `s` without control characters. `lines: true` keeps line feeds and tabs (a multi-line text in
 * a terminal or a calendar description); otherwise every control becomes a space (one header
 * line, a title). A CR before an LF is dropped, not turned into a space.
 */
export function printable(s: string, opts: { lines?: boolean } = {}): string {
  if (opts.lines === true) {
    return s.replace(/\r\n/g, '\n').replace(CONTROL_KEEP_LINES, '').replace(SEPARATORS, '\n');
  }
  return s.replace(/\r\n/g, ' ').replace(CONTROL_ALL, ' ').replace(SEPARATORS, ' ');
}

/** Whether `s` has a control character other than TAB, LF and CR (not text a person types). */
// eslint-disable-next-line no-control-regex
const TYPED_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
export const hasControl = (s: string): boolean => TYPED_CONTROL.test(s);

/** Whether `s` is one line of text: no control character at all, not even a line break. */
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
export const isOneLine = (s: string): boolean => !ANY_CONTROL.test(s);

/**
 * Whether `s` is well-formed UTF-16: no lone surrogate (`"\ud800x"` in JSON), which cannot be
 * written as UTF-8 and would be stored as invalid bytes.
 */
export const isWellFormed = (s: string): boolean =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
