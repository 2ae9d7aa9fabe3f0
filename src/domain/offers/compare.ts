import { convert, money, noRate, type Currency, type ExchangeRate } from './currency.js';
import type { TotalComp } from './compensation.js';
import type { Evaluation } from './evaluate.js';

/** One offer as the comparison sees it. */
export interface Contender {
  offerId: number;
  /** `Initech · Backend Engineer`. */
  label: string;
  total: TotalComp;
  evaluation: Evaluation;
}

export interface ComparedOffer extends Contender {
  /** Yearly total in the comparison currency; null when no rate converts it. */
  yearlyIn: number | null;
  firstYearIn: number | null;
  rank: number;
}

export interface Comparison {
  currency: Currency | null;
  offers: ComparedOffer[];
  /** Pairs of currencies that cannot be compared for want of a rate. */
  cannotCompare: string[];
  /** The best-ranked offer that meets every must, if one does. */
  best: number | null;
  /** The answer in one or two sentences: which offer meets your must-haves and why. */
  verdict: string;
}

const MEETS_ORDER = { yes: 0, unknown: 1, no: 2 } as const;

/**
 * Offers side by side (seed 000): ranked by whether they meet every must, then by weighted
 * score, then by yearly total compensation where a rate makes the totals comparable. The
 * comparison currency is `currency`, else the first offer's.
 */
export function compareOffers(
  contenders: readonly Contender[],
  rates: readonly ExchangeRate[],
  currency?: Currency,
): Comparison {
  const cur = currency ?? contenders[0]?.total.currency ?? null;
  const cannot = new Set<string>();
  const offers: ComparedOffer[] = contenders.map((c) => {
    if (cur === null) return { ...c, yearlyIn: null, firstYearIn: null, rank: 0 };
    const y = convert(c.total.yearly, c.total.currency, cur, rates);
    const f = convert(c.total.firstYear, c.total.currency, cur, rates);
    if (!y.ok) cannot.add(noRate(c.total.currency, cur));
    return { ...c, yearlyIn: y.ok ? y.amount : null, firstYearIn: f.ok ? f.amount : null, rank: 0 };
  });
  const sorted = [...offers].sort(
    (a, b) =>
      MEETS_ORDER[a.evaluation.meetsMusts] - MEETS_ORDER[b.evaluation.meetsMusts] ||
      b.evaluation.score - a.evaluation.score ||
      (a.yearlyIn !== null && b.yearlyIn !== null ? b.yearlyIn - a.yearlyIn : 0) ||
      a.offerId - b.offerId,
  );
  sorted.forEach((o, i) => {
    o.rank = i + 1;
  });
  const best = sorted.find((o) => o.evaluation.meetsMusts === 'yes') ?? null;
  return {
    currency: cur,
    offers: sorted,
    cannotCompare: [...cannot],
    best: best?.offerId ?? null,
    verdict: verdictOf(sorted, best, cur),
  };
}

function verdictOf(
  sorted: readonly ComparedOffer[],
  best: ComparedOffer | null,
  cur: Currency | null,
): string {
  if (sorted.length === 0) return 'No offers yet.';
  const lines: string[] = [];
  if (best !== null) {
    const total =
      best.yearlyIn === null || cur === null
        ? ''
        : `, ${money(best.yearlyIn, cur)} a year in total`;
    lines.push(
      `Offer #${String(best.offerId)} (${best.label}) meets all your must-haves (score ${String(best.evaluation.score)}/100${total}).`,
    );
  } else {
    lines.push('No offer meets all your must-haves yet.');
  }
  for (const o of sorted) {
    if (o === best) continue;
    const e = o.evaluation;
    if (e.meetsMusts === 'no') {
      lines.push(
        `Offer #${String(o.offerId)} (${o.label}) fails ${e.failingMusts.map((r) => r.reason).join('; ')}.`,
      );
    } else if (e.meetsMusts === 'unknown') {
      const open = e.results.filter((r) => r.importance === 'must' && r.outcome === 'judge');
      lines.push(
        `Offer #${String(o.offerId)} (${o.label}) needs your judgement on ${open.map((r) => r.reason).join('; ')}.`,
      );
    } else {
      lines.push(
        `Offer #${String(o.offerId)} (${o.label}) also meets them (score ${String(e.score)}/100).`,
      );
    }
  }
  return lines.join('\n');
}
