import type Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';
import { mapInPlace } from '../../domain/arrays.js';

/**
 * better-sqlite3 as Kysely's SQLite driver sees it, with two per-query costs taken out:
 * - Kysely prepares every query it runs; the same few dozen SQL texts come back on every request,
 *   so prepared statements are kept by text, the least recently used out first. Bounded by count
 *   and by the total length of their texts: a statement's compiled program grows with its text,
 *   and `in (?, ?, …)` lists vary in length (the board asks for 1 to 1,000 applications' actions),
 *   so a bound by count alone let them hold tens of MB of SQLite memory;
 * - better-sqlite3 builds each result row as an object by setting its columns one by one, which
 *   on a list of thousands of actions cost more than the query itself. Rows are read as arrays
 *   and turned into objects by a function made once per statement from its column names, whose
 *   object literal gives V8 one fixed shape for every row.
 * The rows are the same plain objects either way (last column wins on a repeated name, as in
 * better-sqlite3's own objects).
 */

const MAX_STATEMENTS = 500;
/**
 * About 40 bytes of SQLite memory per character of SQL, ~1.5 MB; the statements of one pass over
 * every GET route come to ~14,000 characters.
 */
export const MAX_SQL_CHARS = 32 * 1024;

type Row = unknown[];
type Build = (row: Row) => Record<string, unknown>;

/** The row builder for a statement's column names. */
export function rowBuilder(names: readonly string[]): Build {
  // A literal `__proto__` key would set the prototype instead of a property: build those slowly.
  if (names.includes('__proto__')) {
    return (row) => {
      const o: Record<string, unknown> = {};
      names.forEach((n, i) => {
        Object.defineProperty(o, n, { value: row[i], enumerable: true, writable: true });
      });
      return o;
    };
  }
  const fields = names.map((n, i) => `${JSON.stringify(n)}: r[${String(i)}]`).join(', ');
  // Column names come from our own SQL and are quoted by JSON.stringify: no input reaches this.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('r', `return { ${fields} };`) as Build;
}

class Statement implements SqliteStatement {
  readonly reader: boolean;
  readonly #stmt: Database.Statement;
  readonly #build: Build | null;

  constructor(
    stmt: Database.Statement,
    private readonly fresh: () => Database.Statement,
  ) {
    this.reader = stmt.reader;
    this.#stmt = stmt;
    this.#build = stmt.reader ? rowBuilder(stmt.columns().map((c) => c.name)) : null;
    if (this.#build !== null) stmt.raw(true);
  }

  all(parameters: readonly unknown[]): unknown[] {
    const rows = this.#stmt.all(parameters) as Row[];
    const build = this.#build;
    return build === null ? rows : mapInPlace(rows, build);
  }

  run(parameters: readonly unknown[]) {
    return this.#stmt.run(parameters);
  }

  /** A statement being iterated is busy until the end: a stream gets a statement of its own. */
  iterate(parameters: readonly unknown[]): IterableIterator<unknown> {
    return this.fresh().iterate(parameters);
  }
}

export function cachedStatements(raw: Database.Database): SqliteDatabase {
  /** In use order: the least recently used first (a hit moves a statement to the end). */
  const statements = new Map<string, Statement>();
  let chars = 0;
  return {
    close: () => {
      raw.close();
    },
    prepare: (sql) => {
      let s = statements.get(sql);
      if (s !== undefined) {
        statements.delete(sql);
        statements.set(sql, s);
        return s;
      }
      s = new Statement(raw.prepare(sql), () => raw.prepare(sql));
      statements.set(sql, s);
      chars += sql.length;
      for (const old of statements.keys()) {
        if (statements.size <= MAX_STATEMENTS && chars <= MAX_SQL_CHARS) break;
        statements.delete(old);
        chars -= old.length;
      }
      return s;
    },
  };
}
