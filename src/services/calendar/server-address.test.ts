import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordServerAddress, runningServerAddress } from './server-address.js';

const home = mkdtempSync(join(tmpdir(), 'afterview-addr-'));
afterEach(() => {
  rmSync(join(home, 'server-address'), { force: true });
});

describe('the running server address (calendar token, issue 11)', () => {
  it('is the address serve recorded while it runs, and nothing after a clean stop', () => {
    expect(runningServerAddress(home)).toBeNull();
    const unrecord = recordServerAddress(home, 'http://127.0.0.1:5123');
    expect(runningServerAddress(home)).toBe('http://127.0.0.1:5123');
    unrecord();
    expect(runningServerAddress(home)).toBeNull();
  });
  it('is ignored when the process that wrote it is gone', () => {
    writeFileSync(join(home, 'server-address'), '2147483646 http://127.0.0.1:5999\n');
    expect(runningServerAddress(home)).toBeNull();
  });
});
