import { invalidInput } from '../../domain/errors.js';
import { backupNow, restoreBackup } from '../../services/backup/backup.js';
import { databaseUrl, resolveHome } from '../../services/open.js';
import { str } from '../format.js';
import type { Invocation, Output } from '../spec.js';

/** Backups copy the SQLite file; a PostgreSQL database is backed up by its server's tools. */
function refuseOnPostgres(what: string): void {
  if (databaseUrl(process.env) !== undefined) {
    throw invalidInput(
      `${what} works on the SQLite file; with DATABASE_URL use pg_dump and pg_restore`,
    );
  }
}

/** `afterview backup [--out FILE]` */
export async function backupCmd({ ctx, values }: Invocation): Promise<Output> {
  refuseOnPostgres('backup');
  const out = str(values.out)?.trim();
  if (out === '') throw invalidInput('--out needs a file name', 'out');
  const path = await backupNow(resolveHome(process.env), ctx.now(), out);
  return { text: `Backed up to ${path}`, json: { path } };
}

/** `afterview restore FILE` */
export async function restoreCmd({ ctx, positionals }: Invocation): Promise<Output> {
  refuseOnPostgres('restore');
  const file = positionals[0] ?? '';
  if (file.trim() === '') throw invalidInput('FILE is required: a backup to restore', 'file');
  const r = await restoreBackup(ctx, resolveHome(process.env), file);
  return {
    text: `Restored ${file}. Your data as it was before is kept in ${r.saved}.`,
    json: { restored: file, saved: r.saved },
  };
}
