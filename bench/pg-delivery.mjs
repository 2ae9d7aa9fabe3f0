// @ts-check
/**
 * Delivery on PostgreSQL through the job queue (docs/postgres.md), on the compiled code in dist/
 * (`npm run build` first). Target: 10,000 scheduled messages delivered to a local SMTP sink by
 * two `afterview serve` instances on one database in at most 60 s, with 0 duplicates and 0
 * losses, one instance killed (SIGKILL) halfway.
 *
 * A fresh database `bench_delivery_<pid>` on $AFTERVIEW_BENCH_PG (default
 * postgres://postgres@127.0.0.1:5432/postgres), dropped at the end. One message is scheduled
 * through the services; the other 9,999 are copies of its rows (message and log) with their own
 * recipient and Message-ID, all left as by an `afterview send` that died before its first
 * attempt, past the 2-minute grace. Skipped, saying why, when PostgreSQL does not answer.
 *
 * Counts: delivered (distinct Message-IDs the sink accepted), duplicates (a Message-ID accepted
 * twice), held (in `sending`, held for the user: the killed instance had claimed them), lost
 * (neither sent nor held once the outbox settled).
 *
 * Standalone: `node bench/pg-delivery.mjs`. Exports `runPgDeliveryBench()` for bench/run.mjs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { newMessageId } from '../dist/services/outbox/delivery.js';
import { move } from '../dist/services/outbox/outbox-records.js';
import { setSetting } from '../dist/services/settings/settings.js';
import { openPostgresStore } from '../dist/store/postgres/open.js';
import { freePort } from './server.mjs';

const BIN = fileURLToPath(new URL('../bin/afterview', import.meta.url));
const MESSAGES = 10_000;
const TARGET_S = 60;

/** @param {string} base @param {string} name */
const withDatabase = (base, name) => {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
};

/** An SMTP server on 127.0.0.1 that accepts everything and counts Message-IDs. */
async function sink() {
  /** @type {Map<string, number>} */
  const seen = new Map();
  let accepted = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      /** @type {Buffer[]} */
      const chunks = [];
      stream.on('data', (/** @type {Buffer} */ c) => chunks.push(c));
      stream.on('end', () => {
        const head =
          Buffer.concat(chunks)
            .toString('utf8')
            .split(/\r?\n\r?\n/, 1)[0] ?? '';
        const id = /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? '(none)';
        seen.set(id, (seen.get(id) ?? 0) + 1);
        accepted += 1;
        callback(null, 'OK');
      });
    },
  });
  server.on('error', () => {});
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const a = server.server.address();
  const port = typeof a === 'object' && a !== null ? a.port : 0;
  return {
    port,
    seen,
    accepted: () => accepted,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/**
 * Schedules one message through the services, then copies it (and its log) `n - 1` times.
 * @param {string} url @param {number} smtpPort @param {number} n
 */
async function seed(url, smtpPort, n) {
  const store = await openPostgresStore(url);
  const ctx = { store, now: () => new Date().toISOString(), systemZone: 'UTC' };
  const settings = {
    timezone: 'UTC',
    name: 'Alex Doe',
    email: 'alex@example.com',
    'digest.enabled': 'false',
    'smtp.host': '127.0.0.1',
    'smtp.port': String(smtpPort),
    'smtp.require_tls': 'false',
  };
  for (const [k, v] of Object.entries(settings)) await setSetting(ctx, k, v);
  const t = ctx.now();
  const first = await store.transaction(async (tx) => {
    const id = await tx.messages.insert(
      {
        actionId: null,
        applicationId: null,
        interviewId: null,
        contactId: null,
        kind: 'thank_you',
        channel: 'email',
        templateId: null,
        recipientName: 'Person 1',
        recipientEmail: 'person1@example.com',
        recipientAddress: [],
        subject: 'Thank you for your time',
        body: 'Hello, thank you for taking the time to meet with me today.\n\nBest regards,\nAlex',
        voicemail: null,
        findings: [],
      },
      t,
    );
    await move(
      tx,
      { id, state: 'draft' },
      'approved',
      {},
      'approved: the check found no errors',
      t,
    );
    const patch = {
      via: 'smtp',
      transportId: newMessageId('alex@example.com'),
      nextAttemptAt: t,
      lastError: null,
    };
    await move(tx, { id, state: 'approved' }, 'scheduled', patch, 'scheduled via smtp', t);
    return id;
  });
  await store.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const cols = (
      await client.query(
        `select column_name from information_schema.columns
         where table_schema = current_schema() and table_name = 'messages' and column_name <> 'id'
         order by ordinal_position`,
      )
    ).rows.map((r) => r.column_name);
    const own = {
      recipient_name: `'Person ' || g`,
      recipient_email: `'person' || g || '@example.com'`,
      transport_id: `'<bench-' || g || '-' || md5(random()::text) || '@example.com>'`,
    };
    const select = cols.map((c) => (c in own ? own[/** @type {keyof typeof own} */ (c)] : c));
    await client.query('begin');
    await client.query(
      `insert into messages (${cols.join(', ')})
       select ${select.join(', ')} from messages, generate_series(2, $2::int) g where id = $1`,
      [first, n],
    );
    await client.query(
      `insert into message_events (message_id, from_state, to_state, note, at)
       select m.id, e.from_state, e.to_state, e.note, e.at
       from messages m cross join message_events e
       where e.message_id = $1 and m.id <> $1 order by m.id, e.id`,
      [first],
    );
    // As an `afterview send` that died before its first attempt leaves them, 3 minutes ago:
    // past the grace in which they are still that process's.
    const ago = new Date(Date.now() - 180_000).toISOString();
    await client.query(`update messages set next_attempt_at = $1, updated_at = $1`, [ago]);
    await client.query(`update message_events set at = $1`, [ago]);
    await client.query('commit');
  } finally {
    await client.end();
  }
}

/** @param {string} url @param {string} home @param {number} port */
function serve(url, home, port) {
  const child = spawn(process.execPath, [BIN, 'serve', '--no-auth', '--port', String(port)], {
    env: { ...process.env, DATABASE_URL: url, AFTERVIEW_HOME: home, AFTERVIEW_NOW: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d) => {
    err += String(d);
  });
  return { child, stderr: () => err };
}

/** @param {pg.Client} client */
async function outbox(client) {
  const r = await client.query(
    `select count(*) filter (where state = 'sent')::int as sent,
            count(*) filter (where state = 'sending' and held_at is not null)::int as held,
            count(*) filter (where state = 'scheduled' or (state = 'sending' and held_at is null))::int as open
     from messages`,
  );
  return /** @type {{ sent: number, held: number, open: number }} */ (r.rows[0]);
}

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

export async function runPgDeliveryBench() {
  const base = process.env.AFTERVIEW_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: base, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (e) {
    return `delivery on PostgreSQL (bench/pg-delivery.mjs): skipped, PostgreSQL does not answer at ${new URL(base).host} (${e instanceof Error ? e.message : String(e)}); set AFTERVIEW_BENCH_PG`;
  }
  const name = `bench_delivery_${process.pid}`;
  const url = withDatabase(base, name);
  const smtp = await sink();
  const homes = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'afterview-bench-pg-')));
  /** @type {ReturnType<typeof serve>[]} */
  const servers = [];
  const client = new pg.Client({ connectionString: url });
  let connected = false;
  try {
    await admin.query(`create database ${name}`);
    const s0 = process.hrtime.bigint();
    await seed(url, smtp.port, MESSAGES);
    const seedS = Number(process.hrtime.bigint() - s0) / 1e9;
    await client.connect();
    connected = true;
    const t0 = Date.now();
    for (const home of homes) servers.push(serve(url, home, await freePort()));
    let killedAt = NaN;
    let lastArrival = NaN;
    let arrived = 0;
    const deadline = t0 + 180_000;
    for (;;) {
      await sleep(100);
      if (smtp.accepted() !== arrived) {
        arrived = smtp.accepted();
        lastArrival = Date.now();
      }
      if (Number.isNaN(killedAt) && arrived >= MESSAGES / 2) {
        servers[0]?.child.kill('SIGKILL');
        killedAt = (Date.now() - t0) / 1000;
      }
      if (!Number.isNaN(killedAt) && (await outbox(client)).open === 0) break;
      if (Date.now() > deadline) break;
    }
    const totalS = (Date.now() - t0) / 1000;
    const o = await outbox(client);
    const duplicates = [...smtp.seen.values()].filter((c) => c > 1).length;
    const lost = MESSAGES - o.sent - o.held;
    const ok = totalS <= TARGET_S && duplicates === 0 && lost === 0 && o.open === 0;
    return [
      `delivery on PostgreSQL (bench/pg-delivery.mjs): ${MESSAGES} due messages, 2 instances of afterview serve, one killed halfway`,
      `  seeded in ${seedS.toFixed(1)} s; instance 1 killed at ${killedAt.toFixed(1)} s (${MESSAGES / 2} arrived)`,
      `  settled in ${totalS.toFixed(1)} s (last arrival at ${((lastArrival - t0) / 1000).toFixed(1)} s), target ≤ ${TARGET_S} s: ${ok ? 'met' : 'MISSED'}`,
      `  delivered ${smtp.seen.size}, duplicates ${duplicates}, held ${o.held}, lost ${lost}, sent in the outbox ${o.sent}, still open ${o.open}`,
    ].join('\n');
  } finally {
    for (const s of servers) {
      if (s.child.exitCode === null && s.child.signalCode === null) {
        const exited = new Promise((r) => s.child.once('exit', r));
        s.child.kill('SIGTERM');
        await Promise.race([exited, sleep(10_000)]);
        if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
      }
    }
    if (connected) await client.end();
    await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
    await smtp.close();
    for (const h of homes) rmSync(h, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await runPgDeliveryBench());
}
