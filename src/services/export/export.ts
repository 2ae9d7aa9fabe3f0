import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../adapters/files.js';
import { conflict, invalidInput, isAfterviewError } from '../../domain/errors.js';
import type { Store } from '../../store/store.js';
import { EXPORTED_TABLES } from '../../store/tables.js';
import type { Ctx } from '../context.js';
import { csvFiles } from './csv.js';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  OMITTED,
  readExport,
  SECRET_SETTINGS,
  serialise,
  type ExportFile,
} from './format.js';

/**
 * Export and import of everything (PRODUCT.md §11): the user's whole history as one versioned
 * JSON file, and back. One read transaction, so the file is one consistent moment even while the
 * server writes.
 */

async function dump(store: Store): Promise<ExportFile> {
  const tables: ExportFile['tables'] = {};
  for (const t of EXPORTED_TABLES) {
    const rows = await store.data.rows(t, await store.data.shape(t));
    tables[t] =
      t === 'settings' ? rows.filter((r) => !SECRET_SETTINGS.includes(String(r.key))) : rows;
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    schema: await store.data.schemaVersion(),
    omitted: OMITTED,
    tables,
  };
}

/** Everything, as the export file's object. */
export async function exportData(ctx: Ctx): Promise<ExportFile> {
  return ctx.store.transaction(dump);
}

/** Everything, as the export file's text. */
export async function exportJson(ctx: Ctx): Promise<string> {
  return serialise(await exportData(ctx));
}

export interface ImportResult {
  /** Rows added per table (with merge, rows already there are not counted). */
  added: Record<string, number>;
  merged: boolean;
}

/**
 * Imports an export file's text. Into an empty home it restores the file exactly (same ids, so
 * export → import → export gives the same bytes); a home with data is refused unless `merge`,
 * which adds the rows whose ids (and unique values, such as a company's normalised name) are not
 * there yet and leaves the rest as they are: importing the same file twice adds nothing.
 * All or nothing: one transaction.
 */
export async function importData(
  ctx: Ctx,
  text: string,
  opts: { merge?: boolean } = {},
): Promise<ImportResult> {
  const merge = opts.merge === true;
  const file = readExport(text, await ctx.store.data.schemaVersion());
  let result: ImportResult;
  try {
    result = await ctx.store.transaction(async (tx) => {
      if (!merge && !(await tx.data.isEmpty())) {
        throw conflict(
          'this home already has data: import into an empty home, or merge the file into it',
          'merge',
        );
      }
      // Rows refer to each other in cycles (an action and its message): check at commit.
      await tx.data.deferForeignKeys();
      const added: Record<string, number> = {};
      for (const t of EXPORTED_TABLES) {
        const rows = file.tables[t] ?? [];
        if (rows.length === 0) continue;
        const shape = await tx.data.shape(t);
        const columns = new Set(shape.columns);
        for (const row of rows) {
          for (const c of Object.keys(row)) {
            if (!columns.has(c)) throw invalidInput(`table ${t} has no column "${c}"`, 'file');
          }
        }
        const before = await tx.data.count(t);
        await tx.data.insert(
          t,
          shape.columns.filter((c) => rows.some((r) => Object.hasOwn(r, c))),
          rows,
          merge,
        );
        added[t] = (await tx.data.count(t)) - before;
      }
      await tx.data.checkForeignKeys();
      return { added, merged: merge };
    });
  } catch (e) {
    if (isAfterviewError(e)) throw e;
    // A constraint the file breaks (a duplicate id, a missing parent, a value of the wrong kind).
    const why = e instanceof Error ? e.message : String(e);
    throw invalidInput(
      `the file does not fit this home's data, nothing was imported (${why})`,
      'file',
    );
  }
  await ctx.store.data.refreshStatistics();
  return result;
}

export interface WrittenExport {
  file: ExportFile;
  /** The JSON text, when no path was given (the caller prints it). */
  text: string | null;
  /** Files written (one JSON file, or one CSV file per table). */
  paths: string[];
}

/**
 * Writes an export: JSON into `out` (or returned as text when `out` is absent), CSV files into
 * the folder `out` (default `afterview-csv`). Files are private (0600): they hold the same
 * personal records as the database.
 */
export async function writeExport(
  ctx: Ctx,
  opts: { format: 'json' | 'csv'; out?: string },
): Promise<WrittenExport> {
  const file = await exportData(ctx);
  if (opts.format === 'csv') {
    const dir = opts.out ?? 'afterview-csv';
    const paths = csvFiles(file).map((f) => {
      const path = join(dir, f.name);
      writeFileAtomic(path, f.text, 0o600);
      return path;
    });
    return { file, text: null, paths };
  }
  const text = serialise(file);
  if (opts.out === undefined) return { file, text, paths: [] };
  writeFileAtomic(opts.out, text, 0o600);
  return { file, text: null, paths: [opts.out] };
}

/** Imports an export file from disk (see importData). */
export async function importFile(
  ctx: Ctx,
  path: string,
  opts: { merge?: boolean } = {},
): Promise<ImportResult> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw invalidInput(`cannot read ${path}`, 'file');
  }
  return importData(ctx, text, opts);
}
