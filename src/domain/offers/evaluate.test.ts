import { describe, expect, it } from 'vitest';
import { totalComp } from './compensation.js';
import { terms } from './compensation.test.js';
import { compareOffers } from './compare.js';
import { evaluateOffer, type EvaluationInput } from './evaluate.js';
import { parseCriterion, parseThreshold, type Requirement } from './requirements.js';

let nextId = 1;
const req = (
  criterion: string,
  importance: 'must' | 'nice',
  threshold?: string,
  currency?: string,
  weight = 1,
): Requirement => {
  const c = parseCriterion(criterion);
  return {
    id: nextId++,
    criterion: c,
    importance,
    weight,
    threshold: threshold === undefined ? null : parseThreshold(c, threshold),
    currency: currency ?? null,
  };
};

const input = (
  t: Parameters<typeof terms>[0],
  requirements: Requirement[],
  more: Partial<EvaluationInput> = {},
): EvaluationInput => {
  const tt = terms(t);
  return {
    terms: tt,
    total: totalComp(tt),
    requirements,
    rates: [],
    judgements: {},
    walkAway: null,
    ...more,
  };
};

describe('evaluateOffer', () => {
  it('passes and fails measured criteria with the reason, failing musts first', () => {
    const list = [
      req('vacation_days', 'nice', '20'),
      req('base_salary', 'must', '110000', 'CAD', 3),
      req('remote_days', 'must', '>=2'),
      req('start_date', 'nice', '<=2026-05-01'),
    ];
    const e = evaluateOffer(
      input({ vacationDays: 25, remoteDays: 3, startOn: '2026-06-01' }, list),
    );
    expect(e.results.map((r) => [r.criterion, r.outcome])).toEqual([
      ['base_salary', 'fail'],
      ['vacation_days', 'pass'],
      ['remote_days', 'pass'],
      ['start_date', 'fail'],
    ]);
    expect(e.results[0]?.reason).toBe('base salary 100,000 CAD is below your minimum 110,000 CAD');
    expect(e.results[3]?.reason).toBe('start date 2026-06-01 is not on or before 2026-05-01');
    expect(e.meetsMusts).toBe('no');
    expect(e.failingMusts).toHaveLength(1);
    expect(e.score).toBe(Math.round((2 / 6) * 100));
  });

  it('needs your judgement for free-form criteria, missing terms and thresholdless ones', () => {
    const list = [
      req('culture', 'must'),
      req('vacation_days', 'nice', '20'),
      req('remote_days', 'nice'),
    ];
    const e = evaluateOffer(input({ remoteDays: 2 }, list));
    expect(e.results.map((r) => r.outcome)).toEqual(['judge', 'judge', 'judge']);
    expect(e.results[0]?.reason).toMatch(/only you can judge/);
    expect(e.results[1]?.reason).toMatch(/does not say/);
    expect(e.results[2]?.reason).toMatch(/no threshold set; the offer gives 2/);
    expect(e.meetsMusts).toBe('unknown');
    expect(e.score).toBe(0);
  });

  it('takes your own verdict on a free-form criterion', () => {
    const culture = req('culture', 'must');
    const e = evaluateOffer(
      input({}, [culture], {
        judgements: { [culture.id]: { verdict: 'pass', note: 'kind team' } },
      }),
    );
    expect(e.results[0]).toMatchObject({
      outcome: 'pass',
      reason: 'your judgement: meets it (kind team)',
    });
    expect(e.meetsMusts).toBe('yes');
    expect(e.score).toBe(100);
  });

  it('uses the walk-away point when the base salary has no threshold', () => {
    const e = evaluateOffer(
      input({}, [req('base_salary', 'must')], { walkAway: { amount: 95_000, currency: 'CAD' } }),
    );
    expect(e.results[0]).toMatchObject({
      outcome: 'pass',
      reason: 'base salary 100,000 CAD meets your walk-away point 95,000 CAD',
    });
  });

  it('compares other currencies only through a typed rate', () => {
    const list = [req('total_comp', 'must', '140000', 'CAD')];
    const eur = { base: 90_000, currency: 'EUR', bonusPct: 10 };
    const without = evaluateOffer(input(eur, list));
    expect(without.results[0]).toMatchObject({ outcome: 'judge' });
    expect(without.results[0]?.reason).toMatch(/cannot compare EUR with CAD/);
    const withRate = evaluateOffer(
      input(eur, list, { rates: [{ from: 'EUR', to: 'CAD', rate: 1.5 }] }),
    );
    expect(withRate.results[0]).toMatchObject({
      outcome: 'pass',
      reason: 'total compensation 99,000 EUR = 148,500 CAD at 1.5 meets your minimum 140,000 CAD',
    });
  });
});

describe('thresholds', () => {
  it('refuses a threshold of the wrong kind for its criterion', () => {
    expect(() => parseThreshold('start_date', '90000')).toThrow(/must be a date/);
    expect(() => parseThreshold('base_salary', '2026-01-01')).toThrow(/must be a number/);
    expect(() => parseThreshold('culture', '5')).toThrow(/takes no threshold/);
    expect(() => parseThreshold('vacation_days', '400')).toThrow(/at most 366/);
    expect(() => parseThreshold('base_salary', '-5')).toThrow(/negative/);
    expect(parseThreshold('remote_days', '<= 2')).toEqual({ op: '<=', kind: 'number', value: 2 });
    expect(parseCriterion('Base salary')).toBe('base_salary');
  });
});

describe('compareOffers', () => {
  const list = [req('base_salary', 'must', '120000', 'CAD'), req('vacation_days', 'nice', '25')];
  const contender = (
    offerId: number,
    t: Parameters<typeof terms>[0],
    rates: EvaluationInput['rates'],
  ) => {
    const i = input(t, list, { rates });
    return { offerId, label: `Co${String(offerId)}`, total: i.total, evaluation: evaluateOffer(i) };
  };

  it('ranks the offer that meets the musts first and says why the other fails', () => {
    const rates = [{ from: 'EUR', to: 'CAD', rate: 1.5 }];
    const c = compareOffers(
      [
        contender(1, { base: 110_000, vacationDays: 30 }, rates),
        contender(2, { base: 85_000, currency: 'EUR', vacationDays: 25 }, rates),
      ],
      rates,
      'CAD',
    );
    expect(c.best).toBe(2);
    expect(c.offers.map((o) => [o.offerId, o.rank, o.yearlyIn])).toEqual([
      [2, 1, 127_500],
      [1, 2, 110_000],
    ]);
    expect(c.verdict).toContain('Offer #2 (Co2) meets all your must-haves');
    expect(c.verdict).toContain(
      'Offer #1 (Co1) fails base salary 110,000 CAD is below your minimum 120,000 CAD',
    );
    expect(c.cannotCompare).toEqual([]);
  });

  it('says which currencies it cannot compare rather than guessing', () => {
    const c = compareOffers(
      [contender(1, { base: 130_000 }, []), contender(2, { base: 90_000, currency: 'EUR' }, [])],
      [],
      'CAD',
    );
    expect(c.offers.find((o) => o.offerId === 2)?.yearlyIn).toBeNull();
    expect(c.cannotCompare).toEqual([
      'cannot compare EUR with CAD: no exchange rate given (add the rate for 1 EUR in CAD)',
    ]);
    expect(c.best).toBe(1);
    expect(c.verdict).toMatch(
      /Offer #2 \(Co2\) needs your judgement on cannot compare EUR with CAD/,
    );
  });

  it('has a verdict for no offers', () => {
    expect(compareOffers([], []).verdict).toBe('No offers yet.');
  });
});
