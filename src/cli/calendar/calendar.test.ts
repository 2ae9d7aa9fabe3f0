import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TestSmtp } from '../../adapters/test/smtp.js';
import { parseCalendar } from '../../domain/calendar/test/parse.js';
import { BIN, CliHome } from '../test/run-cli.js';

/**
 * `calendar export`, `calendar token`, `digest` and the dispatcher inside `serve`, through real
 * processes (bin/afterview → dist/bundle: `npm run build` first) in a temp AFTERVIEW_HOME.
 * The SMTP server runs in this process, so commands that mail run asynchronously.
 */

let smtp: TestSmtp;
let home: CliHome;

beforeAll(async () => {
  smtp = await TestSmtp.start();
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(() => {
  smtp.reset();
  home = new CliHome();
  home.now = '2026-03-09T09:00:00-04:00'; // Monday, after the 08:00 digest time
});
afterEach(() => {
  home.cleanup();
});

function seed(): void {
  for (const [k, v] of Object.entries({
    name: 'Alex Doe',
    email: 'alex@example.com',
    ...smtp.settings(),
  })) {
    expect(home.run(['settings', 'set', k, v]).code).toBe(0);
  }
  home.json(['app', 'add', '--company', 'Müller, Söhne; Partner', '--role', 'Backend Engineer']);
  home.json([
    'interview',
    'log',
    '1',
    '--at',
    '2026-03-06T14:00',
    '--interviewer',
    'Zoë Łukasz <zoe@mueller.example>',
    '--topic',
    'billing; ledgers, events',
  ]);
  home.json([
    'interview',
    'schedule',
    '1',
    '--at',
    '2026-03-12T10:30',
    '--location',
    'Straße 1, Berlin',
    '--interviewer',
    'Zoë Łukasz <zoe@mueller.example>',
  ]);
}

describe('afterview calendar export', () => {
  it('prints the calendar, or writes it to --out', () => {
    seed();
    const r = home.run(['calendar', 'export']);
    expect(r.code).toBe(0);
    const cal = parseCalendar(r.stdout);
    const interview = cal.events.find((e) => e.uid === 'interview-2@afterview');
    expect(interview?.summary).toBe('Interview: Backend Engineer at Müller, Söhne; Partner');
    expect(interview?.location).toBe('Straße 1, Berlin');
    expect(interview?.start.toISOString()).toBe('2026-03-12T14:30:00.000Z');
    const pending = home.json<{ id: number; title: string; application_id: number }[]>(['actions']);
    const actions = cal.events.filter((e) => e.uid.startsWith('action-'));
    expect(actions.map((e) => e.summary).sort()).toEqual(pending.map((a) => a.title).sort());
    expect(actions.every((e) => e.url === 'http://127.0.0.1:4747/applications/1')).toBe(true);

    const out = join(home.dir, 'afterview.ics');
    const w = home.json<{ path: string; events: number }>(['calendar', 'export', '--out', out]);
    expect(w).toEqual({ path: out, events: cal.events.length });
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
  });

  it('refuses bad input with one error line and writes nothing', () => {
    seed();
    const before = home.snapshot();
    for (const args of [
      ['calendar', 'export', '--base', 'not a url'],
      ['calendar', 'export', '--out', ''],
      ['calendar', 'token', '--renew', '--revoke'],
      ['calendar', 'token', '--bogus'],
      ['calendar', 'export', 'extra'],
    ]) {
      const r = home.run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^error: [^\n]+\n$/);
      expect(r.stdout).toBe('');
    }
    expect(home.snapshot()).toBe(before);
  });
});

describe('afterview calendar token', () => {
  it('creates the URL on first use, renews and revokes it', () => {
    const first = home.json<{ url: string }>(['calendar', 'token']).url;
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:4747\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(home.run(['calendar', 'token']).stdout.split('\n')[0]).toBe(first);
    const renewed = home.json<{ url: string }>(['calendar', 'token', '--renew']).url;
    expect(renewed).not.toBe(first);
    expect(home.json(['calendar', 'token', '--revoke'])).toEqual({ url: null, revoked: true });
    expect(home.json(['calendar', 'token'])).toEqual({ url: null });
    expect(home.run(['calendar', 'token']).stdout).toMatch(/off \(revoked\).*--renew/);
    const base = home.json<{ url: string }>([
      'calendar',
      'token',
      '--renew',
      '--base',
      'http://192.168.1.20:4747/',
    ]).url;
    expect(base).toMatch(/^http:\/\/192\.168\.1\.20:4747\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  });

  it('uses the app.url setting when no --base is given, and refuses an address that is no URL', () => {
    const unknown = home.json<{ url: string; address_known: boolean }>(['calendar', 'token']);
    expect(unknown.address_known).toBe(false);
    const before = home.snapshot();
    const bad = home.run(['settings', 'set', 'app.url', 'afterview.example.org']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: app\.url must be like https:\/\/afterview\.example\.org/);
    expect(home.snapshot()).toBe(before);
    expect(
      home.run(['settings', 'set', 'app.url', 'https://jobs.example.org/afterview/']).code,
    ).toBe(0);
    const set = home.json<{ url: string; address_known: boolean }>(['calendar', 'token']);
    expect(set.url).toMatch(
      /^https:\/\/jobs\.example\.org\/afterview\/calendar\/[A-Za-z0-9_-]{43}\.ics$/,
    );
    expect(set.address_known).toBe(true);
    expect(home.run(['calendar', 'token']).stdout).not.toMatch(/default port/);
    const given = home.json<{ url: string }>([
      'calendar',
      'token',
      '--base',
      'http://10.0.0.2:4747',
    ]);
    expect(given.url.startsWith('http://10.0.0.2:4747/calendar/')).toBe(true);
  });
});

describe('afterview digest', () => {
  it('previews, sends once a day to a real SMTP server, and refuses a second', async () => {
    seed();
    const preview = home.json<{
      date: string;
      to: string;
      subject: string;
      text: string;
      overdue: number[];
      today: number[];
      message: null;
    }>(['digest']);
    expect(preview).toMatchObject({ date: '2026-03-09', to: 'alex@example.com', message: null });
    expect(preview.overdue.length + preview.today.length).toBeGreaterThan(0);
    expect(preview.text).toContain('http://127.0.0.1:4747/applications/1');

    const sent = JSON.parse(await home.ok(['digest', '--send', '--json'])) as {
      id: number;
      state: string;
      outcome: string;
    };
    expect(sent).toMatchObject({ state: 'sent', outcome: 'sent', kind: 'digest' });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!.parsed;
    expect(mail.subject).toBe(preview.subject);
    expect(mail.text).toBe(preview.text);
    expect(mail.text).toContain('Why: ');

    const again = await home.runAsync(['digest', '--send']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^error: today's digest \(2026-03-09\) was already sent .*\n$/);
    expect(smtp.received).toHaveLength(1);
    expect(home.run(['digest']).stdout).toMatch(/Today's digest is message #\d+ \(sent, /);
  });
});

describe('afterview serve', () => {
  /** Starts the server on a free-ish port; resolves once it listens. */
  async function start(
    port: number,
  ): Promise<{ child: ChildProcessWithoutNullStreams; err: () => string }> {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
      env: home.env(),
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('Afterview is running')) resolve();
      });
      child.on('exit', (code) => {
        reject(new Error(`serve exited ${String(code)}: ${err}`));
      });
    });
    return { child, err: () => err };
  }

  const stop = (child: ChildProcessWithoutNullStreams): Promise<number | null> =>
    new Promise((resolve) => {
      child.on('exit', (code) => {
        resolve(code);
      });
      child.kill('SIGTERM');
    });

  async function until(check: () => boolean, ms = 10_000): Promise<void> {
    for (const t0 = Date.now(); !check();) {
      if (Date.now() - t0 > ms) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('serves the feed, mails the digest once across a restart, and stops on SIGTERM', async () => {
    seed();
    const url = home.json<{ url: string }>(['calendar', 'token']).url;
    const port = 40_000 + Math.floor(Math.random() * 20_000);
    const a = await start(port);
    const feed = await fetch(url.replace(':4747', `:${String(port)}`));
    expect(feed.status).toBe(200);
    const cal = parseCalendar(await feed.text());
    expect(cal.events.some((e) => e.uid === 'interview-2@afterview')).toBe(true);
    // The links name the address the feed was fetched from.
    expect(cal.events[0]!.url).toBe(`http://127.0.0.1:${String(port)}/applications/1`);
    await until(() => smtp.received.length === 1);
    expect(smtp.received[0]!.parsed.subject).toMatch(/\(Mon 9 Mar\)$/);
    expect(a.err()).toMatch(/daily digest of 2026-03-09: queued as message #\d+/);
    expect(await stop(a.child)).toBe(0);

    const b = await start(port);
    // Give the restarted dispatcher its first tick (it runs as the server starts listening).
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received).toHaveLength(1);
    expect(b.err()).not.toMatch(/queued/);
    expect(await stop(b.child)).toBe(0);
  }, 120_000);
});
