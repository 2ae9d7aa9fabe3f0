// @ts-check
/**
 * Memory under any load (issue 17): for `seconds` (60 by default), 10 clients request every GET
 * route of the API, the registry's routes as /api/openapi.json lists them, each time with new
 * values of the query parameters the route declares (`q` on the application list, `limit`,
 * `offset`, dates, ids …) and new ids in the path. With the read cache on, every request is a
 * new key. The server's RSS is sampled every second. Targets: ≤ 150 MB at the end, and flat:
 * no growth over the last half (the end within 5 MB of the peak of the first half's last 5 s).
 */
import { get, rssMb } from './server.mjs';

export const SOAK_TARGET = { rssMb: 150, growthMb: 5 };
const CLIENTS = 10;
const APP_STATUSES = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'ghosted'];
const WORDS = ['company', 'engineer', 'inc', 'backend', 'co', 'data'];

/**
 * @typedef {{ name: string, in: string, schema?: { enum?: string[] } }} Parameter
 * @typedef {{ path: string, query: Parameter[] }} GetRoute
 */

const pick = (/** @type {readonly string[]} */ xs, /** @type {number} */ n) =>
  xs[n % xs.length] ?? '';

/** A fresh value for a declared query parameter; `n` grows with every request. */
function value(/** @type {Parameter} */ p, /** @type {number} */ n) {
  if (p.schema?.enum !== undefined) return pick(p.schema.enum, n);
  switch (p.name) {
    case 'q':
      return `${pick(WORDS, n)} ${n}`;
    case 'limit':
      return String(1 + (n % 500));
    case 'offset':
      return String(n % 10_000);
    case 'status':
      return pick(APP_STATUSES, n);
    case 'application_id':
      return String(1 + (n % 10_000));
    case 'from':
    case 'to':
      return new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
    default:
      return `v${n}`;
  }
}

/** A URL for the route with new values: path ids, and a random subset of its parameters. */
function url(/** @type {GetRoute} */ r, /** @type {number} */ n) {
  const path = r.path
    .replace('{key}', pick(['timezone', 'name', 'work_days', 'follow_up.time'], n))
    .replace(/\{\w+\}/g, String(1 + (n % 10_000)));
  const q = new URLSearchParams();
  r.query.forEach((p, i) => {
    if (((n >> i) & 1) === 1 || p.name === 'q') q.set(p.name, value(p, n));
  });
  const s = q.toString();
  return s === '' ? path : `${path}?${s}`;
}

/**
 * @param {import('./server.mjs').Server} server @param {number} seconds
 */
export async function soak(server, seconds) {
  const { Agent } = await import('node:http');
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const doc = JSON.parse((await get(server, '/api/openapi.json', agent)).body);
  /** @type {GetRoute[]} */
  const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    ops.get === undefined
      ? []
      : [
          {
            path,
            query: ops.get.parameters.filter((/** @type {Parameter} */ p) => p.in === 'query'),
          },
        ],
  );
  routes.push({ path: '/api/calendar', query: [] });
  /** @type {{ t: number, rss: number }[]} */
  const samples = [{ t: 0, rss: rssMb(server.pid) }];
  const t0 = Date.now();
  const sampler = setInterval(
    () => samples.push({ t: (Date.now() - t0) / 1000, rss: rssMb(server.pid) }),
    1000,
  );
  /** @type {Record<string, number>} */
  const statuses = {};
  let n = 0;
  const end = t0 + seconds * 1000;
  const client = async () => {
    while (Date.now() < end) {
      const i = n++;
      const r = routes[i % routes.length];
      if (r === undefined) break;
      const res = await get(server, url(r, Math.floor(i / routes.length) * 7919 + i), agent);
      const cls = `${String(res.status).slice(0, 1)}xx`;
      statuses[cls] = (statuses[cls] ?? 0) + 1;
    }
  };
  try {
    await Promise.all(Array.from({ length: CLIENTS }, client));
  } finally {
    clearInterval(sampler);
    agent.destroy();
  }
  samples.push({ t: (Date.now() - t0) / 1000, rss: rssMb(server.pid) });
  const half = seconds / 2;
  const mid = samples.filter((s) => s.t > half - 5 && s.t <= half).map((s) => s.rss);
  const last = samples[samples.length - 1]?.rss ?? NaN;
  const peak = Math.max(...samples.map((s) => s.rss));
  return {
    seconds,
    routes: routes.length,
    requests: n,
    statuses,
    start: samples[0]?.rss ?? NaN,
    mid: Math.max(...mid),
    end: last,
    peak,
    peakLate: Math.max(...samples.filter((s) => s.t > half).map((s) => s.rss)),
  };
}

/** @param {Awaited<ReturnType<typeof soak>>} s */
export function reportSoak(s) {
  const growth = s.end - s.mid;
  const ok =
    s.end <= SOAK_TARGET.rssMb && growth <= SOAK_TARGET.growthMb && !(s.statuses['5xx'] > 0);
  const byClass = Object.entries(s.statuses)
    .sort()
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  return [
    `  soak (${s.seconds} s, ${s.routes} GET routes, new parameter values on every request, cache on): ${s.requests} requests (${byClass})`,
    `    server RSS: ${s.start.toFixed(0)} MB at start, ${s.mid.toFixed(0)} MB at ${s.seconds / 2} s, ${s.end.toFixed(0)} MB at the end (peak ${s.peak.toFixed(0)} MB, ${s.peakLate.toFixed(0)} MB in the last ${s.seconds / 2} s); ` +
      `growth over the last ${s.seconds / 2} s ${growth.toFixed(1)} MB; target ≤ ${SOAK_TARGET.rssMb} MB at the end and growth ≤ ${SOAK_TARGET.growthMb} MB ${ok ? '(met)' : '(MISSED)'}`,
  ].join('\n');
}
