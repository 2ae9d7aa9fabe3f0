import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestSmtp } from '../adapters/test/smtp.js';
import { BIN, CliHome, freePort } from './test/run-cli.js';

/**
 * The crash harness (issue 15): the server and CLI writers work on one database and are killed
 * with SIGKILL at random moments, round after round. After each round the database is sound,
 * every write that a command acknowledged (exit 0) is there, and no message reached the mail
 * server twice or went missing: each one the server received is recorded as sent, or held for
 * the user to confirm.
 */

const ROUNDS = 6;
const home = new CliHome();
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await TestSmtp.start();
});
afterAll(async () => {
  await smtp.close();
  home.cleanup();
});

interface MessageJson {
  id: number;
  state: string;
  held: boolean;
  message_id: string | null;
}

/** A child that can be killed at any moment; resolves with its exit code and output. */
function start(args: string[]): {
  child: ChildProcess;
  done: Promise<{ code: number | null; out: string }>;
} {
  const child = spawn(process.execPath, [BIN, ...args], { env: home.env() });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', () => {});
  const done = new Promise<{ code: number | null; out: string }>((resolve) => {
    child.on('close', (code) => {
      resolve({ code, out });
    });
  });
  return { child, done };
}

async function setUp(): Promise<number[]> {
  for (const [k, v] of [
    ['name', 'Alex Doe'],
    ['email', 'alex@example.com'],
    ...Object.entries(smtp.settings()),
  ]) {
    await home.ok(['settings', 'set', k ?? '', v ?? '']);
  }
  const drafts: number[] = [];
  for (let i = 1; i <= 8; i++) {
    await home.ok(['app', 'add', '--company', `Company ${String(i)}`, '--role', 'Engineer']);
    await home.ok([
      'interview',
      'log',
      String(i),
      '--at',
      '2026-03-02T13:00',
      '--interviewer',
      `Person ${String(i)} <p${String(i)}@company${String(i)}.example>`,
      '--topic',
      `project ${String(i)}`,
    ]);
  }
  const actions = JSON.parse(await home.ok(['actions', '--json'])) as {
    id: number;
    kind: string;
  }[];
  for (const a of actions.filter((x) => x.kind === 'thank_you')) {
    const d = JSON.parse(await home.ok(['draft', String(a.id), '--json'])) as { id: number };
    drafts.push(d.id);
  }
  return drafts;
}

describe('crash harness: the server and CLI writers killed at random moments', () => {
  it('keeps the database sound, every acknowledged write, and every message sent at most once', async () => {
    const toSend = await setUp();
    expect(toSend.length).toBe(8);
    const acknowledgedApps = new Set<number>();
    const acknowledgedSends = new Set<number>();
    let company = 100;

    for (let round = 0; round < ROUNDS; round++) {
      const port = await freePort();
      const server = start(['serve', '--no-auth', '--port', String(port)]);
      const running = new Set<ChildProcess>([server.child]);
      const phase = { stop: false };
      // Writer 1: applications, one command after another.
      const apps = (async () => {
        while (!phase.stop) {
          const w = start([
            'app',
            'add',
            '--company',
            `Crash ${String(company++)}`,
            '--role',
            'R',
            '--json',
          ]);
          running.add(w.child);
          const r = await w.done;
          running.delete(w.child);
          if (r.code === 0) acknowledgedApps.add((JSON.parse(r.out) as { id: number }).id);
        }
      })();
      // Writer 2: sends the next draft over SMTP.
      const sends = (async () => {
        while (!phase.stop && toSend.length > 0) {
          const id = toSend[0] ?? 0;
          const w = start(['send', String(id), '--json']);
          running.add(w.child);
          const r = await w.done;
          running.delete(w.child);
          if (r.code === 0) acknowledgedSends.add(id);
          // Sent, held or refused: either way this one is settled; a killed send is retried.
          if (r.code !== null) toSend.shift();
        }
      })();
      await new Promise((r) => setTimeout(r, 1500 + Math.floor(Math.random() * 2500)));
      phase.stop = true;
      for (const c of running) c.kill('SIGKILL');
      server.child.kill('SIGKILL');
      await Promise.all([apps, sends, server.done]);

      // The database is sound and holds every acknowledged application.
      const db = new Database(join(home.dir, 'afterview.db'), { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const ids = new Set(
          (db.prepare('select id from applications').all() as { id: number }[]).map((r) => r.id),
        );
        for (const id of acknowledgedApps)
          expect(ids.has(id), `application ${String(id)}`).toBe(true);
      } finally {
        db.close();
      }
    }

    // After a restart, a message left in `sending` is held; nothing reached the server twice,
    // and everything it received is recorded as sent or held for the user.
    const messages = JSON.parse(await home.ok(['outbox', '--all', '--json'])) as MessageJson[];
    const received = smtp.received.map((m) => m.parsed.messageId);
    expect(new Set(received).size).toBe(received.length);
    for (const m of messages) {
      if (m.state === 'sending') expect(m.held, `message ${String(m.id)}`).toBe(true);
      const arrived = m.message_id !== null && received.includes(m.message_id);
      if (arrived) expect(['sent', 'sending']).toContain(m.state);
      if (acknowledgedSends.has(m.id)) {
        expect(m.state).toBe('sent');
        expect(arrived).toBe(true);
      }
    }
    expect(acknowledgedApps.size).toBeGreaterThan(0);
  }, 180_000);
});
