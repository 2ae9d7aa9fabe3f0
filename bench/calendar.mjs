// @ts-check
/**
 * Reminders target (PRODUCT.md §10): the calendar feed for 10,000 pending actions in ≤ 300 ms.
 *
 * Seeds its own database (bench/seed.mjs: 10,000 applications with their interviews, then
 * exactly 10,000 actions left pending), and fetches GET /calendar/TOKEN.ics through the whole
 * app in-process (`app.request()`: Host guard, routing, token check, the queries, building and
 * folding the iCalendar text, reading the body): 3 warm-ups, then 20 runs, median and p99.
 * Every response is checked to hold one event per pending action.
 *
 * On the compiled code in dist/ (`npm run build` first). Standalone: `node bench/calendar.mjs`.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../dist/http/app.js';
import { renewFeedToken } from '../dist/services/calendar/calendar.js';
import { openStoreAt } from '../dist/store/open.js';
import { NOW, seedLarge } from './seed.mjs';
import { ms, msSince, summary } from './stats.mjs';

const PENDING = 10_000;
const HOST = '127.0.0.1:4747';

/** Leaves exactly `n` actions pending: the excess closed, or closed ones reopened in the future. */
function exactlyPending(/** @type {string} */ file, /** @type {number} */ n) {
  const db = new Database(file);
  try {
    const count = () =>
      /** @type {{ n: number }} */ (
        db.prepare("SELECT count(*) AS n FROM actions WHERE status = 'pending'").get()
      ).n;
    const have = count();
    if (have > n) {
      db.prepare(
        `UPDATE actions SET status = 'done', completed_at = ? WHERE id IN
           (SELECT id FROM actions WHERE status = 'pending' ORDER BY id DESC LIMIT ?)`,
      ).run(NOW, have - n);
    } else if (have < n) {
      db.prepare(
        `UPDATE actions SET status = 'pending', completed_at = NULL,
           due_at = strftime('%Y-%m-%dT%H:%M:%fZ', ?, '+' || (id % 60) || ' days')
         WHERE id IN (SELECT id FROM actions WHERE status != 'pending' ORDER BY id LIMIT ?)`,
      ).run(NOW, n - have);
    }
    return count();
  } finally {
    db.close();
  }
}

/**
 * Three ways a feed request goes:
 *  - `changed`: the data changed since the last request (one action edited by another
 *    connection, as a CLI command would): the queries run again and the calendar is rebuilt,
 *    re-serialising only the changed event. The target applies here: the worst steady case.
 *  - `unchanged`: a calendar app polls again, nothing changed: served from the read cache.
 *  - `cold`: the first request after the server starts (empty memo and cache): every event is
 *    serialised by ical-generator (~20 µs each).
 * @param {{ runs?: number, warmups?: number, colds?: number }} [opts]
 */
export async function benchCalendar({ runs = 20, warmups = 3, colds = 3 } = {}) {
  const home = mkdtempSync(join(tmpdir(), 'afterview-bench-calendar-'));
  try {
    const { file } = await seedLarge(home, { applications: 10_000, actions: 70_000, now: NOW });
    const pending = exactlyPending(file, PENDING);
    const writer = new Database(file);
    const edit = writer.prepare(
      `UPDATE actions SET title = ?, updated_at = ? WHERE id =
         (SELECT id FROM actions WHERE status = 'pending' ORDER BY id LIMIT 1)`,
    );
    let events = 0;
    let bytes = 0;
    /** One request through the whole app; checks the feed and returns the elapsed ms. */
    const fetchFeed = async (/** @type {import('hono').Hono} */ app, /** @type {string} */ url) => {
      const t0 = process.hrtime.bigint();
      const res = await app.request(url, { headers: { host: HOST } });
      const text = await res.text();
      const elapsed = msSince(t0);
      if (res.status !== 200) throw new Error(`feed answered ${res.status}: ${text}`);
      events = text.split('\r\nBEGIN:VEVENT\r\n').length - 1;
      const actions = text.split('\r\nUID:action-').length - 1;
      if (actions !== pending) throw new Error(`${actions} action events for ${pending} pending`);
      bytes = Buffer.byteLength(text);
      return elapsed;
    };
    /** A fresh server on the file: its own connection, memo and read cache. */
    const server = async () => {
      const store = openStoreAt(file);
      const ctx = { store, now: () => NOW, systemZone: 'America/Toronto' };
      // auth 'off': the bench measures the feed, which lives outside /api and needs no session.
      const app = createApp(ctx, [HOST], { webRoot: '/nonexistent-afterview-web', auth: 'off' });
      const url = await renewFeedToken(ctx, `http://${HOST}`);
      return { store, app, url };
    };
    try {
      /** @type {number[]} */ const cold = [];
      for (let i = 0; i < colds; i++) {
        const s = await server();
        cold.push(await fetchFeed(s.app, s.url));
        await s.store.close();
      }
      const s = await server();
      try {
        let n = 0;
        const change = () =>
          edit.run(`Edited ${String(++n)}`, new Date(Date.parse(NOW) + n).toISOString());
        for (let i = 0; i < warmups; i++) {
          change();
          await fetchFeed(s.app, s.url);
        }
        /** @type {number[]} */ const changed = [];
        /** @type {number[]} */ const unchanged = [];
        for (let i = 0; i < runs; i++) {
          change();
          changed.push(await fetchFeed(s.app, s.url));
          unchanged.push(await fetchFeed(s.app, s.url));
        }
        return {
          changed: summary(changed),
          unchanged: summary(unchanged),
          cold: summary(cold),
          pending,
          events,
          bytes,
        };
      } finally {
        await s.store.close();
      }
    } finally {
      writer.close();
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** @param {Awaited<ReturnType<typeof benchCalendar>>} r */
export function reportCalendar(r) {
  const ok = r.changed.median <= 300 ? 'ok' : 'MISSED';
  const line = (/** @type {string} */ name, /** @type {ReturnType<typeof summary>} */ x) =>
    `  ${name.padEnd(10)} median ${ms(x.median)} ms, p99 ${ms(x.p99)} ms, min ${ms(x.min)} ms (n=${x.n})`;
  return [
    `calendar feed, ${r.pending} pending actions (${r.events} events, ${(r.bytes / 1e6).toFixed(1)} MB), GET /calendar/TOKEN.ics in-process:`,
    line('changed', r.changed) + `  (target median ≤ 300 ms: ${ok})`,
    line('unchanged', r.unchanged),
    line('cold', r.cold),
  ].join('\n');
}

/** For bench/run.mjs: seed, measure, and the report as text. */
export const runCalendarBench = async () => reportCalendar(await benchCalendar());

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  console.log(await runCalendarBench());
}
