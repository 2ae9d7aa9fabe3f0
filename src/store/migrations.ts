import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { schemaMismatch } from '../domain/errors.js';

/**
 * The migration files of each database, and the one rule that decides what a database needs:
 * every applied migration must be known to this version with the checksum it was applied with;
 * the files not yet applied are pending. Both runners (sqlite/migrate.ts, postgres/migrate.ts)
 * apply what this returns.
 */

export type DialectName = 'sqlite' | 'postgres';

export interface MigrationFile {
  id: number;
  name: string;
  sql: string;
  checksum: string;
}

export interface AppliedMigration {
  id: number;
  name: string;
  checksum: string;
}

/**
 * The files ship in the package's `src/`; this module runs from src/ (tests), dist/ (tsc) or
 * dist/bundle/ (the CLI), so look upwards for them.
 */
function migrationsDir(dialect: DialectName): URL {
  let dir = new URL('.', import.meta.url);
  for (let depth = 0; depth < 6; depth++) {
    const candidate = new URL(`src/store/${dialect}/migrations/`, dir);
    if (existsSync(candidate)) return candidate;
    dir = new URL('..', dir);
  }
  throw new Error(`cannot find the ${dialect} migrations (src/store/${dialect}/migrations)`);
}

const cached = new Map<DialectName, MigrationFile[]>();

/** Numbered `.sql` files, in order, with the checksum a database records when it applies one. */
export function migrationFiles(dialect: DialectName): MigrationFile[] {
  const hit = cached.get(dialect);
  if (hit !== undefined) return hit;
  const dirUrl = migrationsDir(dialect);
  const files = readdirSync(dirUrl)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const sql = readFileSync(new URL(name, dirUrl), 'utf8');
      return {
        id: Number(name.slice(0, 4)),
        name,
        sql,
        checksum: createHash('sha256').update(sql).digest('hex').slice(0, 16),
      };
    });
  cached.set(dialect, files);
  return files;
}

/**
 * The files a database still needs. Refuses (throws) when the database has a migration the code
 * does not know (it was written by a newer Afterview) or one whose file changed since it was
 * applied: running on would corrupt data silently.
 */
export function pendingMigrations(
  files: readonly MigrationFile[],
  applied: readonly AppliedMigration[],
): MigrationFile[] {
  for (const row of applied) {
    const file = files.find((f) => f.id === row.id);
    if (file === undefined) {
      throw schemaMismatch(
        `the database was written by a newer Afterview (migration ${row.name} is unknown to this version); upgrade Afterview`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw schemaMismatch(
        `migration ${row.name} changed after it was applied to this database; refusing to run`,
      );
    }
  }
  const done = new Set(applied.map((r) => r.id));
  return files.filter((f) => !done.has(f.id));
}
