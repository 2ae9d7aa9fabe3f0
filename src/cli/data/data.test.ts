import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliHome } from '../test/run-cli.js';

/** `export` and `import json` through the built CLI: a whole history out and back. */

const a = new CliHome();
const b = new CliHome();
afterAll(() => {
  a.cleanup();
  b.cleanup();
});

describe('export and import json', () => {
  it('round-trips byte for byte into a fresh home, and refuses a home with data', () => {
    a.json(['demo']);
    a.json(['settings', 'set', 'smtp.password', 'hunter2-secret']);
    const file = join(a.dir, 'out.json');
    expect(a.run(['export', '--out', file]).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const first = readFileSync(file, 'utf8');
    expect(first).not.toContain('hunter2-secret');
    const imported = b.run(['import', 'json', file]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^Imported \d+ record\(s\)/);
    const again = b.run(['export']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(first);

    const before = b.snapshot();
    const refused = b.run(['import', 'json', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^error: this home already has data/);
    expect(b.snapshot()).toBe(before);
    const merged = b.json<{ added: Record<string, number> }>(['import', 'json', file, '--merge']);
    expect(Object.values(merged.added).every((n) => n === 0)).toBe(true);
  });

  it('writes CSV files and refuses an unknown format', () => {
    const dir = join(a.dir, 'csv');
    const r = a.run(['export', '--format', 'csv', '--out', dir]);
    expect(r.code, r.stderr).toBe(0);
    for (const t of ['applications', 'interviews', 'actions', 'contacts', 'offers']) {
      expect(existsSync(join(dir, `${t}.csv`))).toBe(true);
    }
    const bad = a.run(['export', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: --format must be json or csv/);
  });
});

describe('backup and restore', () => {
  it('backs up, restores into a fresh home, and refuses while a server runs there', () => {
    const copy = join(a.dir, 'copy.db');
    const r = a.run(['backup', '--out', copy]);
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(copy).mode & 0o777).toBe(0o600);
    const c = new CliHome();
    try {
      const restored = c.run(['restore', copy]);
      expect(restored.code, restored.stderr).toBe(0);
      expect(c.run(['export']).stdout).toBe(a.run(['export']).stdout);
      // A live process that is not the CLI holds the server record.
      writeFileSync(join(c.dir, 'serve.pid'), String(process.pid));
      const before = c.snapshot();
      const refused = c.run(['restore', copy]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/^error: a server is running on this data folder/);
      expect(c.snapshot()).toBe(before);
    } finally {
      c.cleanup();
    }
  });
});
