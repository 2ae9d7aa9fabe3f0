import { parse, type Options } from 'csv-parse/sync';

/** A CSV record with the line it starts on (1-based, counting every line of the file). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  reason: string;
}

interface Parsed {
  record: string[];
  raw: string;
  info: { lines: number };
}

const newlines = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * Reads CSV text into records that keep their line numbers, for importers that report the rows
 * they cannot read by line. Quoted fields (commas, quotes and line breaks inside), CRLF or LF and a
 * byte-order mark are handled by csv-parse; blank lines come back as records with one empty cell,
 * so callers decide what a blank row means. A record csv-parse cannot read is a problem, not a
 * failure: the rest of the file is still read. With `startsAt`, the records before the first one
 * (within the first `within` lines) that it accepts are a preamble and left out.
 */
export function csvRecords(
  text: string,
  opts: { startsAt?: (cells: string[]) => boolean; within?: number } = {},
): { records: CsvRecord[]; problems: CsvProblem[] } {
  // One line break everywhere: csv-parse counts a CRLF inside a quoted field as two lines.
  const lf = text.replace(/\r\n?/gu, '\n');
  const problems: CsvProblem[] = [];
  const options: Options = {
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    raw: true,
    info: true,
    skip_records_with_error: true,
    on_skip: (err: { lines?: number; code?: string } | undefined, raw?: string) => {
      const line = (err?.lines ?? 0) - (raw === undefined ? 0 : newlines(raw.replace(/\n$/u, '')));
      problems.push({
        line: Math.max(1, line),
        reason:
          err?.code === 'CSV_QUOTE_NOT_CLOSED'
            ? 'a quoted field is never closed, so the rest of the file from this line could not be read'
            : 'this line is not valid CSV',
      });
    },
  };
  const read = (more: { from_line?: number; to_line?: number }) =>
    (parse(lf, { ...options, ...more }) as unknown as Parsed[]).map((r) => ({
      line: r.info.lines - newlines(r.raw.replace(/\n$/u, '')),
      cells: r.record,
    }));
  // csv-parse expects every record as long as the first, and builds an error (copying its
  // options) for each record that is not, even when told to relax: after a one-cell preamble
  // that is every row of the file. So the preamble is found first and the parse starts at the
  // header.
  let from: number | undefined;
  if (opts.startsAt !== undefined) {
    const head = read({ to_line: opts.within ?? 25 });
    from = head.find((r) => opts.startsAt?.(r.cells) === true)?.line;
    problems.length = 0;
  }
  return { records: read(from === undefined ? {} : { from_line: from }), problems };
}
