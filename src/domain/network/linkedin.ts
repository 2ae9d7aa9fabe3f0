import { invalidInput } from '../errors.js';
import type { LocalDate } from '../types.js';

/**
 * LinkedIn's `Connections.csv` (Settings → Data privacy → Get a copy of your data), read from
 * records a CSV parser produced. The export starts with a `Notes:` preamble before its header
 * `First Name,Last Name,URL,Email Address,Company,Position,Connected On`; it has blank and
 * comma-only rows, names in any script, mostly no e-mails, and dates like `07 Nov 2024`.
 */

export interface Connection {
  /** The line of the file the row starts on, for reports. */
  line: number;
  name: string;
  url: string | null;
  email: string | null;
  employer: string | null;
  position: string | null;
  connectedOn: LocalDate | null;
}

export interface RowProblem {
  line: number;
  reason: string;
}

const COLUMNS = {
  first: 'first name',
  last: 'last name',
  url: 'url',
  email: 'email address',
  company: 'company',
  position: 'position',
  connected: 'connected on',
} as const;
type Column = keyof typeof COLUMNS;

/** The preamble is a few lines; a header further down means this is some other file. */
export const HEADER_WITHIN = 25;

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): LocalDate | null {
  if (m < 1 || m > 12 || d < 1 || y < 1990 || y > 2200) return null;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return d > days ? null : `${String(y)}-${pad(m)}-${pad(d)}`;
}

/** `07 Nov 2024` (the export's form), `7 November 2024` or `2024-11-07` → `2024-11-07`. */
export function parseConnectedOn(s: string): LocalDate | null {
  const t = s.trim();
  const dmy = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{4})$/u.exec(t);
  if (dmy !== null) {
    const month = MONTHS[(dmy[2] ?? '').toLowerCase().slice(0, 3)];
    return month === undefined ? null : validDate(Number(dmy[3]), month, Number(dmy[1]));
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(t);
  return iso === null ? null : validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
}

/**
 * A profile URL in one spelling, so a re-import finds the same person: https, no query, no
 * trailing slash, lower-case host and path (LinkedIn's public ids are case-insensitive).
 */
export function normalizeProfileUrl(s: string): string | null {
  const t = s.trim();
  if (t === '') return null;
  let u: URL;
  try {
    u = new URL(/^https?:\/\//iu.test(t) ? t : `https://${t}`);
  } catch {
    return null;
  }
  if (!u.hostname.includes('.')) return null;
  let path = u.pathname;
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape: keep the path as written, it still identifies the profile.
  }
  path = path.replace(/\/+$/u, '').toLowerCase();
  return `https://${u.hostname.toLowerCase().replace(/^[a-z]{2,3}\.linkedin\.com$/u, 'www.linkedin.com')}${path}`;
}

const EMAIL = /^[^\s@<>",]+@[^\s@<>",]+\.[^\s@<>",]+$/u;

const LIMIT = 200;

/** Where each column is, when these cells are a LinkedIn header (First, Last Name, Company). */
function headerColumns(row: readonly string[]): Partial<Record<Column, number>> | null {
  const cells = row.map((c) => c.trim().toLowerCase());
  const cols: Partial<Record<Column, number>> = {};
  for (const [col, title] of Object.entries(COLUMNS) as [Column, string][]) {
    const at = cells.indexOf(title);
    if (at !== -1) cols[col] = at;
  }
  return cols.first !== undefined && cols.last !== undefined && cols.company !== undefined
    ? cols
    : null;
}

/** Whether a record is the export's header row: the CSV reader starts there, past the preamble. */
export const isConnectionsHeader = (cells: readonly string[]): boolean =>
  headerColumns(cells) !== null;

/** Finds the header among the first records; throws `invalid_input` on `file` if there is none. */
function findHeader(records: readonly { cells: string[] }[]): {
  at: number;
  cols: Partial<Record<Column, number>>;
} {
  for (let i = 0; i < Math.min(records.length, HEADER_WITHIN); i++) {
    const cols = headerColumns(records[i]?.cells ?? []);
    if (cols !== null) return { at: i, cols };
  }
  throw invalidInput(
    'file is not a LinkedIn connections export: no header row with First Name, Last Name and Company (LinkedIn names the file Connections.csv)',
    'file',
  );
}

/**
 * The connections in an export, and the rows that could not be read with their line and reason.
 * Blank and comma-only rows are not problems: LinkedIn writes them. Throws on a file with no
 * LinkedIn header: nothing of it should be imported.
 */
export function readConnections(records: readonly { line: number; cells: string[] }[]): {
  connections: Connection[];
  problems: RowProblem[];
  blank: number;
} {
  const { at, cols } = findHeader(records);
  const connections: Connection[] = [];
  const problems: RowProblem[] = [];
  let blank = 0;
  for (let i = at + 1; i < records.length; i++) {
    const r = records[i];
    if (r === undefined) continue;
    const cell = (c: Column): string => {
      const k = cols[c];
      return k === undefined ? '' : (r.cells[k] ?? '').trim();
    };
    if (r.cells.every((c) => c.trim() === '')) {
      blank++;
      continue;
    }
    const problem = (reason: string) => problems.push({ line: r.line, reason });
    const name = `${cell('first')} ${cell('last')}`.replace(/\s+/gu, ' ').trim();
    if (name === '') {
      problem('no first or last name');
      continue;
    }
    const long = (['first', 'last', 'url', 'email', 'company', 'position'] as const).find(
      (c) => cell(c).length > (c === 'url' ? 500 : LIMIT),
    );
    if (long !== undefined) {
      problem(`${COLUMNS[long]} is longer than ${String(long === 'url' ? 500 : LIMIT)} characters`);
      continue;
    }
    const rawUrl = cell('url');
    const url = normalizeProfileUrl(rawUrl);
    if (rawUrl !== '' && url === null) {
      problem(`URL "${rawUrl}" is not a web address`);
      continue;
    }
    const email = cell('email');
    if (email !== '' && !EMAIL.test(email)) {
      problem(`Email Address "${email}" is not an e-mail address`);
      continue;
    }
    const rawDate = cell('connected');
    const connectedOn = rawDate === '' ? null : parseConnectedOn(rawDate);
    if (rawDate !== '' && connectedOn === null) {
      problem(`Connected On "${rawDate}" is not a date like 07 Nov 2024`);
      continue;
    }
    connections.push({
      line: r.line,
      name,
      url,
      email: email === '' ? null : email.toLowerCase(),
      employer: cell('company') === '' ? null : cell('company'),
      position: cell('position') === '' ? null : cell('position'),
      connectedOn,
    });
  }
  return { connections, problems, blank };
}
