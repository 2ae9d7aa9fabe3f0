import { invalidInput } from '../../domain/errors.js';
import { convert, noRate, type Currency } from '../../domain/offers/currency.js';
import { totalComp } from '../../domain/offers/compensation.js';
import { percentileOf, sampleOf, type Sample, type WorkYear } from '../../domain/offers/pay.js';
import type { SalaryResearch } from '../../domain/offers/types.js';
import type { Settings } from '../../domain/settings.js';
import type { Application } from '../../domain/types.js';
import type { Store } from '../../store/store.js';

/** A yearly amount in the summary's currency and where it falls among the data. */
export interface Placed {
  amount: number;
  currency: Currency;
  /** Converted to the summary's currency; null without a rate. */
  yearlyIn: number | null;
  percentile: number | null;
}

export interface SalarySummary {
  currency: Currency;
  low: number;
  median: number;
  high: number;
  /** Points left out for want of an exchange rate. */
  excluded: Sample['excluded'];
  target: Placed | null;
  walkAway: Placed | null;
  advertisedMin: Placed | null;
  advertisedMax: Placed | null;
  offerBase: Placed | null;
  /** Why something could not be placed: a missing rate, said rather than guessed. */
  notes: string[];
}

export interface SalaryView {
  application: Application;
  research: SalaryResearch | null;
  /** The research is shared by every application for this role and location. */
  shared: boolean;
  summary: SalarySummary | null;
}

export const workYearOf = (s: Settings): WorkYear => ({
  hoursPerWeek: s.policy.salaryHoursPerWeek,
  weeksPerYear: s.policy.salaryWeeksPerYear,
});

/** The research's figures normalised to yearly in its currency, and where the numbers that matter fall. */
export async function salaryView(
  store: Store,
  app: Application,
  settings: Settings,
): Promise<SalaryView> {
  const research = (await store.salary.forApplication(app)) ?? null;
  if (research === null) return { application: app, research, shared: false, summary: null };
  const shared = research.applicationId === null;
  const first = research.points[0];
  if (first === undefined) return { application: app, research, shared, summary: null };
  const rates = await store.offers.rates();
  const currency = research.currency ?? first.currency;
  const sample = sampleOf(research.points, currency, rates, workYearOf(settings));
  const notes = sample.excluded.map((x) => noRate(x.currency, currency));
  const place = (amount: number | null, from: Currency | null): Placed | null => {
    if (amount === null || from === null) return null;
    const c = convert(amount, from, currency, rates);
    if (!c.ok) notes.push(noRate(from, currency));
    return {
      amount,
      currency: from,
      yearlyIn: c.ok ? c.amount : null,
      percentile: c.ok ? Math.round(percentileOf(c.amount, sample)) : null,
    };
  };
  const offer = await store.offers.forApplication(app.id);
  return {
    application: app,
    research,
    shared,
    summary: {
      currency,
      low: sample.low,
      median: sample.median,
      high: sample.high,
      excluded: sample.excluded,
      target: place(research.target, research.currency),
      walkAway: place(research.walkAway, research.currency),
      advertisedMin: place(app.salaryMin, app.salaryCurrency),
      advertisedMax: place(app.salaryMax, app.salaryCurrency),
      offerBase:
        offer === undefined
          ? null
          : place(totalComp(offer.terms, workYearOf(settings)).base, offer.terms.currency),
      notes: [...new Set(notes)],
    },
  };
}

/**
 * Where one amount falls among the application's data points; refuses when there is no data,
 * since a percentile of nothing would be invented.
 */
export async function percentileFor(
  store: Store,
  app: Application,
  settings: Settings,
  amount: number,
  currency: Currency | null,
): Promise<{ percentile: number; yearlyIn: number; currency: Currency }> {
  const research = (await store.salary.forApplication(app)) ?? null;
  const points = research?.points ?? [];
  const rates = await store.offers.rates();
  const cur = research?.currency ?? points[0]?.currency ?? currency ?? 'USD';
  const sample = sampleOf(points, cur, rates, workYearOf(settings));
  const from = currency ?? cur;
  const c = convert(amount, from, cur, rates);
  if (!c.ok) throw invalidRate(from, cur);
  return {
    percentile: Math.round(percentileOf(c.amount, sample)),
    yearlyIn: c.amount,
    currency: cur,
  };
}

const invalidRate = (from: Currency, to: Currency) => invalidInput(noRate(from, to), 'currency');
