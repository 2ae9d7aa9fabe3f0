import { invalidInput } from '../errors.js';
import { convert, type Currency, type ExchangeRate } from './currency.js';

export const PERIODS = ['hourly', 'monthly', 'yearly'] as const;
export type Period = (typeof PERIODS)[number];

/** Hours per week and weeks per year: playbook policy settings, defaults 40 and 52. */
export interface WorkYear {
  hoursPerWeek: number;
  weeksPerYear: number;
}

export const DEFAULT_WORK_YEAR: WorkYear = { hoursPerWeek: 40, weeksPerYear: 52 };

export function parsePeriod(raw: string, field = 'period'): Period {
  const p = PERIODS.find((x) => x === raw.trim().toLowerCase());
  if (p === undefined) {
    throw invalidInput(`${field} must be one of ${PERIODS.join(', ')}; got "${raw}"`, field);
  }
  return p;
}

/**
 * A pay figure as a yearly amount: hourly × hours per week × weeks per year, monthly × 12,
 * yearly as is.
 */
export function toYearly(
  amount: number,
  period: Period,
  year: WorkYear = DEFAULT_WORK_YEAR,
): number {
  switch (period) {
    case 'hourly':
      return amount * year.hoursPerWeek * year.weeksPerYear;
    case 'monthly':
      return amount * 12;
    case 'yearly':
      return amount;
  }
}

/** One salary figure from one source: a low, a median and a high, in some currency and period. */
export interface DataPoint {
  source: string | null;
  low: number;
  median: number;
  high: number;
  currency: Currency;
  period: Period;
  /** When the source published it, `YYYY-MM-DD`. */
  observedOn: string | null;
}

/** The data points of one research, as yearly figures in one currency. */
export interface Sample {
  currency: Currency;
  /** Every low, median and high figure, yearly, sorted ascending. */
  values: number[];
  /** Data points left out because no rate converts their currency. */
  excluded: { source: string | null; currency: Currency }[];
  low: number;
  median: number;
  high: number;
}

/** The median of sorted numbers. */
function medianOf(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Normalises the data points to yearly amounts in `currency`, converting with the user's rates
 * only (points without a rate are listed in `excluded`, never guessed). Throws when no point is
 * left: a percentile of nothing would be made up.
 */
export function sampleOf(
  points: readonly DataPoint[],
  currency: Currency,
  rates: readonly ExchangeRate[],
  year: WorkYear = DEFAULT_WORK_YEAR,
): Sample {
  const values: number[] = [];
  const medians: number[] = [];
  const excluded: Sample['excluded'] = [];
  for (const p of points) {
    const c = convert(1, p.currency, currency, rates);
    if (!c.ok) {
      excluded.push({ source: p.source, currency: p.currency });
      continue;
    }
    const y = (v: number): number => toYearly(v, p.period, year) * c.rate;
    values.push(y(p.low), y(p.median), y(p.high));
    medians.push(y(p.median));
  }
  if (values.length === 0) {
    throw invalidInput(
      points.length === 0
        ? 'no salary data points yet: add some (low, median and high) first'
        : `no salary data point can be converted to ${currency}: add an exchange rate`,
      'data_points',
    );
  }
  values.sort((a, b) => a - b);
  medians.sort((a, b) => a - b);
  return {
    currency,
    values,
    excluded,
    low: values[0] ?? 0,
    median: medianOf(medians),
    high: values[values.length - 1] ?? 0,
  };
}

/**
 * The percentile rank (0–100) of `value` among the sample's figures, by linear interpolation
 * between neighbours: with one source, its low is the 0th, its median the 50th and its high the
 * 100th percentile; with several, all their figures pooled. Below the lowest figure is 0, above
 * the highest 100.
 */
export function percentileOf(value: number, sample: Pick<Sample, 'values'>): number {
  const v = sample.values;
  const n = v.length;
  if (n === 0) throw invalidInput('no salary data to compare against', 'data_points');
  const first = v[0] ?? 0;
  const last = v[n - 1] ?? 0;
  if (value < first) return 0;
  if (value > last) return 100;
  // Every figure the same: the value sits in the middle of it.
  if (first === last) return 50;
  // The last index i with v[i] <= value; ties share the highest rank among equals.
  let i = 0;
  while (i + 1 < n && (v[i + 1] ?? 0) <= value) i++;
  const lo = v[i] ?? 0;
  const hi = v[i + 1] ?? lo;
  const frac = hi === lo ? 0 : (value - lo) / (hi - lo);
  return ((i + frac) / (n - 1)) * 100;
}
