import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliHome } from './test/run-cli.js';

const pkg = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'),
) as { version: string };

let home: CliHome;
beforeEach(() => {
  home = new CliHome();
});
afterEach(() => {
  home.cleanup();
});

describe('afterview --version', () => {
  it('prints the package version, and -V too', () => {
    for (const flag of ['--version', '-V']) {
      const r = home.run([flag]);
      expect(r.code, flag).toBe(0);
      expect(r.stdout).toBe(`${pkg.version}\n`);
      expect(r.stderr).toBe('');
    }
  });
});
