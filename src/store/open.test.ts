import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFile, openStore } from './open.js';

/** The data folder and the database are private to their owner, whatever the umask. */

let base: string;
let umask: number;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'afterview-modes-'));
  // The loosest umask a user may have: files and folders would be world-writable by default.
  umask = process.umask(0);
});
afterEach(() => {
  process.umask(umask);
  rmSync(base, { recursive: true, force: true });
});

const mode = (p: string): number => statSync(p).mode & 0o777;

describe('openStore', () => {
  it('creates a fresh home 0700 and the database, -wal and -shm 0600', async () => {
    const home = join(base, 'deep', 'home');
    const store = openStore(home);
    await store.settings.put({ name: 'Sam' });
    expect(mode(home)).toBe(0o700);
    const db = databaseFile(home);
    expect(mode(db)).toBe(0o600);
    for (const extra of [`${db}-wal`, `${db}-shm`]) {
      expect(existsSync(extra), extra).toBe(true);
      expect(mode(extra), extra).toBe(0o600);
    }
    await store.close();
  });

  it('tightens an existing home and database, saying so', async () => {
    const home = join(base, 'loose');
    mkdirSync(home);
    await openStore(home).close();
    // As an older version left them.
    chmodSync(home, 0o755);
    chmodSync(databaseFile(home), 0o644);
    const notices: string[] = [];
    const store = openStore(home, (m) => notices.push(m));
    expect(mode(home)).toBe(0o700);
    expect(mode(databaseFile(home))).toBe(0o600);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/readable by others \(mode 0755\).*0700/);
    await store.close();
    const quiet: string[] = [];
    await openStore(home, (m) => quiet.push(m)).close();
    expect(quiet).toEqual([]);
  });
});
