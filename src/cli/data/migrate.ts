import { migrateDatabase, type MigrationReport } from '../../services/migrate/migrate.js';
import type { Output, Values } from '../spec.js';

function present(r: MigrationReport): Output {
  const what = r.database === 'postgres' ? `PostgreSQL database ${r.location}` : r.location;
  const list = r.migrations.join(', ');
  let text: string;
  if (r.migrations.length === 0) text = `${what} is up to date.`;
  else if (r.dryRun) text = `${what} would get ${String(r.migrations.length)}: ${list}`;
  else text = `${what}: applied ${list}`;
  return { text, json: r };
}

/** `afterview migrate [--dry-run]`, run before anything opens (and so migrates) the database. */
export async function migrateCmd(values: Values, env: NodeJS.ProcessEnv): Promise<Output> {
  return present(await migrateDatabase(env, { dryRun: values['dry-run'] === true }));
}

/** Only reached if the store was opened first; then there is nothing left to apply. */
export async function migrateAfterOpen(): Promise<Output> {
  return present(await migrateDatabase(process.env, { dryRun: true }));
}
