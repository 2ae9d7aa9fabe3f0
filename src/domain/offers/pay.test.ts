import { describe, expect, it } from 'vitest';
import { isAfterviewError } from '../errors.js';
import { percentileOf, sampleOf, toYearly, type DataPoint } from './pay.js';

const point = (
  low: number,
  median: number,
  high: number,
  extra: Partial<DataPoint> = {},
): DataPoint => ({
  source: 'survey',
  low,
  median,
  high,
  currency: 'CAD',
  period: 'yearly',
  observedOn: null,
  ...extra,
});

describe('toYearly', () => {
  it('multiplies hourly pay by hours a week and weeks a year (defaults 40 and 52)', () => {
    expect(toYearly(50, 'hourly')).toBe(104_000);
    expect(toYearly(50, 'hourly', { hoursPerWeek: 37.5, weeksPerYear: 48 })).toBe(90_000);
  });
  it('multiplies monthly pay by twelve and keeps yearly pay', () => {
    expect(toYearly(7_500, 'monthly')).toBe(90_000);
    expect(toYearly(90_000, 'yearly')).toBe(90_000);
  });
});

describe('percentiles', () => {
  it('with one data point: its low is the 0th, its median the 50th, its high the 100th', () => {
    const s = sampleOf([point(80_000, 100_000, 120_000)], 'CAD', []);
    expect(percentileOf(80_000, s)).toBe(0);
    expect(percentileOf(90_000, s)).toBe(25);
    expect(percentileOf(100_000, s)).toBe(50);
    expect(percentileOf(120_000, s)).toBe(100);
    expect(percentileOf(70_000, s)).toBe(0);
    expect(percentileOf(130_000, s)).toBe(100);
  });

  it('with two data points, pools their six figures', () => {
    const s = sampleOf(
      [point(80_000, 100_000, 120_000), point(90_000, 110_000, 130_000)],
      'CAD',
      [],
    );
    expect(s.values).toEqual([80_000, 90_000, 100_000, 110_000, 120_000, 130_000]);
    expect(s.median).toBe(105_000);
    expect(percentileOf(105_000, s)).toBe(50);
    expect(percentileOf(90_000, s)).toBe(20);
  });

  it('with many data points, normalises hourly and monthly figures to yearly first', () => {
    const s = sampleOf(
      [
        point(40, 50, 60, { period: 'hourly' }),
        point(7_000, 8_000, 9_000, { period: 'monthly' }),
        point(85_000, 95_000, 115_000),
        point(100_000, 100_000, 100_000),
      ],
      'CAD',
      [],
    );
    expect(s.low).toBe(83_200);
    expect(s.high).toBe(124_800);
    expect(s.median).toBe(98_000);
    expect(percentileOf(100_000, s)).toBeGreaterThan(50);
    expect(percentileOf(100_000, s)).toBeLessThan(80);
  });

  it('a single figure repeated sits at the 50th percentile', () => {
    expect(percentileOf(5, { values: [5, 5, 5] })).toBe(50);
  });

  it('refuses a percentile of no data', () => {
    const e = (() => {
      try {
        sampleOf([], 'CAD', []);
      } catch (x) {
        return x;
      }
      return null;
    })();
    expect(isAfterviewError(e) && e.field === 'data_points').toBe(true);
    expect(() => percentileOf(1, { values: [] })).toThrow(/no salary data/);
  });

  it('converts other currencies only with a typed rate, and lists the ones it cannot', () => {
    const points = [
      point(80_000, 100_000, 120_000),
      point(50_000, 60_000, 70_000, { currency: 'EUR', source: 'eu' }),
    ];
    const without = sampleOf(points, 'CAD', []);
    expect(without.values).toHaveLength(3);
    expect(without.excluded).toEqual([{ source: 'eu', currency: 'EUR' }]);
    const withRate = sampleOf(points, 'CAD', [{ from: 'EUR', to: 'CAD', rate: 1.5 }]);
    expect(withRate.values).toContain(90_000);
    expect(withRate.excluded).toEqual([]);
    expect(() => sampleOf([points[1] as DataPoint], 'CAD', [])).toThrow(
      /no salary data point can be converted/,
    );
  });
});
