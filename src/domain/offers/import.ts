import { isCurrency, type Currency } from './currency.js';
import { PERIODS, type DataPoint, type Period } from './pay.js';

/** A problem with one line of an imported file, as data (STYLE.md: imports return problems). */
export interface ImportProblem {
  line: number;
  message: string;
}

const COLUMNS = ['source', 'low', 'median', 'high', 'currency', 'period', 'date'] as const;
const AMOUNT = /^\d+(\.\d+)?$/u;

/**
 * Salary data points from CSV rows with a header (`source,low,median,high,currency,period,date`,
 * any order, any case; low, median and high required). Amounts may carry thousands separators
 * or a currency sign. A missing currency or period takes the defaults given.
 */
export function pointsFromRows(
  rows: readonly (readonly string[])[],
  defaults: { currency: Currency | null; period: Period },
): { points: DataPoint[]; problems: ImportProblem[] } {
  const [header, ...body] = rows;
  const problems: ImportProblem[] = [];
  if (header === undefined)
    return { points: [], problems: [{ line: 1, message: 'the file is empty' }] };
  const col = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = ['low', 'median', 'high'].filter((c) => !col.has(c));
  if (missing.length > 0) {
    return {
      points: [],
      problems: [
        {
          line: 1,
          message: `the header needs the columns ${missing.join(', ')} (known: ${COLUMNS.join(', ')})`,
        },
      ],
    };
  }
  const points: DataPoint[] = [];
  body.forEach((row, i) => {
    const line = i + 2;
    const cell = (c: string): string => {
      const at = col.get(c);
      return at === undefined ? '' : (row[at] ?? '').trim();
    };
    const num = (c: 'low' | 'median' | 'high'): number | null => {
      const raw = cell(c).replace(/[\s,_$€£¥]/gu, '');
      if (!AMOUNT.test(raw)) {
        problems.push({ line, message: `${c} "${cell(c)}" is not a non-negative number` });
        return null;
      }
      return Number(raw);
    };
    const low = num('low');
    const median = num('median');
    const high = num('high');
    const cur = cell('currency').toUpperCase() || defaults.currency;
    if (cur === null)
      problems.push({ line, message: 'no currency: add a currency column or pass one' });
    else if (!isCurrency(cur))
      problems.push({ line, message: `currency "${cell('currency')}" is not an ISO 4217 code` });
    const periodText = cell('period').toLowerCase();
    const period = periodText === '' ? defaults.period : PERIODS.find((p) => p === periodText);
    if (period === undefined)
      problems.push({
        line,
        message: `period "${cell('period')}" is not one of ${PERIODS.join(', ')}`,
      });
    const date = cell('date');
    if (date !== '' && !/^\d{4}-\d{2}-\d{2}$/u.test(date))
      problems.push({ line, message: `date "${date}" is not YYYY-MM-DD` });
    if (
      low === null ||
      median === null ||
      high === null ||
      cur === null ||
      !isCurrency(cur) ||
      period === undefined
    )
      return;
    if (!(low <= median && median <= high)) {
      problems.push({ line, message: 'low, median and high must be in order' });
      return;
    }
    points.push({
      source: cell('source') || null,
      low,
      median,
      high,
      currency: cur,
      period,
      observedOn: date || null,
    });
  });
  if (body.length === 0) problems.push({ line: 2, message: 'the file has a header but no data' });
  return { points, problems };
}
