// @ts-check
/**
 * The data targets of issue 15, figures only, on the 10,000-application / 100,000-action DB:
 *   - `afterview export --out FILE` (JSON of everything), the whole cold process: ≤ 5 s
 *   - `afterview import json FILE` into a fresh data folder, the whole cold process: ≤ 5 s
 *   - `afterview backup --out FILE` while the server answers reads (two clients requesting
 *     `GET /api/applications?limit=25` throughout): ≤ 2 s; the reads' median is printed beside it
 *
 * Standalone: `node bench/export.mjs [AFTERVIEW_HOME]` (seeds a temporary DB when none is given).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { get, startServer } from './server.mjs';
import { NOW, onSeededHome } from './seed.mjs';
import { ms, msSince, summary } from './stats.mjs';

const BIN = fileURLToPath(new URL('../bin/afterview', import.meta.url));
const RUNS = 3;
const TARGET = { export: 5000, import: 5000, backup: 2000 };

/** Runs `afterview ARGS` in `home` and returns the wall time in ms. */
function timed(/** @type {string} */ home, /** @type {string[]} */ args) {
  const env = { ...process.env, AFTERVIEW_HOME: home, AFTERVIEW_NOW: NOW, TZ: 'America/Toronto' };
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8' });
  const elapsed = msSince(t0);
  if (r.status !== 0)
    throw new Error(`afterview ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return elapsed;
}

/** @param {number} median @param {number} target */
const verdict = (median, target) =>
  `ratio ${(median / target).toFixed(2)}× of target ${median <= target ? '(met)' : '(MISSED)'}`;

/** @param {string} home */
async function benchData(home) {
  const work = mkdtempSync(join(tmpdir(), 'afterview-export-'));
  try {
    const file = join(work, 'export.json');
    /** @type {number[]} */ const exports = [];
    /** @type {number[]} */ const imports = [];
    for (let i = 0; i < RUNS; i++) {
      exports.push(timed(home, ['export', '--out', file]));
      const fresh = join(work, `import-${String(i)}`);
      imports.push(timed(fresh, ['import', 'json', file]));
      rmSync(fresh, { recursive: true, force: true });
    }
    const bytes = statSync(file).size;

    // The backup runs while two clients read through the API, as a user's browser would.
    const server = await startServer({ home, now: NOW, cache: false });
    /** @type {number[]} */ const backups = [];
    /** @type {number[]} */ const reads = [];
    try {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
      // The first requests settle interviews that ended since the seed and load each route's
      // code: once, not a read's cost.
      for (const path of ['/api/today', '/api/applications?limit=25']) {
        await get(server, path, agent, { cookie: server.cookie });
      }
      let reading = true;
      const reader = async () => {
        while (reading) {
          const r = await get(server, '/api/applications?limit=25', agent, {
            cookie: server.cookie,
          });
          reads.push(r.ms);
        }
      };
      const clients = [reader(), reader()];
      for (let i = 0; i < RUNS; i++) {
        backups.push(timed(home, ['backup', '--out', join(work, `backup-${String(i)}.db`)]));
      }
      reading = false;
      await Promise.all(clients);
      agent.destroy();
    } finally {
      await server.stop();
    }
    return {
      exports: summary(exports),
      imports: summary(imports),
      backups: summary(backups),
      reads: summary(reads),
      bytes,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** @param {Awaited<ReturnType<typeof benchData>>} r */
function reportData(r) {
  const line = (
    /** @type {string} */ what,
    /** @type {ReturnType<typeof summary>} */ s,
    /** @type {number} */ target,
  ) =>
    `  ${what}: median ${ms(s.median)} ms, max ${ms(s.max)} ms (n=${s.n}), target ≤ ${target} ms, ${verdict(s.median, target)}`;
  return [
    `Export, import and backup (10,000 applications, 100,000 actions; JSON ${(r.bytes / 1e6).toFixed(1)} MB):`,
    line('afterview export --out FILE, cold process', r.exports, TARGET.export),
    line('afterview import json FILE into a fresh home, cold process', r.imports, TARGET.import),
    line('afterview backup --out FILE while the API serves reads', r.backups, TARGET.backup),
    `    reads meanwhile (GET /api/applications?limit=25, 2 clients): median ${ms(r.reads.median)} ms, p99 ${ms(r.reads.p99)} ms (n=${r.reads.n})`,
  ].join('\n');
}

/** For bench/run.mjs: the figures on its seeded home. */
export async function runDataBench(/** @type {string} */ home) {
  return reportData(await benchData(home));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(
    await onSeededHome(process.argv[2], async (home) => reportData(await benchData(home))),
  );
}
