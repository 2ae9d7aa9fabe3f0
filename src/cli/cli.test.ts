import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from './commands.js';
import { CliHome } from './test/run-cli.js';

let home: CliHome;
beforeEach(() => {
  home = new CliHome();
});
afterEach(() => {
  home.cleanup();
});

interface AppJson {
  id: number;
  status: string;
  company: string;
}
interface ActionJson {
  id: number;
  kind: string;
  title: string;
  due: string;
  status: string;
  why: string;
}

describe('afterview CLI', () => {
  it('prints help for the program and for every command', () => {
    const top = home.run(['--help']);
    expect(top.code).toBe(0);
    for (const c of COMMANDS) {
      expect(top.stdout).toContain(c.name);
      const r = home.run([...c.name.split(' '), '--help']);
      expect(r.code, c.name).toBe(0);
      expect(r.stdout).toContain(`usage: afterview ${c.name}`);
    }
    // One process per command, and there are over sixty: the default 30 s is too short on a
    // loaded 2-core machine.
  }, 180_000);

  it('creates the data folder on first use', () => {
    const dir = join(home.dir, 'nested', 'data');
    const r = home.run(['app', 'list'], { AFTERVIEW_HOME: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'afterview.db'))).toBe(true);
  });

  it('falls back to $XDG_DATA_HOME/afterview', () => {
    const xdg = mkdtempSync(join(tmpdir(), 'afterview-xdg-'));
    try {
      const r = home.run(['app', 'list'], { AFTERVIEW_HOME: '', XDG_DATA_HOME: xdg });
      expect(r.code).toBe(0);
      expect(existsSync(join(xdg, 'afterview', 'afterview.db'))).toBe(true);
    } finally {
      rmSync(xdg, { recursive: true, force: true });
    }
  });

  it('adds, lists and moves applications, printing ids and events', () => {
    const app = home.json<AppJson>([
      'app',
      'add',
      '--company',
      'Acme Inc.',
      '--role',
      'Backend Engineer',
      '--url',
      'https://acme.example/jobs/1',
    ]);
    expect(app).toMatchObject({
      company: 'Acme Inc.',
      status: 'applied',
      applied_on: '2026-03-02',
    });
    const moved = home.json<AppJson>([
      'app',
      'status',
      String(app.id),
      'withdrawn',
      '--note',
      'took another path',
    ]);
    expect(moved.status).toBe('withdrawn');
    const list = home.json<AppJson[]>(['app', 'list', '--status', 'withdrawn']);
    expect(list.map((a) => a.id)).toEqual([app.id]);
    const text = home.run(['app', 'list']);
    expect(text.stdout).toContain(`#${app.id}`);
    const shown = home.json<{ events: { kind: string; to_status: string | null }[] }>([
      'app',
      'show',
      String(app.id),
    ]);
    expect(shown.events.map((e) => [e.kind, e.to_status])).toEqual([
      ['created', 'applied'],
      ['status', 'withdrawn'],
    ]);
  });

  it('prints times in JSON with an explicit offset', () => {
    const a = home.json<ActionJson>([
      'action',
      'add',
      '--title',
      'Call Sam',
      '--due',
      '2026-03-09T10:00',
    ]);
    expect(a.due).toBe('2026-03-09T10:00:00-04:00');
  });

  it('logs an interview and prints the plan it created', () => {
    const app = home.json<AppJson>(['app', 'add', '--company', 'Globex', '--role', 'SRE']);
    const r = home.run([
      'interview',
      'log',
      String(app.id),
      '--at',
      '2026-03-02T13:00',
      '--duration',
      '45m',
      '--interviewer',
      'Ana Ruiz <ana@globex.example>',
      '--topic',
      'incident reviews',
      '--decision-by',
      '2026-03-06',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Logged interview #\d+/);
    expect(r.stdout).toContain('Planned:');
    expect(r.stdout).toMatch(/why: /);
    const shown = home.json<AppJson>(['app', 'show', String(app.id)]);
    expect(shown.status).toBe('interviewing');
  });

  it('lists due actions today and handles done, skip and snooze', () => {
    const a = home.json<ActionJson>([
      'action',
      'add',
      '--title',
      'Send portfolio',
      '--due',
      '2026-03-02T12:00',
    ]);
    const b = home.json<ActionJson>([
      'action',
      'add',
      '--title',
      'Call recruiter',
      '--due',
      '2026-03-02T16:00',
    ]);
    const c = home.json<ActionJson>([
      'action',
      'add',
      '--title',
      'Read about Globex',
      '--due',
      '2026-03-02T18:00',
    ]);
    const later = home.json<ActionJson>([
      'action',
      'add',
      '--title',
      'Next week',
      '--due',
      '2026-03-10T09:00',
    ]);
    expect(home.json<ActionJson[]>(['today']).map((x) => x.id)).toEqual([a.id, b.id, c.id]);
    expect(home.run(['today']).stdout).toContain('(overdue)');
    expect(home.json<ActionJson>(['done', String(a.id)]).status).toBe('done');
    expect(home.json<ActionJson>(['skip', String(b.id), '--reason', 'they called me']).status).toBe(
      'skipped',
    );
    const snoozed = home.json<ActionJson>(['snooze', String(c.id), '--until', '2026-03-04T09:00']);
    expect(snoozed.due).toBe('2026-03-04T09:00:00-05:00');
    expect(home.json<ActionJson[]>(['today'])).toEqual([]);
    expect(home.json<ActionJson[]>(['actions']).map((x) => x.id)).toEqual([c.id, later.id]);
    expect(home.json<ActionJson[]>(['actions', '--all'])).toHaveLength(4);
  });

  it('reads and changes settings, refusing unknown zones', () => {
    expect(home.json<{ value: string }>(['settings', 'get', 'timezone']).value).toBe(
      'America/Toronto',
    );
    expect(home.run(['settings', 'set', 'timezone', 'Europe/Berlin']).code).toBe(0);
    expect(home.run(['settings', 'get', 'timezone']).stdout.trim()).toBe('Europe/Berlin');
    const all = home.json<Record<string, string>>(['settings']);
    expect(all['follow_up.delay_days']).toBe('7');
  });

  it('loads the demo with every status', () => {
    const r = home.run(['demo']);
    expect(r.code, r.stderr).toBe(0);
    const statuses = new Set(home.json<AppJson[]>(['app', 'list']).map((a) => a.status));
    for (const s of [
      'saved',
      'applied',
      'interviewing',
      'offer',
      'accepted',
      'declined',
      'rejected',
      'withdrawn',
      'ghosted',
    ]) {
      expect(statuses, s).toContain(s);
    }
    expect(home.run(['demo']).code).toBe(2);
  });
});

describe('bad input: exit 2, one error line, nothing written', () => {
  let appId: number;
  beforeEach(() => {
    appId = home.json<AppJson>(['app', 'add', '--company', 'Acme', '--role', 'Engineer']).id;
    home.json(['app', 'status', String(appId), 'interviewing']);
  });

  const cases: [string, () => string[], RegExp][] = [
    [
      'unknown application id',
      () => ['app', 'status', '999', 'offer'],
      /application 999 does not exist/,
    ],
    [
      'empty company',
      () => ['app', 'add', '--company', '  ', '--role', 'x'],
      /company must not be empty/,
    ],
    ['missing role', () => ['app', 'add', '--company', 'Initech'], /role must not be empty/],
    ['unknown status', () => ['app', 'status', String(appId), 'hired'], /unknown status "hired"/],
    [
      'illegal transition',
      () => ['app', 'status', String(appId), 'applied'],
      /cannot move from interviewing to applied/,
    ],
    [
      'malformed date',
      () => ['app', 'add', '--company', 'Initech', '--role', 'x', '--applied', '2026-02-30'],
      /not a date/,
    ],
    [
      'malformed date-time',
      () => ['interview', 'log', String(appId), '--at', 'yesterday'],
      /not a date-time/,
    ],
    [
      'time zone that does not exist',
      () => ['settings', 'set', 'timezone', 'Mars/Olympus'],
      /unknown time zone/,
    ],
    [
      'unknown flag',
      () => ['app', 'add', '--company', 'Initech', '--role', 'x', '--colour', 'red'],
      /Unknown option '--colour'/,
    ],
    ['unknown command', () => ['frobnicate'], /unknown command/],
    [
      'interview in the future logged as held',
      () => ['interview', 'log', String(appId), '--at', '2026-03-09T10:00'],
      /not started yet/,
    ],
    [
      'bad interviewer address',
      () => [
        'interview',
        'log',
        String(appId),
        '--at',
        '2026-03-02T10:00',
        '--interviewer',
        'Sam <nope>',
      ],
      /not an e-mail/,
    ],
    ['done on a missing action', () => ['done', '4242'], /action 4242 does not exist/],
    [
      'impossible follow-up cap',
      () => ['settings', 'set', 'follow_up.cap', '0'],
      /follow_up.cap is 0/,
    ],
  ];

  it.each(cases)('%s', (_name, args, message) => {
    const before = home.snapshot();
    const r = home.run(args());
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[0]).toMatch(message);
    expect(r.stdout).toBe('');
    expect(home.snapshot()).toBe(before);
  });

  it('refuses a malformed AFTERVIEW_NOW', () => {
    const r = home.run(['today'], { AFTERVIEW_NOW: 'noon' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: AFTERVIEW_NOW/);
  });
});

describe('two processes on one database', () => {
  it('loses no writes when both add applications at once', async () => {
    home.run(['app', 'list']); // create and migrate first, as a running server would have
    const writer = (tag: string) =>
      Promise.all(
        Array.from({ length: 4 }, async (_, batch) => {
          for (let i = 0; i < 5; i++) {
            const r = await home.runAsync([
              'app',
              'add',
              '--company',
              `${tag} ${batch}`,
              '--role',
              `Role ${i}`,
            ]);
            if (r.code !== 0) throw new Error(r.stderr);
          }
        }),
      );
    await Promise.all([writer('Alpha'), writer('Beta')]);
    const apps = home.json<AppJson[]>(['app', 'list']);
    expect(apps).toHaveLength(40);
    expect(new Set(apps.map((a) => a.id)).size).toBe(40);
  }, 120_000);
});
