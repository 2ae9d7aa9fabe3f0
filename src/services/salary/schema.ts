import { z } from 'zod';
import { PERIODS } from '../../domain/offers/pay.js';
import { amount, currency, dateText, id, opt, text } from '../offers/input.js';

/** One data point: `salary add APP …` and `POST /api/applications/:id/salary`. */
export const salaryPointFields = {
  low: amount,
  median: amount,
  high: amount,
  currency: opt(currency),
  period: opt(z.enum(PERIODS, { error: `must be one of ${PERIODS.join(', ')}` })),
  source: opt(text(200)),
  date: opt(dateText),
  /** Share it with every application for the same role and location. */
  shared: opt(z.boolean({ error: 'must be true or false' })),
};
export const salaryPointInput = z
  .strictObject({ application_id: id, ...salaryPointFields })
  .refine((p) => p.low <= p.median, { message: 'must not be below low', path: ['median'] })
  .refine((p) => p.median <= p.high, { message: 'must not be below median', path: ['high'] });
export type SalaryPointInput = z.input<typeof salaryPointInput>;

/** `salary target APP --target N --walk-away N [--note TEXT]`. */
export const salaryTargetFields = {
  target: amount,
  walk_away: amount,
  currency: opt(currency),
  note: opt(text(2000)),
};
export const salaryTargetInput = z
  .strictObject({ application_id: id, ...salaryTargetFields })
  .refine((t) => t.walk_away <= t.target, {
    message: 'must not be above target: it is the least you would accept',
    path: ['walk_away'],
  });
export type SalaryTargetInput = z.input<typeof salaryTargetInput>;

/** `salary import APP FILE.csv`: the file's text. */
export const salaryImportFields = {
  csv: z.string({ error: 'must be text' }).max(1_000_000, 'is larger than 1 MB'),
  shared: opt(z.boolean()),
};
export const salaryImportInput = z.strictObject({ application_id: id, ...salaryImportFields });
export type SalaryImportInput = z.input<typeof salaryImportInput>;
