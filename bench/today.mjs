// @ts-check
/**
 * `afterview today --json` as a cold process, AFTERVIEW_NOW fixed, on an empty home and on the
 * large DB (10,000 applications, 100,000 actions). 3 warm-ups (OS file cache), then ~30 runs
 * interleaved with `node -e 0` (the bare runtime start-up on this machine), pair by pair.
 * Targets (issue 10): ≤ 1.6× the median of `node -e 0` on an empty home, ≤ 2× on the large DB
 * (and the foundation's: median ≤ 150 ms).
 *
 * Standalone: `node bench/today.mjs [AFTERVIEW_HOME]` (seeds a temporary DB when none is given).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOW, onSeededHome } from './seed.mjs';
import { ms, msSince, summary } from './stats.mjs';

const BIN = fileURLToPath(new URL('../bin/afterview', import.meta.url));

/**
 * Runs one child process to completion; throws if it fails.
 * @param {string[]} args @param {NodeJS.ProcessEnv} env
 */
function timed(args, env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const elapsed = msSince(t0);
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { elapsed, stdout: r.stdout };
}

/**
 * @param {{ home: string, runs?: number, warmups?: number, now?: string }} opts
 */
export function benchToday({ home, runs = 30, warmups = 3, now = NOW }) {
  const env = { ...process.env, AFTERVIEW_HOME: home, AFTERVIEW_NOW: now, TZ: 'America/Toronto' };
  const today = [BIN, 'today', '--json'];
  const bare = ['-e', '0'];
  let due = 0;
  for (let i = 0; i < warmups; i++) {
    due = JSON.parse(timed(today, env).stdout).length;
    timed(bare, env);
  }
  /** @type {number[]} */ const t = [];
  /** @type {number[]} */ const n = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first so drift in machine load hits both alike.
    if (i % 2 === 0) {
      t.push(timed(today, env).elapsed);
      n.push(timed(bare, env).elapsed);
    } else {
      n.push(timed(bare, env).elapsed);
      t.push(timed(today, env).elapsed);
    }
  }
  const todayStats = summary(t);
  const nodeStats = summary(n);
  return { today: todayStats, node: nodeStats, ratio: todayStats.median / nodeStats.median, due };
}

/** The same on a new, empty home (the database created by the warm-ups). */
export function benchTodayEmpty(opts = {}) {
  const home = mkdtempSync(join(tmpdir(), 'afterview-bench-empty-'));
  try {
    return benchToday({ home, ...opts });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/**
 * @param {ReturnType<typeof benchToday>} r the large DB
 * @param {ReturnType<typeof benchToday>} [empty] an empty home
 */
export function reportToday(r, empty) {
  const ok = r.today.median <= 150 && r.ratio <= 2;
  const lines = [
    `today --json (cold process, ${r.due} due/overdue of 100,000 actions):`,
    `  median ${ms(r.today.median)} ms, p99 ${ms(r.today.p99)} ms (n=${r.today.n}), target ≤ 150 ms and ≤ 2× node -e 0, ratio ${r.ratio.toFixed(2)}× ${ok ? '(met)' : '(MISSED)'}`,
    `  node -e 0: median ${ms(r.node.median)} ms, p99 ${ms(r.node.p99)} ms (n=${r.node.n})`,
  ];
  if (empty !== undefined) {
    const met = empty.ratio <= 1.6;
    lines.push(
      `today --json (cold process, empty home):`,
      `  median ${ms(empty.today.median)} ms, p99 ${ms(empty.today.p99)} ms (n=${empty.today.n}), target ≤ 1.6× node -e 0, ratio ${empty.ratio.toFixed(2)}× ${met ? '(met)' : '(MISSED)'}`,
      `  node -e 0: median ${ms(empty.node.median)} ms, p99 ${ms(empty.node.p99)} ms (n=${empty.node.n})`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(
    await onSeededHome(process.argv[2], async (home) =>
      reportToday(benchToday({ home }), benchTodayEmpty()),
    ),
  );
}
