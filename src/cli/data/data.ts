import { invalidInput } from '../../domain/errors.js';
import { importFile, writeExport } from '../../services/export/export.js';
import { str } from '../format.js';
import type { Invocation, Output } from '../spec.js';

/** `afterview export`, `afterview import json` (docs/data.md). */

const counted = (tables: Record<string, unknown[]>, names: string[]): string =>
  names.map((t) => `${String(tables[t]?.length ?? 0)} ${t}`).join(', ');

/** `afterview export [--format json|csv] [--out FILE]` */
export async function exportCmd({ ctx, values }: Invocation): Promise<Output> {
  const given = (str(values.format) ?? 'json').trim().toLowerCase();
  if (given !== 'json' && given !== 'csv') {
    throw invalidInput(`--format must be json or csv, got "${given}"`, 'format');
  }
  const out = str(values.out)?.trim();
  if (out === '') throw invalidInput('--out needs a file name', 'out');
  const r = await writeExport(ctx, { format: given, ...(out === undefined ? {} : { out }) });
  const summary = counted(r.file.tables, ['applications', 'interviews', 'actions', 'contacts']);
  if (r.text !== null) {
    // The export itself is the output; `--json` prints the same object, pretty.
    return { text: r.text.slice(0, -1), json: r.file, verbatim: true };
  }
  return {
    text: `Exported ${summary} to ${r.paths.join(', ')}.${given === 'json' ? ' Left out: your SMTP password and the calendar feed address.' : ''}`,
    json: { format: given, paths: r.paths, version: r.file.version, schema: r.file.schema },
  };
}

/** `afterview import json FILE [--merge]` */
export async function importCmd({ ctx, values, positionals }: Invocation): Promise<Output> {
  const path = positionals[0] ?? '';
  if (path.trim() === '') throw invalidInput('FILE is required: a file written by export', 'file');
  const r = await importFile(ctx, path, { merge: values.merge === true });
  const total = Object.values(r.added).reduce((a, b) => a + b, 0);
  const parts = Object.entries(r.added)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${String(n)} ${t}`);
  return {
    text: [
      `${r.merged ? 'Merged' : 'Imported'} ${String(total)} record(s) from ${path}${parts.length === 0 ? '' : `: ${parts.join(', ')}`}.`,
      'If you used them: set your SMTP password again (settings set smtp.password) and create a new calendar feed address.',
    ].join('\n'),
    json: { path, merged: r.merged, added: r.added },
  };
}
