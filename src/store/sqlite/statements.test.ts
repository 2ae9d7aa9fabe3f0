import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MAX_SQL_CHARS, cachedStatements, rowBuilder } from './statements.js';

let raw: Database.Database;
beforeEach(() => {
  raw = new Database(':memory:');
  raw.exec(
    "create table t (id integer primary key, name text, note text); insert into t (name, note) values ('a', null), ('b', 'x')",
  );
});
afterEach(() => {
  raw.close();
});

it('returns the rows better-sqlite3 returns, as plain objects', () => {
  const db = cachedStatements(raw);
  const sql = 'select id, name, note, name as name from t order by id';
  expect(db.prepare(sql).all([])).toEqual(raw.prepare(sql).all());
  expect(db.prepare('select * from t where id = ?').all([2])).toEqual([
    { id: 2, name: 'b', note: 'x' },
  ]);
  expect(db.prepare('select count(*) as n from t').all([])).toEqual([{ n: 2 }]);
});

it('prepares a text once, and still runs writes and streams', () => {
  const db = cachedStatements(raw);
  const select = 'select name from t order by id';
  expect(db.prepare(select)).toBe(db.prepare(select));
  const r = db.prepare("insert into t (name) values ('c')").run([]);
  expect(r.changes).toBe(1);
  const stream = db.prepare(select);
  const names: unknown[] = [];
  for (const row of stream.iterate([])) {
    // A query while a stream of the same text is open: the stream has its own statement.
    expect(db.prepare(select).all([])).toHaveLength(3);
    names.push(row);
  }
  expect(names).toEqual([{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
});

it('builds rows with odd column names as properties', () => {
  expect(rowBuilder(['a"b', '__proto__', 'x'])(['1', '2', '3'])).toEqual(
    Object.fromEntries([
      ['a"b', '1'],
      ['__proto__', '2'],
      ['x', '3'],
    ]),
  );
  const o = rowBuilder(['__proto__'])([null]);
  expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
  expect(Object.keys(o)).toEqual(['__proto__']);
});

it('keeps statements within a bound on their total text, the least recently used out first', () => {
  const db = cachedStatements(raw);
  // Long `in (?, ?, …)` lists: each length is a text of its own.
  const sql = (n: number) => `select id from t where id in (${Array(n).fill('?').join(', ')})`;
  const hot = db.prepare('select name from t where id = ?');
  const first = db.prepare(sql(2000));
  let total = sql(2000).length;
  for (let n = 2001; total <= MAX_SQL_CHARS; n++) {
    expect(db.prepare('select name from t where id = ?')).toBe(hot);
    db.prepare(sql(n));
    total += sql(n).length;
  }
  expect(db.prepare('select name from t where id = ?')).toBe(hot);
  expect(db.prepare(sql(2000))).not.toBe(first);
  expect(db.prepare(sql(2000)).all([1, ...Array<number>(1999).fill(2)])).toEqual([
    { id: 1 },
    { id: 2 },
  ]);
});
