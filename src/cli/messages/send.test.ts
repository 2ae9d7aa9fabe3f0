import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TestSmtp } from '../../adapters/test/smtp.js';
import { BIN, CliHome } from '../test/run-cli.js';

/**
 * End to end through real processes: log an interview, draft, send to a real SMTP server on
 * 127.0.0.1. The server runs in this process, so the CLI runs asynchronously (a synchronous
 * spawn would block the server it talks to).
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
});
afterEach(() => {
  home.cleanup();
});

interface Json {
  id: number;
  kind: string;
  state: string;
  held: boolean;
  outcome?: string;
  findings: { rule: string; severity: string }[];
  message_id: string | null;
  contact_id: number | null;
}

const json = async <T>(args: string[]): Promise<T> =>
  JSON.parse(await home.ok([...args, '--json'])) as T;

async function setUp(): Promise<{ thankYou: number[] }> {
  for (const [k, v] of [
    ['name', 'Alex Doe'],
    ['email', 'alex@example.com'],
    ['skills', 'Go,PostgreSQL,event sourcing'],
    ...Object.entries(smtp.settings()),
  ]) {
    await home.ok(['settings', 'set', k ?? '', v ?? '']);
  }
  await home.ok(['app', 'add', '--company', 'Northwind Traders', '--role', 'Backend Engineer']);
  await home.ok([
    'interview',
    'log',
    '1',
    '--at',
    '2026-03-02T13:00',
    '--duration',
    '45m',
    '--interviewer',
    'Priya Raman <priya@northwind.example>',
    '--interviewer',
    'Jürgen Müller <jm@northwind.example>',
    '--topic',
    'event sourcing for billing',
    '--topic',
    'on-call rotations',
    '--decision-by',
    '2026-03-06',
    '--late',
  ]);
  const actions = await json<{ id: number; kind: string }[]>(['actions']);
  return { thankYou: actions.filter((a) => a.kind === 'thank_you').map((a) => a.id) };
}

describe('log interview → draft → send', () => {
  it('delivers a checked, personal thank-you to a real SMTP server', async () => {
    const { thankYou } = await setUp();
    const draftText = await home.ok(['draft', String(thankYou[0])]);
    expect(draftText).toMatch(/^Drafted message #1 for action #\d+: thank_you by email/);
    expect(draftText).toContain('Dear Priya,');
    expect(draftText).toContain('Check: no problems found');
    const sent = await json<Json>(['send', '1']);
    expect(sent).toMatchObject({ id: 1, state: 'sent', outcome: 'sent' });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!.parsed;
    expect(mail.subject).toBe('Thank you – Backend Engineer interview');
    expect(mail.text).toContain('event sourcing for billing');
    expect(mail.text).toContain('patience');
    expect(mail.messageId).toBe(sent.message_id);
    expect(mail.from?.value[0]).toEqual({ name: 'Alex Doe', address: 'alex@example.com' });
    const all = await json<{ id: number; status: string }[]>(['actions', '--all']);
    expect(all.find((a) => a.id === thankYou[0])?.status).toBe('done');
    // Sent once, never twice.
    const again = await home.runAsync(['send', '1']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^error: message 1 was already sent .*never sent twice\n$/);
    expect(smtp.received).toHaveLength(1);
    // The second interviewer's note reads differently.
    const second = await json<Json & { body: string }>(['draft', String(thankYou[1])]);
    expect(second.body).toMatch(/^Hello Jürgen,/);
    expect(second.findings).toEqual([]);
  });

  it('holds a message whose sender was killed mid-send, and waits for the user', async () => {
    const { thankYou } = await setUp();
    await home.ok(['draft', String(thankYou[0])]);
    smtp.mode = 'hang';
    const seen = smtp.dataSeen;
    const child = spawn(process.execPath, [BIN, 'send', '1'], { env: home.env(), stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    for (let i = 0; i < 200 && smtp.dataSeen === seen; i++)
      await new Promise((r) => setTimeout(r, 25));
    expect(smtp.dataSeen).toBe(seen + 1);
    child.kill('SIGKILL'); // the server has the whole message; its reply never arrives
    await exited;
    smtp.mode = 'accept';
    const [held] = await json<Json[]>(['outbox']);
    expect(held).toMatchObject({ id: 1, state: 'sending', held: true });
    expect(await home.ok(['outbox'])).toMatch(
      /HELD: may have been sent[\s\S]*afterview outbox confirm 1/,
    );
    const refused = await home.runAsync(['send', '1']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/may already have been sent \(Message-ID </);
    expect(await home.ok(['outbox', 'confirm', '1'])).toMatch(
      /Recorded message #1 as sent\. Action #\d+ is done\./,
    );
    expect(smtp.received).toHaveLength(0);
  });

  it('shows a 5xx refusal and exits 1', async () => {
    const { thankYou } = await setUp();
    await home.ok(['draft', String(thankYou[0])]);
    smtp.mode = 'reject';
    const r = await home.runAsync(['send', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Could not send message #1 after 1 attempt: .*550/);
    expect((await json<Json>(['outbox', 'show', '1'])).state).toBe('failed');
  });

  it('writes an .eml, and refuses what it cannot do with exit 2 and nothing written', async () => {
    const { thankYou } = await setUp();
    await home.ok(['draft', String(thankYou[0])]);
    const before = home.snapshot();
    for (const [args, message] of [
      [
        ['send', '1', '--via', 'pdf'],
        /--via must be smtp or eml for a message on the email channel, not pdf/,
      ],
      [['send', '1', '--force'], /reason must not be empty/],
      [['send', '9'], /message 9 does not exist/],
      [['draft', '999'], /action 999 does not exist/],
      [['draft', String(thankYou[1]), '--channel', 'fax'], /unknown channel "fax"/],
    ] as const) {
      const r = await home.runAsync([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
    expect(home.snapshot()).toBe(before);
    const out = join(home.dir, 'note.eml');
    expect(await home.ok(['send', '1', '--via', 'eml', '--out', out])).toContain(
      `Wrote message #1 to ${out}`,
    );
  });

  it('keeps the SMTP password out of the settings it prints', async () => {
    await home.ok(['settings', 'set', 'smtp.password', 'hunter2-secret']);
    expect(await home.ok(['settings'])).toMatch(/smtp\.password\s+\(set\)/);
    expect(await home.ok(['settings', 'get', 'smtp.password'])).toBe('(set)\n');
    expect(await home.ok(['settings', '--json'])).not.toContain('hunter2');
  });
});

describe('afterview check FILE', () => {
  it('prints findings with line:column; exit 0 with only warnings, 1 with an error', async () => {
    await home.ok(['settings', 'set', 'spelling.words', 'Priya']);
    const clean = join(home.dir, 'clean.txt');
    writeFileSync(
      clean,
      'Dear Priya,\n\nThank you for the talk about billing. I recieve it.\n\nAlex\n',
    );
    const r = await home.runAsync(['check', clean, '--kind', 'thank_you']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${clean}:3:41`);
    expect(r.stdout).toMatch(
      /warning\s+spelling\s+"recieve" is not in the dictionary \(did you mean "receive"/,
    );
    expect(r.stdout).toMatch(/: 1 warning\n$/);
    const bad = join(home.dir, 'bad.txt');
    writeFileSync(
      bad,
      'Subject: Thanks\n\nDear Priya,\n\nThank you! Please let me know about [date].\n',
    );
    const b = await home.runAsync(['check', bad, '--kind', 'thank_you', '--json']);
    expect(b.code).toBe(1);
    const parsed = JSON.parse(b.stdout) as {
      ok: boolean;
      findings: { rule: string; start: number }[];
    };
    expect(parsed.ok).toBe(false);
    expect(parsed.findings.map((x) => x.rule)).toEqual(['no_request', 'placeholder']);
    const text = await home.runAsync(['check', bad, '--kind', 'thank_you']);
    expect(text.stdout).toContain(`${bad}:5:19`);
    const missing = await home.runAsync(['check', join(home.dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: cannot read .*nope\.txt \(ENOENT\)\n$/);
  });
});

describe('afterview templates', () => {
  it('lists, shows with rationale and variables, and adds your own', async () => {
    expect(await home.ok(['templates', '--kind', 'thank_you'])).toMatch(
      /thank_you\/conversation\s+thank_you\s+email,letter/,
    );
    const shown = await home.ok(['templates', 'show', 'thank_you/conversation']);
    expect(shown).toMatch(/Why: .*002_daed6c9d822ee66f\.txt/);
    expect(shown).toContain('{{first_name}}');
    const body = join(home.dir, 'mine.txt');
    writeFileSync(body, 'Dear {{first_name}},\n\nThank you for {{topic}}.\n\n{{signature}}\n');
    const added = await json<{ id: string }>([
      'templates',
      'add',
      '--name',
      'mine',
      '--kind',
      'thank_you',
      '--channel',
      'email',
      '--subject',
      'Thanks',
      '--body-file',
      body,
    ]);
    expect(added.id).toMatch(/^user:\d+$/);
    const r = await home.runAsync(['templates', 'edit', 'thank_you/brief', '--subject', 'x']);
    expect(r.code).toBe(2);
  });
});
