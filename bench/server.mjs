// @ts-check
/**
 * A real `afterview serve` child process for the HTTP benches, and what they read of it: its
 * resident memory and CPU time (Linux /proc), and sequential request latency over one
 * keep-alive connection.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/afterview', import.meta.url));

/** A port nobody listens on right now. */
export function freePort() {
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
export function rssMb(/** @type {number} */ pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m === null ? NaN : Number(m[1]) / 1024;
  } catch {
    return NaN;
  }
}

/** CPU seconds (user + system) a process has used so far (Linux /proc), or NaN. */
export function cpuSeconds(/** @type {number} */ pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/**
 * @typedef {{ port: number, pid: number, base: string, cookie: string, browserCookie: () => BrowserCookie, stop: () => Promise<void> }} Server
 * @typedef {{ name: string, value: string, domain: string, path: string, httpOnly: boolean, sameSite: 'Strict' }} BrowserCookie
 */

/**
 * Follows the one-time link `serve` printed, as a browser does, and returns the session cookie it
 * sets (`name=value`). The benches run with auth on, as users do: its cost is part of the figures.
 * @param {string} link
 * @returns {Promise<string>}
 */
export async function signIn(link) {
  const res = await fetch(link, { redirect: 'manual' });
  const set = res.headers.get('set-cookie');
  if (res.status !== 302 || set === null) throw new Error(`signing in at ${link}: ${res.status}`);
  return set.split(';')[0] ?? '';
}

/**
 * Starts `afterview serve` on the DB with the clock fixed, and resolves when it listens.
 * `databaseUrl`: serve a PostgreSQL database instead of the home's SQLite file.
 * @param {{ home: string, now: string, cache: boolean, databaseUrl?: string }} opts
 * @returns {Promise<Server>}
 */
export async function startServer({ home, now, cache, databaseUrl }) {
  const port = /** @type {number} */ (await freePort());
  const env = {
    ...process.env,
    ...(databaseUrl === undefined ? {} : { DATABASE_URL: databaseUrl }),
    AFTERVIEW_HOME: home,
    AFTERVIEW_NOW: now,
    AFTERVIEW_READ_CACHE: cache ? 'on' : 'off',
    TZ: 'America/Toronto',
  };
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const link = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (/** @type {Buffer} */ d) => {
      out += d.toString();
      const m = /running at (\S+)\n/.exec(out);
      if (m !== null) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`afterview serve exited ${code}: ${out}`)));
  });
  const cookie = await signIn(/** @type {string} */ (link));
  return {
    port,
    pid: /** @type {number} */ (child.pid),
    base: `http://127.0.0.1:${port}`,
    cookie,
    // For a browser context (Playwright's addCookies): the cookie the link set, as it stores it.
    browserCookie: () => ({
      name: cookie.split('=')[0] ?? '',
      value: cookie.slice(cookie.indexOf('=') + 1),
      domain: '127.0.0.1',
      path: '/',
      httpOnly: true,
      sameSite: 'Strict',
    }),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * One GET over the agent; resolves with the status, the body size and the time taken in ms.
 * @param {Server} server @param {string} path @param {http.Agent} agent
 * @param {Record<string, string>} [headers]
 * @returns {Promise<{ status: number, bytes: number, ms: number, body: string }>}
 */
export function get(server, path, agent, headers = {}) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const all = { cookie: server.cookie, ...headers };
    const req = http.get(
      { host: '127.0.0.1', port: server.port, path, agent, headers: all },
      (res) => {
        /** @type {Buffer[]} */
        const chunks = [];
        res.on('data', (/** @type {Buffer} */ d) => chunks.push(d));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            bytes: body.length,
            ms: Number(process.hrtime.bigint() - t0) / 1e6,
            body: body.toString('utf8'),
          });
        });
      },
    );
    req.on('error', reject);
  });
}

/** A keep-alive agent with one socket: requests go one after another, as the web app's do. */
export const sequentialAgent = () => new http.Agent({ keepAlive: true, maxSockets: 1 });
