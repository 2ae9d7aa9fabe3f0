// @ts-check
/**
 * Hot-path micro-benchmarks (issue 17): presenting one action as JSON (the presenter, then
 * `JSON.stringify`), and its parts: one `formatInstant`, one presenter call. Each figure is the
 * median over 30 batches of per-call time. Target: presenting one action ≤ 5 µs.
 *
 * Standalone: `node bench/present.mjs` (needs `npm run build`).
 */
import { fileURLToPath } from 'node:url';
import { formatInstant } from '../dist/domain/time.js';
import { presentAction } from '../dist/services/present/present.js';
import { median } from './stats.mjs';

export const TARGET_US = 5;
const ZONE = 'America/Toronto';

/** A pending rule action as the store returns it, with its application. */
const ACTION = {
  id: 4211,
  key: 'follow_up:i812:1',
  kind: 'follow_up',
  title: 'Follow up #1',
  due: '2026-03-09T14:00:00.000Z',
  earliest: null,
  latest: '2026-03-10T11:00:00.000Z',
  status: 'pending',
  why: 'Advice for follow_up. (seeds follow-up-timing,thank-you-notes)',
  seeds: ['follow-up-timing', 'thank-you-notes'],
  applicationId: 812,
  interviewId: 1204,
  contactId: 4060,
  messageId: null,
  channel: 'email',
  origin: 'rule:follow_up',
  reason: null,
  userDue: false,
  completedAt: null,
  createdAt: '2026-03-06T14:00:00.000Z',
  updatedAt: '2026-03-06T14:00:00.000Z',
  company: 'Company 812 Inc.',
  role: 'Backend Engineer',
};

/**
 * Median per-call microseconds of `fn` over 30 batches of `batch` calls: elapsed, and CPU time
 * (on a loaded machine the elapsed time counts other processes' turns too).
 * @param {(i: number) => unknown} fn @param {number} batch
 */
function perCall(fn, batch) {
  let sink = 0;
  /** @type {number[]} */
  const wall = [];
  /** @type {number[]} */
  const cpu = [];
  for (let b = 0; b < 33; b++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    for (let i = 0; i < batch; i++) if (fn(i) !== undefined) sink++;
    const c = process.cpuUsage(c0);
    // The first batches warm the JIT up.
    if (b >= 3) {
      wall.push(Number(process.hrtime.bigint() - t0) / 1e3 / batch);
      cpu.push((c.user + c.system) / batch);
    }
  }
  if (sink === 0) throw new Error('nothing ran');
  return { wall: median(wall), cpu: median(cpu) };
}

export function benchPresent() {
  // Different instants, as a list has: the per-zone offsets are cached per UTC day.
  const dues = Array.from({ length: 1000 }, (_, i) =>
    new Date(Date.parse(ACTION.due) + i * 3_600_000).toISOString(),
  );
  const actions = dues.map((due) => ({ ...ACTION, due }));
  const at = (/** @type {number} */ i) => /** @type {typeof ACTION} */ (actions[i % 1000]);
  return {
    format: perCall((i) => formatInstant(dues[i % 1000] ?? ACTION.due, ZONE), 20_000),
    present: perCall((i) => presentAction(at(i), ZONE), 20_000),
    presentJson: perCall((i) => JSON.stringify(presentAction(at(i), ZONE)), 10_000),
  };
}

/** @param {ReturnType<typeof benchPresent>} r */
export function reportPresent(r) {
  const ok = r.presentJson.wall <= TARGET_US;
  const us = (/** @type {{ wall: number, cpu: number }} */ x) =>
    `${x.wall.toFixed(2)} µs (CPU ${x.cpu.toFixed(2)} µs)`;
  return [
    'Presenting (median per call, in-process):',
    `  one action as JSON (presentAction + JSON.stringify): ${us(r.presentJson)}, target ≤ ${TARGET_US} µs, ratio ${(r.presentJson.wall / TARGET_US).toFixed(2)}× ${ok ? '(met)' : '(MISSED)'}`,
    `  presentAction alone: ${us(r.present)}; formatInstant: ${us(r.format)}`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(reportPresent(benchPresent()));
}
