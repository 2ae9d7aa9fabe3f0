// @ts-check
/**
 * Web-app target (issue 6): with 10,000 applications and 100,000 actions, `GET /api/today` and
 * `GET /api/applications?limit=50` at 50 concurrent connections against a real `afterview
 * serve` child process: p99 ≤ 10 ms, ≥ 3,000 requests/s, server RSS ≤ 150 MB.
 * autocannon runs in this process, so load generator and server share the machine's cores,
 * as they would on the user's laptop. Each URL gets a short warm-up, then the measured run;
 * the server's RSS is sampled from /proc throughout (the maximum is reported).
 *
 * Standalone: `node bench/api.mjs [AFTERVIEW_HOME]` (seeds a temporary DB when none is given).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { NOW, onSeededHome } from './seed.mjs';

const BIN = fileURLToPath(new URL('../bin/afterview', import.meta.url));
export const TARGET = { p99: 10, rps: 3000, rssMb: 150 };
/**
 * What is measured: autocannon's plain requests, then `/api/today` again with a browser's
 * Accept-Encoding. (autocannon appends each response body to a JS string; a gzip body is binary
 * and costs it twice the CPU of the 11× larger plain JSON, so on 2 cores the gzip row mostly
 * measures the load generator — the CPU-per-request line says so.)
 */
export const RUNS = [
  { path: '/api/today', gzip: false },
  { path: '/api/applications?limit=50', gzip: false },
  { path: '/api/today', gzip: true },
];

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a !== null ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** The resident set size of a process in MB (Linux /proc), or NaN. */
function rssMb(/** @type {number} */ pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m === null ? NaN : Number(m[1]) / 1024;
  } catch {
    return NaN;
  }
}

/** CPU seconds (user + system) a process has used so far (Linux /proc), or NaN. */
function cpuSeconds(/** @type {number} */ pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/**
 * Starts `afterview serve` on the DB and resolves when it listens.
 * @param {string} home @param {number} port @param {string} now
 */
function startServer(home, port, now) {
  const env = { ...process.env, AFTERVIEW_HOME: home, AFTERVIEW_NOW: now, TZ: 'America/Toronto' };
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (/** @type {Buffer} */ d) => {
      out += d.toString();
      if (out.includes('running at')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`afterview serve exited ${code}: ${out}`)));
  });
}

/**
 * @param {string} url @param {number} connections @param {number} duration seconds
 * @param {boolean} gzip send a browser's Accept-Encoding
 * @returns {Promise<autocannon.Result>}
 */
const load = (url, connections, duration, gzip) =>
  autocannon({
    url,
    connections,
    duration,
    pipelining: 1,
    headers: gzip ? { 'accept-encoding': 'gzip, deflate, br' } : {},
  });

/**
 * @param {{ home: string, now?: string, connections?: number, duration?: number, warmup?: number }} opts
 */
export async function benchApi({ home, now = NOW, connections = 50, duration = 10, warmup = 3 }) {
  const port = await freePort();
  const child = await startServer(home, port, now);
  const pid = /** @type {number} */ (child.pid);
  const idleRss = rssMb(pid);
  let peakRss = idleRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssMb(pid));
  }, 100);
  /** @type {{ path: string, p50: number, p99: number, rps: number, non2xx: number, errors: number, bytes: number, serverMs: number, clientMs: number, rss: number }[]} */
  const rows = [];
  try {
    for (const { path, gzip } of RUNS) {
      const url = `http://127.0.0.1:${port}${path}`;
      await load(url, connections, warmup, gzip);
      // Who used the CPU: on a shared 2-core machine the load generator is often the limit.
      const peakBefore = peakRss;
      peakRss = rssMb(pid);
      const server0 = cpuSeconds(pid);
      const client0 = process.cpuUsage();
      const r = await load(url, connections, duration, gzip);
      const client = process.cpuUsage(client0);
      const served = Math.max(1, r.requests.total);
      rows.push({
        path: gzip ? `${path} (Accept-Encoding: gzip, as a browser)` : path,
        p50: r.latency.p50,
        p99: r.latency.p99,
        rps: r.requests.average,
        non2xx: r.non2xx,
        errors: r.errors + r.timeouts,
        bytes: r.throughput.average / Math.max(1, r.requests.average),
        serverMs: ((cpuSeconds(pid) - server0) * 1000) / served,
        clientMs: (client.user + client.system) / 1000 / served,
        rss: peakRss,
      });
      peakRss = Math.max(peakBefore, peakRss);
    }
  } finally {
    clearInterval(sampler);
    peakRss = Math.max(peakRss, rssMb(pid));
    child.kill('SIGTERM');
  }
  return { rows, idleRss, peakRss, connections, duration };
}

/** @param {Awaited<ReturnType<typeof benchApi>>} r */
export function reportApi(r) {
  const lines = [
    `HTTP API (afterview serve, ${r.connections} connections, ${r.duration} s per URL):`,
  ];
  for (const x of r.rows) {
    const ok = x.p99 <= TARGET.p99 && x.rps >= TARGET.rps && x.non2xx === 0 && x.errors === 0;
    lines.push(
      `  GET ${x.path}: median ${x.p50} ms, p99 ${x.p99} ms (target ≤ ${TARGET.p99}, ratio ${(x.p99 / TARGET.p99).toFixed(2)}×), ` +
        `${Math.round(x.rps)} req/s (target ≥ ${TARGET.rps}, ratio ${(x.rps / TARGET.rps).toFixed(2)}×), ` +
        `~${Math.round(x.bytes / 1024)} kB/response${x.non2xx + x.errors > 0 ? `, ${x.non2xx} non-2xx, ${x.errors} errors` : ''} ${ok ? '(met)' : '(MISSED)'}`,
      `    CPU per request: server ${x.serverMs.toFixed(3)} ms, autocannon ${x.clientMs.toFixed(3)} ms; server RSS peak in this run ${x.rss.toFixed(0)} MB`,
    );
  }
  const rssOk = r.peakRss <= TARGET.rssMb;
  lines.push(
    `  server RSS: ${r.idleRss.toFixed(0)} MB idle, ${r.peakRss.toFixed(0)} MB peak (target ≤ ${TARGET.rssMb}, ratio ${(r.peakRss / TARGET.rssMb).toFixed(2)}×) ${rssOk ? '(met)' : '(MISSED)'}`,
  );
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(
    await onSeededHome(process.argv[2], async (home) => reportApi(await benchApi({ home }))),
  );
}
