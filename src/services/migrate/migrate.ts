import { describeUrl, parseDatabaseUrl } from '../../store/postgres/connect.js';
import { databaseFile, migrateHome } from '../../store/open.js';
import { databaseUrl, resolveHome } from '../open.js';

export interface MigrationReport {
  database: 'sqlite' | 'postgres';
  /** The file, or host:port/database (never the password). */
  location: string;
  dryRun: boolean;
  /** Applied by this run, or with `dryRun` pending. */
  migrations: string[];
}

/**
 * Brings the user's database (DATABASE_URL, else the data folder's file) up to this version's
 * schema (on PostgreSQL the job queue's too), or with `dryRun` lists what that would apply
 * without changing anything. Refuses as opening does: a database newer than this version, or a
 * migration file edited after it ran.
 */
export async function migrateDatabase(
  env: NodeJS.ProcessEnv,
  opts: { dryRun: boolean },
): Promise<MigrationReport> {
  const url = databaseUrl(env);
  if (url === undefined) {
    const home = resolveHome(env);
    const applied = migrateHome(home, opts.dryRun);
    return {
      database: 'sqlite',
      location: databaseFile(home),
      dryRun: opts.dryRun,
      migrations: applied.map((m) => m.name),
    };
  }
  const where = describeUrl(parseDatabaseUrl(url));
  const { migratePostgresAt } = await import('../../store/postgres/open.js');
  const applied = await migratePostgresAt(url, opts.dryRun);
  // The delivery queue's own schema (graphile_worker) too, so that servers started after this
  // find it ready; each server also installs it when missing (see adapters/queue/graphile.ts).
  if (!opts.dryRun) {
    const { migrateQueue } = await import('../../adapters/queue/graphile.js');
    await migrateQueue(url, () => {});
  }
  return {
    database: 'postgres',
    location: where,
    dryRun: opts.dryRun,
    migrations: applied.map((m) => m.name),
  };
}
