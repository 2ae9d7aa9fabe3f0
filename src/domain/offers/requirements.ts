import { invalidInput } from '../errors.js';
import { parseLocalDate } from '../time.js';
import type { Currency } from './currency.js';

/** The criteria seed 000 names that can be measured against an offer. */
export const MEASURED_CRITERIA = [
  'base_salary',
  'total_comp',
  'vacation_days',
  'start_date',
  'remote_days',
] as const;
export type MeasuredCriterion = (typeof MEASURED_CRITERIA)[number];

export const isMeasured = (c: string): c is MeasuredCriterion =>
  (MEASURED_CRITERIA as readonly string[]).includes(c);

export const IMPORTANCE = ['must', 'nice'] as const;
export type Importance = (typeof IMPORTANCE)[number];

/** At least (`>=`) or at most (`<=`) a number or a date. */
export type Threshold =
  | { op: '>=' | '<='; kind: 'number'; value: number }
  | { op: '>=' | '<='; kind: 'date'; value: string };

/** One line of the must-have list. Free-form criteria (culture, commute…) have no threshold. */
export interface Requirement {
  id: number;
  criterion: string;
  importance: Importance;
  weight: number;
  threshold: Threshold | null;
  /** The currency of a money threshold. */
  currency: Currency | null;
}

const MONEY: readonly string[] = ['base_salary', 'total_comp'];
export const isMoneyCriterion = (c: string): boolean => MONEY.includes(c);

/** Upper bounds of the measured criteria: a year has at most 366 days, a week 7. */
const MAX: Partial<Record<MeasuredCriterion, number>> = { vacation_days: 366, remote_days: 7 };

/** A criterion as typed: a measured kind, or free text (trimmed, at most 100 characters). */
export function parseCriterion(raw: string, field = 'criterion'): string {
  const c = raw.trim();
  if (c === '') throw invalidInput(`${field} must not be empty`, field);
  if (c.length > 100) throw invalidInput(`${field} is longer than 100 characters`, field);
  const measured = MEASURED_CRITERIA.find((m) => m === c.toLowerCase().replace(/[\s-]+/gu, '_'));
  return measured ?? c;
}

/**
 * Parses a threshold for its criterion: `90000`, `>=90000` or `<=5` for amounts and days, a date
 * (`2026-05-01`, `<=2026-05-01`) for the start date. Without an operator a threshold is a
 * minimum; for the start date "on or after" (time to give notice). A free-form criterion takes
 * none: you judge it yourself.
 */
export function parseThreshold(criterion: string, raw: string, field = 'threshold'): Threshold {
  if (!isMeasured(criterion)) {
    throw invalidInput(
      `${field}: "${criterion}" is judged by you and takes no threshold (thresholds are for ${MEASURED_CRITERIA.join(', ')})`,
      field,
    );
  }
  const m = /^\s*(>=|<=)?\s*(.+?)\s*$/u.exec(raw);
  const op = (m?.[1] ?? '>=') as '>=' | '<=';
  const text = m?.[2] ?? '';
  if (criterion === 'start_date') {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(text)) {
      throw invalidInput(
        `${field} for start_date must be a date (YYYY-MM-DD), got "${raw}"`,
        field,
      );
    }
    return { op, kind: 'date', value: parseLocalDate(text, field) };
  }
  if (text.startsWith('-')) throw invalidInput(`${field} must not be negative`, field);
  const value = Number(text.replace(/[_,]/gu, ''));
  if (!/^[\d_,]+(\.\d+)?$/u.test(text) || !Number.isFinite(value)) {
    throw invalidInput(`${field} for ${criterion} must be a number, got "${raw}"`, field);
  }
  const max = MAX[criterion];
  if (max !== undefined && value > max) {
    throw invalidInput(`${field} for ${criterion} must be at most ${String(max)}`, field);
  }
  return { op, kind: 'number', value };
}

/** `>=90000`, `<=2026-05-01`: how a threshold is stored and shown. */
export const formatThreshold = (t: Threshold): string => `${t.op}${String(t.value)}`;

/** The criterion in words, for reasons and tables. */
export const CRITERION_LABEL: Readonly<Record<MeasuredCriterion, string>> = {
  base_salary: 'base salary',
  total_comp: 'total compensation',
  vacation_days: 'vacation days',
  start_date: 'start date',
  remote_days: 'remote days a week',
};

export const criterionLabel = (c: string): string => (isMeasured(c) ? CRITERION_LABEL[c] : c);
