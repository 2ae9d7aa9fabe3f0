import { parse } from 'csv-parse/sync';

/**
 * A CSV file as rows of trimmed cells: quoted fields, CRLF or LF, a byte-order mark, blank
 * lines skipped. Rows may differ in length; callers check what they need.
 */
export function csvRows(text: string): string[][] {
  const rows: unknown = parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
  });
  return Array.isArray(rows)
    ? rows.map((r: unknown) => (Array.isArray(r) ? r.map((c: unknown) => String(c)) : []))
    : [];
}
