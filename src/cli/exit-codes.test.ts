import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliHome } from './test/run-cli.js';

let home: CliHome;
beforeEach(() => {
  home = new CliHome();
});
afterEach(() => {
  home.cleanup();
});

describe('exit codes of domain errors', () => {
  it('refuses a database written by a newer Afterview with one error line and exit 2', () => {
    expect(home.run(['app', 'list']).code).toBe(0);
    const raw = new Database(join(home.dir, 'afterview.db'));
    raw
      .prepare("insert into schema_migrations values (9999, '9999_future.sql', 'x', ?)")
      .run('2026-03-02T15:00:00.000Z');
    raw.close();
    const r = home.run(['app', 'list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: the database was written by a newer Afterview .*\n$/);
    expect(r.stderr).not.toContain('unexpected failure');
  });

  it('maps not_found to exit 2 as well', () => {
    const r = home.run(['app', 'show', '999']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: .*999.*\n$/);
  });
});
