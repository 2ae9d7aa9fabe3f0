import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestSmtp } from '../../adapters/test/smtp.js';
import { scheduledMessages } from '../../services/outbox/test/scheduled-messages.js';
import { setSetting } from '../../services/settings/settings.js';
import { openPostgresStore } from '../../store/postgres/open.js';
import type { Store } from '../../store/store.js';
import { emptyPostgresDatabase } from '../../store/test/pg-database.js';
import { BIN, freePort } from '../test/run-cli.js';

/**
 * Two `afterview serve` on one PostgreSQL database (issue 16): they share 200 due messages, one
 * is killed (SIGKILL) when about half have arrived, and the other carries on. No message reaches
 * the mail server twice, and none is lost: each is sent (and arrived) or held in `sending` for
 * the user (the killed instance had it in flight); nothing stays scheduled or unheld in
 * `sending`. Needs `npm run build`; runs in the postgres project only.
 */

const MESSAGES = 200;
/** Short, so that what the killed instance claimed is held quickly however it is noticed. */
const LEASE_SECONDS = '3';

let smtp: TestSmtp;
let url: string;
let drop: () => Promise<void>;
const homes: string[] = [];

beforeAll(async () => {
  smtp = await TestSmtp.start();
  // Slow enough that the killed instance surely has messages in flight.
  smtp.delayMs = 200;
  ({ url, drop } = await emptyPostgresDatabase());
});
afterAll(async () => {
  await smtp.close();
  await drop();
  for (const h of homes) rmSync(h, { recursive: true, force: true });
});

/** Messages as the outbox leaves them after approval: scheduled over SMTP, due 3 minutes ago. */
async function seed(store: Store): Promise<number[]> {
  // Past the grace in which a message `afterview send` scheduled is still that process's.
  const at = new Date(Date.now() - 180_000).toISOString();
  const ctx = { store, now: () => at, systemZone: 'UTC' };
  const settings = {
    timezone: 'UTC',
    name: 'Alex Doe',
    email: 'alex@example.com',
    'digest.enabled': 'false',
    ...smtp.settings(),
  };
  for (const [k, v] of Object.entries(settings)) await setSetting(ctx, k, v);
  return scheduledMessages(store, MESSAGES, at);
}

function serve(port: number): { child: ChildProcess; output: () => string } {
  const home = mkdtempSync(join(tmpdir(), 'afterview-two-'));
  homes.push(home);
  const child = spawn(process.execPath, [BIN, 'serve', '--no-auth', '--port', String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      AFTERVIEW_HOME: home,
      AFTERVIEW_NOW: '',
      AFTERVIEW_SEND_LEASE_SECONDS: LEASE_SECONDS,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return { child, output: () => out };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Scheduled, or in `sending` and not held: not settled yet. */
const open = async (store: Store): Promise<number> =>
  (await store.messages.list({ states: ['scheduled', 'sending'] })).filter(
    (m) => m.state === 'scheduled' || m.heldAt === null,
  ).length;

describe('two instances on one PostgreSQL database, one killed mid-batch', () => {
  it('send every message at most once and lose none', async () => {
    const store = await openPostgresStore(url);
    const servers: ReturnType<typeof serve>[] = [];
    try {
      const ids = await seed(store);
      servers.push(serve(await freePort()), serve(await freePort()));
      const killer = servers[0]!;
      const deadline = Date.now() + 50_000;
      let killedAt = -1;
      while (Date.now() < deadline) {
        await sleep(50);
        if (killedAt < 0 && smtp.received.length >= MESSAGES / 2) {
          killer.child.kill('SIGKILL');
          killedAt = smtp.received.length;
        }
        if (killedAt >= 0 && (await open(store)) === 0) break;
      }
      const output = servers.map((s) => s.output()).join('\n---\n');
      expect(killedAt, `never half arrived:\n${output}`).toBeGreaterThanOrEqual(MESSAGES / 2);

      const messages = await store.messages.list({ all: true });
      expect(messages.map((m) => m.id).sort((a, b) => a - b)).toEqual(ids);
      const arrived = smtp.received.map((r) => r.parsed.messageId ?? '');
      expect(new Set(arrived).size, 'a Message-ID arrived twice').toBe(arrived.length);
      const sent = messages.filter((m) => m.state === 'sent');
      const held = messages.filter((m) => m.state === 'sending' && m.heldAt !== null);
      expect(sent.length + held.length, `unsettled:\n${output}`).toBe(MESSAGES);
      for (const m of sent) expect(arrived, `message ${String(m.id)}`).toContain(m.transportId);
      // Whatever arrived is on record: sent, or held for the user to confirm.
      const known = new Set(messages.map((m) => m.transportId));
      for (const id of arrived) expect(known.has(id)).toBe(true);
      // Held: what the killed instance had in flight, at least one and at most its deliveries
      // at once (the job queue's concurrency, 8).
      expect(held.length).toBeGreaterThanOrEqual(1);
      expect(held.length).toBeLessThanOrEqual(8);
    } finally {
      for (const s of servers) {
        if (s.child.exitCode === null && s.child.signalCode === null) {
          const exited = new Promise((r) => s.child.once('exit', r));
          s.child.kill('SIGTERM');
          await exited;
        }
      }
      await store.close();
    }
  }, 60_000);
});
