// @ts-check
/** Small helpers shared by the benches: timing and order statistics (nearest-rank). */

/** Milliseconds elapsed since `t0` (a process.hrtime.bigint() reading). */
export const msSince = (/** @type {bigint} */ t0) => Number(process.hrtime.bigint() - t0) / 1e6;

/** The q-quantile (0..1) of `xs` by nearest rank: p99 of 30 samples is the largest. */
export function quantile(/** @type {number[]} */ xs, /** @type {number} */ q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
}

/** The median (mean of the two middle samples when the count is even). */
export function median(/** @type {number[]} */ xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

/** @param {number[]} xs */
export const summary = (xs) => ({
  n: xs.length,
  median: median(xs),
  p99: quantile(xs, 0.99),
  max: Math.max(...xs),
  min: Math.min(...xs),
});

/** A figure in ms, to a useful precision. */
export const ms = (/** @type {number} */ x) =>
  x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
