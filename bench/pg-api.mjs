// @ts-check
/**
 * The HTTP API on PostgreSQL (issue 16): the same 10,000 applications and 100,000 actions as
 * bench/api.mjs, moved into a fresh PostgreSQL database (`afterview export` from the seeded
 * SQLite home, then `afterview import json` into `bench_api_<pid>`, the path a user takes), and
 * `afterview serve` on it with the clock fixed, with the read cache (invalidated by the
 * database's notifications) and without it (every request reads the database). Target:
 * `GET /api/today` and `GET /api/applications?limit=50` at 50 connections with p99 ≤ 15 ms.
 *
 * The server: AFTERVIEW_BENCH_PG (an admin URL), else postgres@127.0.0.1:5432; when none answers
 * the bench says so and measures nothing.
 *
 * Standalone: `node bench/pg-api.mjs [AFTERVIEW_HOME]` (seeds a temporary DB when none is given).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { NOW, onSeededHome } from './seed.mjs';
import { cpuSeconds, rssMb, startServer } from './server.mjs';
import { ms, msSince } from './stats.mjs';

export const TARGET = { p99: 15 };
const PATHS = ['/api/today', '/api/applications?limit=50'];
const BIN = fileURLToPath(new URL('../bin/afterview', import.meta.url));

/** @param {string} admin @param {string} database */
const urlOf = (admin, database) => {
  const u = new URL(admin);
  u.pathname = `/${database}`;
  return u.toString();
};

/** The admin connection, or null when no server answers. @param {string} url */
async function connect(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    return client;
  } catch {
    await client.end().catch(() => {});
    return null;
  }
}

/**
 * @param {{ home: string, duration?: number, warmup?: number, connections?: number }} opts
 * @returns {Promise<string>}
 */
export async function runPgApiBench({ home, duration = 10, warmup = 3, connections = 50 }) {
  const admin = process.env.AFTERVIEW_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = await connect(admin);
  if (client === null) {
    return `HTTP API on PostgreSQL: skipped, no server answers at ${new URL(admin).host} (set AFTERVIEW_BENCH_PG to an admin URL)`;
  }
  const database = `bench_api_${process.pid}`;
  const url = urlOf(admin, database);
  const dir = mkdtempSync(join(tmpdir(), 'afterview-bench-pg-'));
  const lines = [
    `HTTP API on PostgreSQL (database ${database}; "uncached" = AFTERVIEW_READ_CACHE=off):`,
  ];
  try {
    await client.query(`create database ${database}`);
    const file = join(dir, 'export.json');
    const env = { ...process.env, AFTERVIEW_HOME: home, AFTERVIEW_NOW: NOW };
    let t0 = process.hrtime.bigint();
    execFileSync(process.execPath, [BIN, 'export', '--out', file], { env, stdio: 'ignore' });
    const exported = msSince(t0);
    t0 = process.hrtime.bigint();
    execFileSync(process.execPath, [BIN, 'import', 'json', file], {
      env: { ...env, DATABASE_URL: url },
      stdio: 'ignore',
    });
    lines.push(
      `  loaded through the CLI: export from SQLite ${ms(exported)} ms, import json into PostgreSQL ${ms(msSince(t0))} ms`,
    );
    for (const cache of [true, false]) {
      const server = await startServer({ home, now: NOW, cache, databaseUrl: url });
      const mode = cache ? 'cached' : 'uncached';
      try {
        for (const path of PATHS) {
          const target = `${server.base}${path}`;
          const run = (/** @type {number} */ seconds) =>
            autocannon({
              url: target,
              connections,
              duration: seconds,
              pipelining: 1,
              headers: { cookie: server.cookie },
            });
          await run(warmup);
          const cpu0 = cpuSeconds(server.pid);
          const r = await run(duration);
          const served = Math.max(1, r.requests.total);
          const failed = r.non2xx + r.errors + r.timeouts;
          const ok = r.latency.p99 <= TARGET.p99 && failed === 0;
          const verdict = cache
            ? ok
              ? '(met)'
              : '(MISSED)'
            : '(the target is for the cached server)';
          lines.push(
            `  GET ${path}, ${connections} connections, ${mode}, ${duration} s: median ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ` +
              `${Math.round(r.requests.average)} req/s${failed > 0 ? `, ${failed} failed` : ''}; ` +
              `target p99 ≤ ${TARGET.p99} ms, ratio ${(r.latency.p99 / TARGET.p99).toFixed(2)}× ${verdict}`,
            `    server CPU per request ${(((cpuSeconds(server.pid) - cpu0) * 1000) / served).toFixed(3)} ms, RSS ${rssMb(server.pid).toFixed(0)} MB`,
          );
        }
      } finally {
        await server.stop();
      }
    }
  } finally {
    await client.query(`drop database if exists ${database} with (force)`).catch(() => {});
    await client.end();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await onSeededHome(process.argv[2], (home) => runPgApiBench({ home })));
}
