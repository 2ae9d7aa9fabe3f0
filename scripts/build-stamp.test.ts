import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUTPUTS, ensureBuilt, inputsHash, isCurrent } from './build-stamp.mjs';

let root: string;
const put = (path: string, text: string): void => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
/** A build that makes the outputs and counts how often it ran. */
let builds = 0;
const build = (): boolean => {
  builds++;
  for (const o of OUTPUTS) put(o, 'built');
  return true;
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'afterview-stamp-'));
  builds = 0;
  put('src/cli/main.ts', 'export {};\n');
  put('src/cli/main.test.ts', 'test\n');
  put('package.json', '{}\n');
  put('vite.config.ts', 'export default {};\n');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('npm start builds only when the sources changed', () => {
  it('builds the first time, then skips while nothing changed', () => {
    expect(isCurrent(root)).toBe(false);
    expect(ensureBuilt(root, build)).toBe('built');
    expect(ensureBuilt(root, build)).toBe('current');
    expect(ensureBuilt(root, build)).toBe('current');
    expect(builds).toBe(1);
    expect(readFileSync(join(root, 'dist/.build-stamp'), 'utf8').trim()).toBe(inputsHash(root));
  });

  it('builds again after a source, config or lock file changes', () => {
    ensureBuilt(root, build);
    put('src/cli/main.ts', 'export const x = 1;\n');
    expect(ensureBuilt(root, build)).toBe('built');
    put('vite.config.ts', 'export default { base: "/" };\n');
    expect(ensureBuilt(root, build)).toBe('built');
    put('package-lock.json', '{"lockfileVersion":3}\n');
    expect(ensureBuilt(root, build)).toBe('built');
    put('src/web/new-page.tsx', 'export {};\n');
    expect(ensureBuilt(root, build)).toBe('built');
    expect(builds).toBe(5);
  });

  it('ignores test files, which no build reads', () => {
    ensureBuilt(root, build);
    put('src/cli/main.test.ts', 'another test\n');
    expect(ensureBuilt(root, build)).toBe('current');
  });

  it('builds when dist/ lost an output, and records nothing when the build fails', () => {
    ensureBuilt(root, build);
    rmSync(join(root, 'dist/web'), { recursive: true });
    expect(isCurrent(root)).toBe(false);
    put('src/cli/main.ts', 'broken(\n');
    expect(ensureBuilt(root, () => false)).toBe('failed');
    expect(isCurrent(root)).toBe(false);
  });

  it('is what npm start runs, and npm run build writes the stamp', () => {
    const pkg = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'),
    ) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe(
      'node scripts/build-stamp.mjs ensure && node bin/afterview serve',
    );
    expect(pkg.scripts.build).toMatch(/&& node scripts\/build-stamp\.mjs write$/);
    // npm test builds unconditionally, so it never runs on a stale dist/.
    expect(pkg.scripts.test).toContain('npm run build');
  });
});
