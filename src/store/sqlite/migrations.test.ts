import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFile, openStore } from '../open.js';
import { migrate, migrationFiles } from './migrate.js';

/**
 * Every migration from the previous migration's schema with data in it (issue 15): the rows
 * written under the old schema survive the step unchanged, and the new schema takes new rows in
 * every table. The rows are generated from the schema itself (one per table, foreign keys
 * pointing at the parents' rows), so a new migration is covered without editing this file.
 */

type Row = Record<string, unknown>;

interface Column {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

const userTables = (db: Database.Database): string[] =>
  (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'schema_migrations' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((r) => r.name);

const columns = (db: Database.Database, table: string): Column[] =>
  db.prepare(`PRAGMA table_info("${table}")`).all() as Column[];

const parents = (db: Database.Database, table: string): Map<string, string> =>
  new Map(
    (
      db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as { from: string; table: string }[]
    ).map((f) => [f.from, f.table]),
  );

/** Tables in an order where every parent comes before its children. */
function parentsFirst(db: Database.Database): string[] {
  const tables = userTables(db);
  const done: string[] = [];
  const visit = (t: string, path: Set<string>): void => {
    if (done.includes(t) || path.has(t)) return;
    path.add(t);
    for (const p of parents(db, t).values()) if (p !== t) visit(p, path);
    done.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return done;
}

/** A value of the column's kind: dates where the name says so, JSON where the default is. */
function valueFor(table: string, c: Column, k: number, fk: string | undefined): unknown {
  if (fk !== undefined || c.pk > 0) return k;
  const type = c.type.toUpperCase();
  if (type.includes('INT')) return k;
  if (type.includes('REAL')) return k + 0.5;
  if (c.dflt_value !== null && /^'[[{]/.test(c.dflt_value)) return c.dflt_value.slice(1, -1);
  if (/(_at|_on|_by|date|due|start|deadline)$/.test(c.name))
    return `2026-03-0${String(k)}T10:00:00.000Z`;
  // Text with what tends to break stores: non-ASCII, quotes, a newline.
  return `${table}.${c.name} #${String(k)} – «Zoë's "note"»\nline 2`;
}

/** Inserts row `k` into every table the schema has (the singleton settings row only once). */
function fill(db: Database.Database, k: number): void {
  for (const t of parentsFirst(db)) {
    const sql = (
      db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(t) as { sql: string }
    ).sql;
    if (k > 1 && /CHECK \(id = 1\)/.test(sql)) continue;
    const fks = parents(db, t);
    const cols = columns(db, t);
    const row: Row = Object.fromEntries(
      cols.map((c) => [c.name, valueFor(t, c, k, fks.get(c.name))]),
    );
    const names = Object.keys(row);
    db.prepare(
      `INSERT INTO "${t}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
    ).run(...names.map((n) => row[n]));
  }
}

const dump = (db: Database.Database): Record<string, Row[]> =>
  Object.fromEntries(
    userTables(db).map((t) => [
      t,
      db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all() as Row[],
    ]),
  );

const open = (file: string): Database.Database => {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  return db;
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'afterview-migrations-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const ids = migrationFiles().map((f) => f.id);

describe('each migration, from the previous schema with data in it', () => {
  it('has a test for every file (0001 and up, no gaps)', () => {
    expect(ids[0]).toBe(1);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
  });

  for (const id of ids.slice(1)) {
    const name = migrationFiles().find((f) => f.id === id)?.name ?? String(id);
    it(`${name}: old rows survive, new rows fit`, () => {
      const db = open(join(dir, 'step.db'));
      migrate(db, { upTo: id - 1 });
      fill(db, 1);
      const before = dump(db);
      migrate(db, { upTo: id });
      const after = dump(db);
      for (const [table, rows] of Object.entries(before)) {
        const kept = (after[table] ?? []).map((r) =>
          Object.fromEntries(Object.keys(rows[0] ?? {}).map((k) => [k, r[k]])),
        );
        expect(kept, `${name}: ${table}`).toEqual(rows);
      }
      expect(
        (db.prepare('SELECT max(id) AS id FROM schema_migrations').get() as { id: number }).id,
      ).toBe(id);
      fill(db, 2);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    });
  }

  it('the whole chain, one step at a time with rows at each, opens in the app', async () => {
    const home = join(dir, 'home');
    const file = databaseFile(home);
    // A fresh home (made private as the app makes it), its database then built step by step.
    await openStore(home).close();
    rmSync(file);
    const db = open(file);
    for (const id of ids) {
      migrate(db, { upTo: id });
      fill(db, id);
    }
    const rows = dump(db);
    db.close();
    const store = openStore(home);
    await store.close();
    const again = open(file);
    expect(dump(again)).toEqual(rows);
    again.close();
  });
});

describe('a database from a newer Afterview', () => {
  const sha = (file: string): string =>
    createHash('sha256').update(readFileSync(file)).digest('hex');

  it('is refused with a clear message and left unchanged', async () => {
    const home = join(dir, 'home');
    await openStore(home).close();
    const file = databaseFile(home);
    const db = open(file);
    db.prepare(
      "INSERT INTO schema_migrations (id, name, checksum, applied_at) VALUES (9999, '9999_from_the_future.sql', 'x', '2030-01-01T00:00:00Z')",
    ).run();
    db.close();
    const before = sha(file);
    expect(() => openStore(home)).toThrow(
      /written by a newer Afterview \(migration 9999_from_the_future\.sql is unknown to this version\); upgrade Afterview/,
    );
    expect(sha(file)).toBe(before);
    // Through the runner alone too: it refuses before it changes anything.
    const raw = new Database(file);
    expect(() => {
      migrate(raw);
    }).toThrow(/newer Afterview/);
    raw.close();
    expect(sha(file)).toBe(before);
  });

  it('a migration whose file changed after it was applied is refused too', async () => {
    const home = join(dir, 'home');
    await openStore(home).close();
    const file = databaseFile(home);
    const db = open(file);
    db.prepare("UPDATE schema_migrations SET checksum = 'changed' WHERE id = 1").run();
    db.close();
    const before = sha(file);
    expect(() => openStore(home)).toThrow(/0001_foundation\.sql changed after it was applied/);
    expect(sha(file)).toBe(before);
  });
});
