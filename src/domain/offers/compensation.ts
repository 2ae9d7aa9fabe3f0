import { money, type Currency } from './currency.js';
import { toYearly, type Period, type WorkYear } from './pay.js';

/** The pay parts of an offer, as the seeker typed them; amounts in `currency`. */
export interface OfferTerms {
  base: number;
  currency: Currency;
  /** The period `base` is quoted in; bonus, equity and sign-on are always totals. */
  period: Period;
  /** A yearly bonus as an amount, or as a percentage of the yearly base (never both). */
  bonus: number | null;
  bonusPct: number | null;
  /** The whole equity grant's value, vesting evenly over `vestingYears`. */
  equity: number | null;
  vestingYears: number | null;
  /** Paid once, in the first year. */
  signOn: number | null;
  vacationDays: number | null;
  /** `YYYY-MM-DD`. */
  startOn: string | null;
  /** Days a week of remote work allowed. */
  remoteDays: number | null;
  benefits: string | null;
}

export interface TotalComp {
  currency: Currency;
  base: number;
  bonus: number;
  equityPerYear: number;
  signOn: number;
  /** Base + bonus + equity per year: what every year pays. */
  yearly: number;
  /** The first year: `yearly` + the sign-on bonus. */
  firstYear: number;
  /** The sum written out with the offer's own figures. */
  formula: string;
}

/**
 * Yearly total compensation: base (normalised to yearly) + bonus (the amount, or bonus % × base)
 * + equity ÷ vesting years; the sign-on bonus counts in the first year only.
 */
export function totalComp(t: OfferTerms, year?: WorkYear): TotalComp {
  const base = toYearly(t.base, t.period, year);
  const bonus = t.bonus ?? (t.bonusPct === null ? 0 : (base * t.bonusPct) / 100);
  const equityPerYear =
    t.equity === null || t.equity === 0 ? 0 : t.equity / Math.max(1, t.vestingYears ?? 1);
  const signOn = t.signOn ?? 0;
  const yearly = base + bonus + equityPerYear;
  const m = (n: number): string => money(n, t.currency);
  const parts = [`base ${m(base)}${t.period === 'yearly' ? '' : ` (${t.period} ${m(t.base)})`}`];
  if (t.bonus !== null) parts.push(`bonus ${m(bonus)}`);
  else if (t.bonusPct !== null) parts.push(`bonus ${String(t.bonusPct)}% = ${m(bonus)}`);
  if (equityPerYear > 0)
    parts.push(
      `equity ${m(t.equity ?? 0)} / ${String(t.vestingYears ?? 1)} y = ${m(equityPerYear)}`,
    );
  const formula = `${parts.join(' + ')} = ${m(yearly)} a year${
    signOn > 0 ? `; first year + sign-on ${m(signOn)} = ${m(yearly + signOn)}` : ''
  }`;
  return {
    currency: t.currency,
    base,
    bonus,
    equityPerYear,
    signOn,
    yearly,
    firstYear: yearly + signOn,
    formula,
  };
}
