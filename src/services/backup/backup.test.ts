import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addApplication } from '../applications/applications.js';
import { exportJson } from '../export/export.js';
import { fixture, loggedInterview, type Fixture } from '../test/interview-fixture.js';
import { backupNow, backupsDir, dailyBackup, DAILY_KEEP, restoreBackup } from './backup.js';
import { serverFile } from '../running-server.js';

/** The fixture's database is `<dir>/afterview.db`: its folder is the home. */
let f: Fixture;
beforeEach(async () => {
  f = await fixture();
});
afterEach(async () => {
  await f.cleanup();
});

describe('backup and restore', () => {
  it('copies the live database (0600) and restores it, keeping what was there', async () => {
    await loggedInterview(f.ctx);
    const before = await exportJson(f.ctx);
    const path = await backupNow(f.dir, f.ctx.now(), join(f.dir, 'copy.db'));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    await addApplication(f.ctx, { company: 'Later Co', role: 'SRE' });
    expect(await exportJson(f.ctx)).not.toBe(before);
    const r = await restoreBackup(f.ctx, f.dir, path);
    expect(await exportJson(f.ctx)).toBe(before);
    expect(existsSync(r.saved)).toBe(true);
  });

  it('refuses while a server runs on the home, and files that are not backups', async () => {
    const path = await backupNow(f.dir, f.ctx.now(), join(f.dir, 'copy.db'));
    // A live process other than this one holds the record: the parent of this test runner.
    writeFileSync(serverFile(f.dir), String(process.ppid));
    await expect(restoreBackup(f.ctx, f.dir, path)).rejects.toThrow(/server is running/);
    rmSync(serverFile(f.dir));
    const junk = join(f.dir, 'junk.db');
    writeFileSync(junk, 'not a database');
    await expect(restoreBackup(f.ctx, f.dir, junk)).rejects.toThrow(/not an Afterview backup/);
    await expect(restoreBackup(f.ctx, f.dir, join(f.dir, 'missing.db'))).rejects.toThrow(
      /does not exist/,
    );
  });

  it('keeps one daily backup a day, the last seven', async () => {
    for (let d = 1; d <= 9; d++) {
      const date = `2026-03-${String(d).padStart(2, '0')}`;
      expect(await dailyBackup(f.dir, date)).toMatch(/daily-2026-03-0\d\.db$/);
      expect(await dailyBackup(f.dir, date)).toBeNull();
    }
    const files = readdirSync(backupsDir(f.dir)).filter((x) => x.startsWith('daily-'));
    expect(files).toHaveLength(DAILY_KEEP);
    expect(files[0]).toBe('daily-2026-03-03.db');
  });
});
