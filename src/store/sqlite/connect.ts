import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import {
  CompiledQuery,
  Kysely,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type SqliteDatabase,
} from 'kysely';
import type { DB } from '../schema.js';
import { migrate } from './migrate.js';
import { cachedStatements } from './statements.js';

/**
 * Kysely's SQLite driver opens transactions with a deferred BEGIN; two processes that both read
 * then write would then fail with SQLITE_BUSY instead of waiting. BEGIN IMMEDIATE takes the
 * write lock up front, so the busy timeout serialises writers and no write is lost.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly database: SqliteDatabase) {
    super({ database });
  }
  override createDriver(): SqliteDriver {
    return new ImmediateSqliteDriver({ database: this.database });
  }
}

export interface SqliteHandle {
  db: Kysely<DB>;
  raw: Database.Database;
}

/**
 * better-sqlite3 finds its addon through the `bindings` package, which probes a dozen paths
 * and parses a stack trace on every start; name the file it would find, when it is there.
 */
export function nativeBinding(): { nativeBinding: string } | Record<string, never> {
  try {
    const path = createRequire(import.meta.url).resolve(
      'better-sqlite3/build/Release/better_sqlite3.node',
    );
    return { nativeBinding: path };
  } catch {
    return {};
  }
}

/** Opens (creating if needed) and migrates an Afterview SQLite file; `:memory:` for tests. */
export function openSqlite(file: string): SqliteHandle {
  const raw = new Database(file, nativeBinding());
  raw.pragma('journal_mode = WAL');
  raw.pragma('busy_timeout = 15000');
  raw.pragma('foreign_keys = ON');
  raw.pragma('synchronous = NORMAL');
  try {
    migrate(raw);
  } catch (e) {
    raw.close();
    throw e;
  }
  const dialect = new ImmediateSqliteDialect(cachedStatements(raw));
  return { db: new Kysely<DB>({ dialect }), raw };
}
