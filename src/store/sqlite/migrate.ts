import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { schemaMismatch } from '../../domain/errors.js';

/**
 * Numbered `.sql` files, applied in order. They ship in the package's `src/`; this module runs
 * from src/ (tests), dist/ (tsc) or dist/bundle/ (the CLI), so look upwards for them.
 */
function migrationsDir(): URL {
  let dir = new URL('.', import.meta.url);
  for (let depth = 0; depth < 6; depth++) {
    const candidate = new URL('src/store/sqlite/migrations/', dir);
    if (existsSync(candidate)) return candidate;
    dir = new URL('..', dir);
  }
  throw new Error('cannot find the SQLite migrations (src/store/sqlite/migrations)');
}

interface MigrationFile {
  id: number;
  name: string;
  sql: string;
  checksum: string;
}

let cached: MigrationFile[] | undefined;

export function migrationFiles(): MigrationFile[] {
  if (cached !== undefined) return cached;
  const dirUrl = migrationsDir();
  cached = readdirSync(dirUrl)
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
  return cached;
}

/**
 * Brings the database up to the code's schema. Refuses (throws) when the database has a
 * migration the code does not know (it was written by a newer Afterview) or one whose file
 * changed since it was applied: running on would corrupt data silently.
 */
export function migrate(db: Database.Database): void {
  const files = migrationFiles();
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const check = (): { pending: MigrationFile[] } => {
    const applied = db
      .prepare('SELECT id, name, checksum FROM schema_migrations ORDER BY id')
      .all() as { id: number; name: string; checksum: string }[];
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
    return { pending: files.filter((f) => !done.has(f.id)) };
  };
  if (check().pending.length === 0) return;
  // IMMEDIATE takes the write lock first, so two processes starting together migrate once.
  const run = db.transaction(() => {
    const insert = db.prepare(
      'INSERT INTO schema_migrations (id, name, checksum, applied_at) VALUES (?, ?, ?, ?)',
    );
    for (const f of check().pending) {
      db.exec(f.sql);
      insert.run(f.id, f.name, f.checksum, new Date().toISOString());
    }
  });
  run.immediate();
}
