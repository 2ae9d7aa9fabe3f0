import type { ExchangeRate } from '../../domain/offers/currency.js';
import type { CriterionResult } from '../../domain/offers/evaluate.js';
import {
  criterionLabel,
  formatThreshold,
  type Requirement,
} from '../../domain/offers/requirements.js';
import { formatInstant } from '../../domain/time.js';
import type { SalaryView, Placed } from '../salary/view.js';
import type { OfferView, CompareView } from './view.js';

/** JSON for the CLI's `--json` and the HTTP API alike: snake_case, stable names, ids. */

const round = (n: number | null): number | null => (n === null ? null : Math.round(n));

const placed = (p: Placed | null) =>
  p === null
    ? null
    : {
        amount: p.amount,
        currency: p.currency,
        yearly_in: round(p.yearlyIn),
        percentile: p.percentile,
      };

export function presentSalary(v: SalaryView, zone: string) {
  const r = v.research;
  const s = v.summary;
  return {
    application_id: v.application.id,
    research:
      r === null
        ? null
        : {
            id: r.id,
            shared: v.shared,
            role: r.role,
            location: r.location,
            target: r.target,
            walk_away: r.walkAway,
            currency: r.currency,
            note: r.note,
            updated_at: formatInstant(r.updatedAt, zone),
            data_points: r.points.map((p) => ({
              id: p.id,
              source: p.source,
              low: p.low,
              median: p.median,
              high: p.high,
              currency: p.currency,
              period: p.period,
              date: p.observedOn,
            })),
          },
    summary:
      s === null
        ? null
        : {
            currency: s.currency,
            yearly_low: round(s.low),
            yearly_median: round(s.median),
            yearly_high: round(s.high),
            target: placed(s.target),
            walk_away: placed(s.walkAway),
            advertised_min: placed(s.advertisedMin),
            advertised_max: placed(s.advertisedMax),
            offer_base: placed(s.offerBase),
            notes: s.notes,
          },
  };
}

export const presentRequirement = (r: Requirement) => ({
  id: r.id,
  criterion: r.criterion,
  label: criterionLabel(r.criterion),
  importance: r.importance,
  weight: r.weight,
  threshold: r.threshold === null ? null : formatThreshold(r.threshold),
  currency: r.currency,
});

const presentResult = (r: CriterionResult) => ({
  requirement_id: r.requirementId,
  criterion: r.criterion,
  importance: r.importance,
  weight: r.weight,
  outcome: r.outcome,
  reason: r.reason,
});

export function presentOffer(v: OfferView, zone: string) {
  const t = v.offer.terms;
  const e = v.evaluation;
  return {
    id: v.offer.id,
    application_id: v.application.id,
    company: v.application.company,
    role: v.application.role,
    status: v.application.status,
    made_by:
      v.contact === null
        ? null
        : { id: v.contact.id, name: v.contact.name, email: v.contact.email },
    base: t.base,
    currency: t.currency,
    period: t.period,
    bonus: t.bonus,
    bonus_pct: t.bonusPct,
    equity: t.equity,
    vesting_years: t.vestingYears,
    sign_on: t.signOn,
    vacation_days: t.vacationDays,
    start: t.startOn,
    remote_days: t.remoteDays,
    benefits: t.benefits,
    deadline: v.offer.deadlineOn,
    total: {
      currency: v.total.currency,
      base: round(v.total.base),
      bonus: round(v.total.bonus),
      equity_per_year: round(v.total.equityPerYear),
      sign_on: round(v.total.signOn),
      yearly: round(v.total.yearly),
      first_year: round(v.total.firstYear),
      formula: v.total.formula,
    },
    evaluation: {
      meets_musts: e.meetsMusts,
      score: e.score,
      passed_weight: e.passedWeight,
      total_weight: e.totalWeight,
      results: e.results.map(presentResult),
    },
    rounds: v.rounds.map((r) => ({
      id: r.id,
      proposed_by: r.proposedBy,
      terms: r.terms,
      note: r.note,
      at: formatInstant(r.at, zone),
    })),
  };
}

export const presentRate = (r: ExchangeRate) => ({ from: r.from, to: r.to, rate: r.rate });

export function presentComparison(c: CompareView, zone: string) {
  const byId = new Map(c.views.map((v) => [v.offer.id, v]));
  return {
    currency: c.comparison.currency,
    best: c.comparison.best,
    verdict: c.comparison.verdict,
    cannot_compare: c.comparison.cannotCompare,
    requirements: c.requirements.map(presentRequirement),
    rates: c.rates.map(presentRate),
    offers: c.comparison.offers.flatMap((o) => {
      const v = byId.get(o.offerId);
      return v === undefined
        ? []
        : [
            {
              rank: o.rank,
              yearly_in: round(o.yearlyIn),
              first_year_in: round(o.firstYearIn),
              ...presentOffer(v, zone),
            },
          ];
    }),
  };
}
