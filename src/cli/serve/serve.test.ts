import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, CliHome, freePort } from '../test/run-cli.js';

let home: CliHome;
beforeEach(() => {
  home = new CliHome();
});
afterEach(() => {
  home.cleanup();
});

/**
 * Runs `afterview serve` until its output (stdout and stderr together) satisfies `done`, then
 * `settleMs` more (the dispatcher's first look at the digest), then stops it.
 */
async function serveUntil(
  done: (output: string) => boolean,
  settleMs: number,
  flags: string[] = [],
): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), ...flags], {
    env: home.env(),
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`serve did not print what was expected in 20 s:\n${output}`));
    }, 20_000);
    const look = (b: Buffer): void => {
      output += b.toString();
      if (done(output)) {
        clearTimeout(timer);
        setTimeout(resolve, settleMs);
      }
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
  });
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  return output;
}

describe('afterview serve in a new home', () => {
  it('shows what to do first and says nothing about a digest nobody set up', async () => {
    // Monday 17:00: the day's digest (08:00) is due, so the dispatcher looks at it at once.
    const first = await serveUntil((o) => o.includes('Then: set your name'), 2000);
    // stderr carries the log, as JSON lines; the lines a person reads are the others (stdout).
    const all = first.trim().split('\n');
    const events = all.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as object);
    expect(events).toContainEqual(expect.objectContaining({ event: 'serve.start', auth: true }));
    const lines = all.filter((l) => !l.startsWith('{'));
    // The link carries the one-time token that signs a browser in (src/http/auth.ts).
    expect(lines[0]).toMatch(
      /^Afterview is running at http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/,
    );
    expect(lines[1]).toMatch(/^First: open the link above and add your first application/);
    expect(lines[2]).toContain('afterview settings set name');
    expect(first).not.toMatch(/digest/i);
  });

  it('once mail is half set up, says what the digest still needs, and drops the first steps done', async () => {
    home.json(['settings', 'set', 'email', 'alex@example.com']);
    home.json(['settings', 'set', 'name', 'Alex Doe']);
    home.json(['app', 'add', '--company', 'Northwind Traders', '--role', 'Backend Engineer']);
    const out = await serveUntil((o) => o.includes('no SMTP server'), 0);
    expect(out).toContain('daily digest: not sent, no SMTP server is set');
    expect(out).not.toContain('First:');
    expect(out).not.toContain('Then:');
  });
});
