import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliHome } from '../test/run-cli.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'linkedin');

/** `afterview import linkedin FILE` through the built bundle (`npm run build` first). */
describe('import linkedin on the command line', () => {
  const home = new CliHome();
  home.now = '2026-12-07T09:00:00-05:00';
  afterAll(() => {
    home.cleanup();
  });

  it('imports, prints a summary, and is idempotent', () => {
    home.json(['app', 'add', '--company', 'Globex', '--role', 'Engineer']);
    const r = home.run(['import', 'linkedin', join(FIXTURES, 'Connections-crlf-bom.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Imported Connections-crlf-bom.csv: 10 connections read.');
    expect(r.stdout).toContain('new 10, updated 0, unchanged 0, skipped 0');
    expect(r.stdout).toContain('Globex: 2');
    // Not a terminal: no progress bar in a pipe.
    expect(r.stderr).toBe('');
    const again = home.json<{ new: number; unchanged: number }>([
      'import',
      'linkedin',
      join(FIXTURES, 'Connections-lf.csv'),
    ]);
    expect(again).toMatchObject({ new: 0, unchanged: 10 });
    const bad = home.run(['import', 'linkedin', join(FIXTURES, 'Connections-bad-rows.csv')]);
    expect(bad.stdout).toContain('line 7: Connected On "yesterday" is not a date like 07 Nov 2024');
  });

  it('refuses a wrong header, invalid UTF-8, a 50 MB file and a missing file: exit 2, nothing imported', () => {
    const big = join(home.dir, 'big.csv');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024);
    for (const [path, message] of [
      [join(FIXTURES, 'not-linkedin.csv'), 'not a LinkedIn connections export'],
      [join(FIXTURES, 'invalid-utf8.csv'), 'not UTF-8 text'],
      [big, 'is 50 MB, larger than the 10 MB'],
      [join(home.dir, 'missing.csv'), 'cannot read it'],
    ] as const) {
      const r = home.run(['import', 'linkedin', path]);
      expect(r.code, path).toBe(2);
      expect(r.stderr).toMatch(/^error: /);
      expect(r.stderr).toContain(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(home.json<unknown[]>(['contacts', 'list', '--limit', '100'])).toHaveLength(12);
  });
});
