import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasControl } from '../domain/text.js';
import { BIN, CliHome } from './test/run-cli.js';

/**
 * Regression tests for the breaks a hostile-input run found (issue 15), through the built CLI:
 * refused with exit 2, one `error:` line and nothing written; stored control characters never
 * reach the terminal.
 */

const home = new CliHome();
let appId: number;
beforeAll(() => {
  appId = home.json<{ id: number }>(['app', 'add', '--company', 'Northwind', '--role', 'SRE']).id;
});
afterAll(() => {
  home.cleanup();
});

const refused = (args: string[], pattern: RegExp): void => {
  const before = home.snapshot();
  const r = home.run(args);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(/^error: /);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(home.snapshot()).toBe(before);
};

describe('refused input', () => {
  it('refuses an impossible UTC offset, a far year and 1h99m', () => {
    const app = String(appId);
    refused(['interview', 'log', app, '--at', '2026-03-09T10:00+99:00'], /impossible UTC offset/);
    refused(['interview', 'log', app, '--at', '9999-03-09T10:00'], /1970–2200/);
    refused(
      ['interview', 'log', app, '--at', '2026-03-02T10:00', '--duration', '1h99m'],
      /not a duration/,
    );
  });

  it('refuses arguments that are not UTF-8', () => {
    const before = home.snapshot();
    // A raw 0xFF byte in an argument, as a shell passes it.
    const r = spawnSync(
      '/bin/sh',
      ['-c', `"${process.execPath}" "${BIN}" app add --company "$(printf 'A\\377B')" --role x`],
      { env: home.env(), encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^error: argument 4 is not valid UTF-8 text/);
    expect(home.snapshot()).toBe(before);
  });

  it('refuses a bad e-mail setting, a two-line sender and a recipient that is no address', () => {
    refused(['settings', 'set', 'email', 'not-an-email'], /email must be an e-mail address/);
    refused(['settings', 'set', 'mail.from', 'Sam\r\nBcc: x@y.z <sam@example.com>'], /one line/);
    home.json([
      'interview',
      'log',
      String(appId),
      '--at',
      '2026-03-02T13:00',
      '--interviewer',
      'Priya Raman <priya@northwind.example>',
    ]);
    const actions = home.json<{ id: number; kind: string }[]>(['actions']);
    const thanks = actions.find((a) => a.kind === 'thank_you');
    refused(
      ['draft', String(thanks?.id ?? 0), '--to', 'not an email <<>>'],
      /not an e-mail address/,
    );
    refused(
      [
        'interview',
        'log',
        String(appId),
        '--at',
        '2026-03-02T15:00',
        '--interviewer',
        'Priya\nRaman <priya@northwind.example>',
      ],
      /one line/,
    );
  });
});

describe('control characters in stored text', () => {
  it('never reach the terminal from actions and today', () => {
    home.json(['action', 'add', '--title', 'Call Priya', '--due', '2026-03-02T18:00']);
    // Data written by an older version, or another program, straight into the file.
    const db = new Database(join(home.dir, 'afterview.db'));
    db.prepare("update actions set title = ? where title = 'Call Priya'").run(
      'Call \u001b[31mPriya\u0007\u0000 now',
    );
    db.close();
    for (const cmd of [['actions'], ['today']]) {
      const r = home.run(cmd);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Call [31mPriya now');
      expect(hasControl(r.stdout)).toBe(false);
    }
  });
});
