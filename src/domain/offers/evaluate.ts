import { convert, money, noRate, type Currency, type ExchangeRate } from './currency.js';
import type { OfferTerms, TotalComp } from './compensation.js';
import {
  criterionLabel,
  type Importance,
  type Requirement,
  type Threshold,
} from './requirements.js';

export type Outcome = 'pass' | 'fail' | 'judge';

/** Your own verdict on a criterion Afterview cannot measure (culture, people, trust…). */
export interface Judgement {
  verdict: 'pass' | 'fail';
  note: string | null;
}

export interface CriterionResult {
  requirementId: number;
  criterion: string;
  importance: Importance;
  weight: number;
  outcome: Outcome;
  reason: string;
}

export interface Evaluation {
  /** Failing musts first, then musts that need your judgement, then the rest in list order. */
  results: CriterionResult[];
  /** Weight of the criteria passed ÷ weight of all criteria, 0–100 (judgement calls count 0). */
  score: number;
  passedWeight: number;
  totalWeight: number;
  /** `no`: a must fails; `unknown`: no must fails but some need your judgement. */
  meetsMusts: 'yes' | 'no' | 'unknown';
  failingMusts: CriterionResult[];
}

export interface EvaluationInput {
  terms: OfferTerms;
  total: TotalComp;
  requirements: readonly Requirement[];
  rates: readonly ExchangeRate[];
  judgements: Readonly<Record<number, Judgement>>;
  /** The salary research's walk-away point: the base-salary bar when the list sets none. */
  walkAway: { amount: number; currency: Currency } | null;
}

const holds = (t: Threshold, v: number | string): boolean =>
  t.op === '>=' ? v >= t.value : v <= t.value;
const opWords = (t: Threshold, date: boolean): string =>
  t.op === '>=' ? (date ? 'on or after' : 'at least') : date ? 'on or before' : 'at most';

type Measure = Pick<CriterionResult, 'outcome' | 'reason'>;

function moneyResult(
  label: string,
  amount: number,
  currency: Currency,
  bar: { op: Threshold['op']; value: number; currency: Currency; what: string },
  rates: readonly ExchangeRate[],
): Measure {
  const c = convert(amount, currency, bar.currency, rates);
  if (!c.ok) return { outcome: 'judge', reason: noRate(currency, bar.currency) };
  const shown =
    currency === bar.currency
      ? money(amount, currency)
      : `${money(amount, currency)} = ${money(c.amount, bar.currency)} at ${String(c.rate)}`;
  const ok = bar.op === '>=' ? c.amount >= bar.value : c.amount <= bar.value;
  const words = bar.op === '>=' ? (ok ? 'meets' : 'is below') : ok ? 'is within' : 'is above';
  return {
    outcome: ok ? 'pass' : 'fail',
    reason: `${label} ${shown} ${words} ${bar.what} ${money(bar.value, bar.currency)}`,
  };
}

function measure(r: Requirement, i: EvaluationInput): Measure {
  const t = r.threshold;
  const { terms, total } = i;
  const label = criterionLabel(r.criterion);
  switch (r.criterion) {
    case 'base_salary':
    case 'total_comp': {
      const amount = r.criterion === 'base_salary' ? total.base : total.yearly;
      if (t !== null && t.kind === 'number' && r.currency !== null) {
        const what = `your ${t.op === '>=' ? 'minimum' : 'maximum'}`;
        return moneyResult(
          label,
          amount,
          terms.currency,
          { op: t.op, value: t.value, currency: r.currency, what },
          i.rates,
        );
      }
      if (r.criterion === 'base_salary' && i.walkAway !== null) {
        return moneyResult(
          label,
          amount,
          terms.currency,
          {
            op: '>=',
            value: i.walkAway.amount,
            currency: i.walkAway.currency,
            what: 'your walk-away point',
          },
          i.rates,
        );
      }
      return {
        outcome: 'judge',
        reason: `no threshold set; the offer's ${label} is ${money(amount, terms.currency)}`,
      };
    }
    case 'vacation_days':
    case 'remote_days': {
      const v = r.criterion === 'vacation_days' ? terms.vacationDays : terms.remoteDays;
      if (v === null)
        return { outcome: 'judge', reason: `the offer does not say its ${label}: ask them` };
      if (t === null || t.kind !== 'number') {
        return {
          outcome: 'judge',
          reason: `no threshold set; the offer gives ${String(v)} ${label}`,
        };
      }
      const ok = holds(t, v);
      return {
        outcome: ok ? 'pass' : 'fail',
        reason: `${String(v)} ${label} ${ok ? 'meets' : 'misses'} your ${opWords(t, false)} ${String(t.value)}`,
      };
    }
    case 'start_date': {
      const v = terms.startOn;
      if (v === null)
        return { outcome: 'judge', reason: 'the offer names no start date: ask them' };
      if (t === null || t.kind !== 'date')
        return { outcome: 'judge', reason: `no threshold set; the start date is ${v}` };
      const ok = holds(t, v);
      return {
        outcome: ok ? 'pass' : 'fail',
        reason: `start date ${v} is ${ok ? '' : 'not '}${opWords(t, true)} ${t.value}`,
      };
    }
    default: {
      const j = i.judgements[r.id];
      if (j === undefined)
        return { outcome: 'judge', reason: `${r.criterion}: only you can judge this one` };
      return {
        outcome: j.verdict,
        reason: `your judgement: ${j.verdict === 'pass' ? 'meets it' : 'does not meet it'}${j.note === null ? '' : ` (${j.note})`}`,
      };
    }
  }
}

const RANK: Record<string, number> = { 'must:fail': 0, 'must:judge': 1 };

/**
 * Weighs one offer against the must-have list (seed 000): each criterion passes, fails or needs
 * your judgement, with the reason; the score is the share of weight passed; a failing must is
 * listed first, whatever its weight. Amounts in another currency are converted only with rates
 * you typed; without one the criterion says it cannot compare.
 */
export function evaluateOffer(i: EvaluationInput): Evaluation {
  const measured = i.requirements.map((r, index) => ({
    index,
    result: {
      requirementId: r.id,
      criterion: r.criterion,
      importance: r.importance,
      weight: r.weight,
      ...measure(r, i),
    },
  }));
  const rank = (x: CriterionResult): number => RANK[`${x.importance}:${x.outcome}`] ?? 2;
  measured.sort((a, b) => rank(a.result) - rank(b.result) || a.index - b.index);
  const results = measured.map((m) => m.result);
  const totalWeight = results.reduce((s, r) => s + r.weight, 0);
  const passedWeight = results
    .filter((r) => r.outcome === 'pass')
    .reduce((s, r) => s + r.weight, 0);
  const musts = results.filter((r) => r.importance === 'must');
  const failingMusts = musts.filter((r) => r.outcome === 'fail');
  return {
    results,
    score: totalWeight === 0 ? 0 : Math.round((passedWeight / totalWeight) * 100),
    passedWeight,
    totalWeight,
    meetsMusts:
      failingMusts.length > 0 ? 'no' : musts.some((r) => r.outcome === 'judge') ? 'unknown' : 'yes',
    failingMusts,
  };
}
