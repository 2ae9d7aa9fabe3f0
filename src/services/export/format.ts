import { invalidInput } from '../../domain/errors.js';
import { isWellFormed } from '../../domain/text.js';
import type { Row } from '../../store/repos/data.js';
import { EXPORTED_TABLES } from '../../store/tables.js';

/**
 * The JSON export file (docs/data.md): `format`, `version` (of this file format), `schema` (the
 * newest database migration of the Afterview that wrote it), `omitted` (what it leaves out and
 * why) and `tables`: every exported table as rows in primary-key order, columns in table order,
 * values exactly as stored. Nothing in it depends on when it was written, so export → import →
 * export gives the same bytes.
 */

export const EXPORT_FORMAT = 'afterview-export';
/** Raised when the file's shape changes in a way an older Afterview could not read. */
export const EXPORT_VERSION = 1;

/** Settings that never leave the database: the SMTP password (give it again after an import). */
export const SECRET_SETTINGS: readonly string[] = ['smtpPassword'];

export const OMITTED: Readonly<Record<string, string>> = {
  'settings.smtpPassword':
    'your SMTP password is never exported; set it again after an import (smtp.password)',
  calendar_feed:
    'the secret calendar feed address is not exported; create a new one after an import',
};

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  schema: number;
  omitted: Readonly<Record<string, string>>;
  tables: Record<string, Row[]>;
}

/** The file's text: one row per line, so that a large export stays readable and diffable. */
export function serialise(file: ExportFile): string {
  const head = JSON.stringify({
    format: file.format,
    version: file.version,
    schema: file.schema,
    omitted: file.omitted,
  });
  const tables = Object.entries(file.tables).map(([name, rows]) => {
    const body = rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
    return `  ${JSON.stringify(name)}: [${rows.length === 0 ? '' : `\n${body}\n  `}]`;
  });
  return `${head.slice(0, -1)},\n"tables": {\n${tables.join(',\n')}\n}}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isValue = (v: unknown): v is string | number | null =>
  v === null ||
  (typeof v === 'string' && isWellFormed(v)) ||
  (typeof v === 'number' && Number.isFinite(v));

/**
 * Reads an export file's text, checking its shape (not yet against the database's columns).
 * `schema` is this Afterview's newest migration: a file from a newer one is refused.
 */
export function readExport(text: string, schema: number): ExportFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw invalidInput('the file is not JSON (expected an Afterview export)', 'file');
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    throw invalidInput(
      'the file is not an Afterview export (no "format": "afterview-export")',
      'file',
    );
  }
  const { version, schema: fileSchema, tables } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw invalidInput('the file has no valid export version', 'file');
  }
  if (version > EXPORT_VERSION || (typeof fileSchema === 'number' && fileSchema > schema)) {
    throw invalidInput(
      `the file was written by a newer Afterview (export version ${String(version)}, schema ${String(fileSchema)}; this one reads version ${String(EXPORT_VERSION)}, schema ${String(schema)}): upgrade Afterview to import it`,
      'file',
    );
  }
  if (typeof fileSchema !== 'number' || !Number.isInteger(fileSchema)) {
    throw invalidInput('the file has no valid schema number', 'file');
  }
  if (!isObject(tables)) throw invalidInput('the file has no "tables"', 'file');
  const known = new Set<string>(EXPORTED_TABLES);
  const out: Record<string, Row[]> = {};
  for (const [name, rows] of Object.entries(tables)) {
    if (!known.has(name)) throw invalidInput(`the file has an unknown table "${name}"`, 'file');
    if (!Array.isArray(rows)) throw invalidInput(`table ${name} is not a list of rows`, 'file');
    out[name] = rows.map((row: unknown, i) => {
      if (!isObject(row) || !Object.values(row).every(isValue)) {
        throw invalidInput(`row ${String(i + 1)} of table ${name} is not a row of values`, 'file');
      }
      return row as Row;
    });
  }
  const omitted = isObject(data.omitted) ? (data.omitted as Record<string, string>) : OMITTED;
  return { format: EXPORT_FORMAT, version, schema: fileSchema, omitted, tables: out };
}
