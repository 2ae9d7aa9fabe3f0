import { describe, expect, it } from 'vitest';
import { totalComp, type OfferTerms } from './compensation.js';
import { convert, money, parseCurrency } from './currency.js';

export const terms = (t: Partial<OfferTerms> = {}): OfferTerms => ({
  base: 100_000,
  currency: 'CAD',
  period: 'yearly',
  bonus: null,
  bonusPct: null,
  equity: null,
  vestingYears: null,
  signOn: null,
  vacationDays: null,
  startOn: null,
  remoteDays: null,
  benefits: null,
  ...t,
});

describe('totalComp', () => {
  it('is the base alone when nothing else is offered', () => {
    const t = totalComp(terms());
    expect(t.yearly).toBe(100_000);
    expect(t.firstYear).toBe(100_000);
    expect(t.formula).toBe('base 100,000 CAD = 100,000 CAD a year');
  });

  it('adds a bonus amount, equity over its vesting years, and the sign-on in year one only', () => {
    const t = totalComp(terms({ bonus: 10_000, equity: 40_000, vestingYears: 4, signOn: 5_000 }));
    expect(t.yearly).toBe(120_000);
    expect(t.firstYear).toBe(125_000);
    expect(t.formula).toBe(
      'base 100,000 CAD + bonus 10,000 CAD + equity 40,000 CAD / 4 y = 10,000 CAD = 120,000 CAD a year; first year + sign-on 5,000 CAD = 125,000 CAD',
    );
  });

  it('takes a bonus percentage of the yearly base', () => {
    const t = totalComp(terms({ bonusPct: 15 }));
    expect(t.bonus).toBe(15_000);
    expect(t.formula).toContain('bonus 15% = 15,000 CAD');
  });

  it('normalises a monthly or hourly base to yearly before the bonus percentage', () => {
    expect(totalComp(terms({ base: 8_000, period: 'monthly', bonusPct: 10 })).yearly).toBe(105_600);
    expect(
      totalComp(terms({ base: 50, period: 'hourly' }), { hoursPerWeek: 35, weeksPerYear: 52 }).base,
    ).toBe(91_000);
  });
});

describe('currencies', () => {
  it('accepts ISO 4217 codes in any case and refuses anything else', () => {
    expect(parseCurrency('eur')).toBe('EUR');
    expect(() => parseCurrency('EURO')).toThrow(/not an ISO 4217/);
    expect(() => parseCurrency('XXX')).toThrow(/not an ISO 4217/);
    expect(() => parseCurrency('BTC', 'currency')).toThrow(/BTC/);
  });

  it('converts with a typed rate or its inverse, and never guesses', () => {
    const rates = [{ from: 'EUR', to: 'CAD', rate: 1.5 }];
    expect(convert(100, 'EUR', 'CAD', rates)).toEqual({
      ok: true,
      amount: 150,
      rate: 1.5,
      via: 'rate',
    });
    expect(convert(150, 'CAD', 'EUR', rates)).toMatchObject({
      ok: true,
      amount: 100,
      via: 'inverse',
    });
    expect(convert(100, 'USD', 'CAD', rates)).toEqual({ ok: false, from: 'USD', to: 'CAD' });
    // No chains through a third currency: EUR→CAD and CAD→USD do not make EUR→USD.
    expect(convert(1, 'EUR', 'USD', [...rates, { from: 'CAD', to: 'USD', rate: 0.7 }]).ok).toBe(
      false,
    );
    expect(money(1234.5, 'EUR')).toBe('1,235 EUR');
  });
});
