import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordRunningServer, runningServer, serverFile } from './running-server.js';

const home = mkdtempSync(join(tmpdir(), 'afterview-running-'));
afterEach(() => {
  rmSync(serverFile(home), { force: true });
});

describe('the record of the running server (restore, calendar token)', () => {
  it('holds the process and the address while serve runs, and nothing after a clean stop', () => {
    expect(runningServer(home)).toBeNull();
    const unrecord = recordRunningServer(home, 'http://127.0.0.1:5123');
    expect(readFileSync(serverFile(home), 'utf8')).toBe(
      `${String(process.pid)} http://127.0.0.1:5123\n`,
    );
    unrecord();
    expect(existsSync(serverFile(home))).toBe(false);
  });

  it('makes a data folder that does not exist yet, private (serve on PostgreSQL, without auth)', () => {
    const fresh = join(home, 'not-yet');
    const unrecord = recordRunningServer(fresh, 'http://127.0.0.1:5124');
    expect(runningServer(fresh)).toBeNull(); // this process's own record
    expect(statSync(fresh).mode & 0o777).toBe(0o700);
    unrecord();
    expect(existsSync(serverFile(fresh))).toBe(false);
  });

  it('is the server of another live process, with or without an address', () => {
    // A live process other than this one: the parent of this test runner.
    writeFileSync(serverFile(home), `${String(process.ppid)} http://127.0.0.1:5123\n`);
    expect(runningServer(home)).toEqual({ pid: process.ppid, url: 'http://127.0.0.1:5123' });
    writeFileSync(serverFile(home), String(process.ppid));
    expect(runningServer(home)).toEqual({ pid: process.ppid, url: null });
  });

  it('is ignored when the process that wrote it is gone, or the record is not one', () => {
    writeFileSync(serverFile(home), '2147483646 http://127.0.0.1:5999\n');
    expect(runningServer(home)).toBeNull();
    writeFileSync(serverFile(home), 'junk');
    expect(runningServer(home)).toBeNull();
  });
});
