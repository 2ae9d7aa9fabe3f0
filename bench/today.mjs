// @ts-check
/**
 * Foundation target: `afterview today --json` as a cold process on the large DB (10,000
 * applications, 100,000 actions), AFTERVIEW_NOW fixed. 3 warm-ups (OS file cache), then ~30
 * runs interleaved with `node -e 0` (the bare runtime start-up on this machine).
 * Target: median ≤ 150 ms and ≤ 3× the median of `node -e 0`.
 *
 * Standalone: `node bench/today.mjs [AFTERVIEW_HOME]` (seeds a temporary DB when none is given).
 */
import { spawnSync } from 'node:child_process';
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

/** @param {ReturnType<typeof benchToday>} r */
export function reportToday(r) {
  const ok = r.today.median <= 150 && r.ratio <= 3;
  return [
    `today --json (cold process, ${r.due} due/overdue of 100,000 actions):`,
    `  median ${ms(r.today.median)} ms, p99 ${ms(r.today.p99)} ms (n=${r.today.n}), target ≤ 150 ms and ≤ 3× node -e 0, ratio ${r.ratio.toFixed(2)}× ${ok ? '(met)' : '(MISSED)'}`,
    `  node -e 0: median ${ms(r.node.median)} ms, p99 ${ms(r.node.p99)} ms (n=${r.node.n})`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(
    await onSeededHome(process.argv[2], async (home) => reportToday(benchToday({ home }))),
  );
}
