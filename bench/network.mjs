// @ts-check
/**
 * The network targets of issue 13, figures only:
 *   - `afterview import linkedin` of 30,000 connections matched against 2,000 companies you
 *     applied to, the whole cold process, on a fresh copy of the database each run: ≤ 3 s
 *   - `afterview health --json` on the 10,000-application DB, cold process: ≤ 150 ms
 *   - the Insights page's data (`insights()`: funnel and debrief trend) at 10,000 applications,
 *     in-process server time: ≤ 50 ms
 *
 * Standalone: `node bench/network.mjs [AFTERVIEW_HOME] [--small]` (seeds a temporary DB when none
 * is given; `--small` imports 3,000 connections against 200 companies with few runs, to check
 * the script works while the machine is busy; its figures are not the targets').
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { insights } from '../dist/services/network/health.js';
import { openStore } from '../dist/store/open.js';
import { rng } from './seed-lib.mjs';
import { NOW, onSeededHome } from './seed.mjs';
import { ms, msSince, summary } from './stats.mjs';

const BIN = fileURLToPath(new URL('../bin/afterview', import.meta.url));

/** @param {string[]} args @param {NodeJS.ProcessEnv} env */
function timed(args, env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const elapsed = msSince(t0);
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { elapsed, stdout: r.stdout };
}

const WORDS = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Vandelay',
  'Stark',
  'Wayne',
  'Tyrell',
  'Cyberdyne',
  'Soylent',
  'Wonka',
  'Gringotts',
  'Monarch',
  'Oscorp',
  'Aperture',
  'Black Mesa',
  'Massive',
  'Dynamic',
  'Blue Sun',
  'Nakatomi',
  'Weyland',
  'Yutani',
  'Virtucon',
  'Prestige',
  'Sirius',
  'Pied Piper',
  'Dunder',
  'Mifflin',
  'Sterling',
];
const KINDS = [
  'Labs',
  'Systems',
  'Analytics',
  'Robotics',
  'Foods',
  'Logistics',
  'Media',
  'Health',
  'Energy',
  'Capital',
  'Bank',
  'Studios',
  'Networks',
  'Software',
  'Motors',
];
const SUFFIX = ['', ' Inc.', ', LLC', ' Ltd', ' GmbH', ' Corp', ' plc', ' S.A.'];

/**
 * The companies you applied to (2,000), and an export (30,000 rows) whose employers hit, miss and
 * nearly hit them.
 */
export function seedImport(
  /** @type {string} */ home,
  { companies = 2000, connections = 30_000 } = {},
) {
  const store = openStore(home);
  return store.close().then(() => {
    const r = rng(13);
    const pick = (/** @type {readonly string[]} */ xs) => xs[Math.floor(r() * xs.length)] ?? '';
    const db = new Database(join(home, 'afterview.db'));
    /** @type {string[]} */ const names = [];
    const seen = new Set();
    while (names.length < companies) {
      const n = `${pick(WORDS)} ${pick(KINDS)} ${String(Math.floor(r() * 90) + 10)}`;
      if (!seen.has(n)) {
        seen.add(n);
        names.push(n);
      }
    }
    const now = NOW;
    const co = db.prepare(
      'INSERT INTO companies (name, normalized_name, created_at) VALUES (?, ?, ?)',
    );
    const app = db.prepare(
      "INSERT INTO applications (company_id, role, status, applied_on, created_at, updated_at) VALUES (?, 'Engineer', 'applied', '2026-03-01', ?, ?)",
    );
    db.transaction(() => {
      names.forEach((n) => {
        const id = co.run(n, n.toLowerCase(), now).lastInsertRowid;
        app.run(id, now, now);
      });
    })();
    db.close();
    const rows = [
      'Notes:',
      '"When exporting your connection data, you may notice that some of the email addresses are missing."',
      '',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    ];
    for (let i = 0; i < connections; i++) {
      const u = r();
      const target = pick(names);
      const employer =
        u < 0.2
          ? target + pick(SUFFIX)
          : u < 0.25
            ? `${target} Group`
            : u < 0.3
              ? target.replace(/a/, 'e')
              : `${pick(WORDS)} ${pick(KINDS)} ${pick(['Partners', 'Consulting', 'Cleaning Services', 'Holdings', 'Co'])}`;
      const quoted = employer.includes(',') ? `"${employer}"` : employer;
      rows.push(
        `First${String(i)},Last${String(i)},https://www.linkedin.com/in/person-${String(i)},${i % 7 === 0 ? `p${String(i)}@example.com` : ''},${quoted},"Engineer, Platform",07 Nov 2024`,
      );
      if (i % 1000 === 0) rows.push(',,,,,,');
    }
    const file = join(home, 'Connections.csv');
    writeFileSync(file, `${rows.join('\r\n')}\r\n`);
    return file;
  });
}

export async function benchImport({ runs = 5, companies = 2000, connections = 30_000 } = {}) {
  const home = mkdtempSync(join(tmpdir(), 'afterview-bench-import-'));
  try {
    const file = await seedImport(home, { companies, connections });
    const pristine = join(home, 'pristine.db');
    copyFileSync(join(home, 'afterview.db'), pristine);
    const env = { ...process.env, AFTERVIEW_HOME: home, AFTERVIEW_NOW: NOW, TZ: 'America/Toronto' };
    /** @type {number[]} */ const t = [];
    let summaryJson = { new: 0, matched: 0 };
    for (let i = 0; i < runs; i++) {
      copyFileSync(pristine, join(home, 'afterview.db'));
      rmSync(join(home, 'afterview.db-wal'), { force: true });
      rmSync(join(home, 'afterview.db-shm'), { force: true });
      const r = timed([BIN, 'import', 'linkedin', file, '--json'], env);
      t.push(r.elapsed);
      summaryJson = JSON.parse(r.stdout);
    }
    return { stats: summary(t), created: summaryJson.new, matched: summaryJson.matched };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

export function benchHealth(/** @type {string} */ home, runs = 20) {
  const env = { ...process.env, AFTERVIEW_HOME: home, AFTERVIEW_NOW: NOW, TZ: 'America/Toronto' };
  for (let i = 0; i < 3; i++) timed([BIN, 'health', '--json'], env);
  /** @type {number[]} */ const t = [];
  /** @type {number[]} */ const n = [];
  for (let i = 0; i < runs; i++) {
    t.push(timed([BIN, 'health', '--json'], env).elapsed);
    n.push(timed(['-e', '0'], env).elapsed);
  }
  return { health: summary(t), node: summary(n) };
}

export async function benchInsights(/** @type {string} */ home, runs = 30) {
  const store = openStore(home);
  try {
    const ctx = { store, now: () => NOW, systemZone: 'America/Toronto' };
    for (let i = 0; i < 3; i++) await insights(ctx, {});
    /** @type {number[]} */ const t = [];
    let total = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint();
      total = (await insights(ctx, {})).funnel.total;
      t.push(msSince(t0));
    }
    return { stats: summary(t), total };
  } finally {
    await store.close();
  }
}

const line = (
  /** @type {string} */ what,
  /** @type {{ median: number, p99: number }} */ s,
  /** @type {number} */ target,
) =>
  `  ${what}: median ${ms(s.median)} ms, p99 ${ms(s.p99)} ms — ${(s.median / target).toFixed(2)}× the ${String(target)} ms target${s.median <= target ? '' : ' (MISSED)'}`;

export async function runNetworkBench(
  /** @type {string | undefined} */ home,
  { small = false } = {},
) {
  const size = small
    ? { companies: 200, connections: 3000 }
    : { companies: 2000, connections: 30_000 };
  const imp = await benchImport({ runs: small ? 2 : 5, ...size });
  return onSeededHome(home, async (h) => {
    const health = benchHealth(h, small ? 3 : 20);
    const ins = await benchInsights(h, small ? 5 : 30);
    return [
      'network (issue 13):',
      line(
        `import linkedin, ${size.connections.toLocaleString('en-US')} connections vs ${size.companies.toLocaleString('en-US')} companies (${String(imp.created)} new, ${String(imp.matched)} matched), whole process`,
        imp.stats,
        3000,
      ),
      line('health --json at 10,000 applications, whole process', health.health, 150),
      `    (node -e 0: median ${ms(health.node.median)} ms)`,
      line(
        `insights data (funnel of ${String(ins.total)} + debrief trend), server time`,
        ins.stats,
        50,
      ),
    ].join('\n');
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const small = args.includes('--small');
  console.log(
    await runNetworkBench(
      args.find((a) => a !== '--small'),
      { small },
    ),
  );
}
