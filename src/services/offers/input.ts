import { z } from 'zod';
import { parseCurrency } from '../../domain/offers/currency.js';

/**
 * Input schemas of the salary and offer use cases, shared by the CLI and HTTP edges. Field names
 * are the JSON ones (`vacation_days`); errors name them, and the CLI words them as its flags.
 */

export { parseInput } from '../input.js';

/**
 * What an edge may pass before validation: the fields, of any type (the CLI passes text where a
 * number is wanted, so that the schema refuses it naming the field).
 */
export type Loose<T> = { [K in keyof T]?: unknown };

/** An optional field; `null` means the same as leaving it out. */
export const opt = <T extends z.ZodType>(s: T) => s.nullish().transform((v) => v ?? undefined);

export const amount = z
  .number({ error: 'must be a number' })
  .min(0, 'must not be negative')
  .max(1e12, 'is too large');

export const id = z
  .number({ error: 'must be a positive whole number' })
  .int('must be a positive whole number')
  .min(1, 'must be a positive whole number');

export const text = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .max(max, `must be at most ${String(max)} characters`);

export const dateText = z
  .string({ error: 'must be a date' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'must be a date (YYYY-MM-DD)');

/** An ISO 4217 code, upper-cased. */
export const currency = z.string({ error: 'must be a currency code' }).transform((v, ctx) => {
  try {
    return parseCurrency(v);
  } catch {
    ctx.addIssue({
      code: 'custom',
      message: `"${v}" is not an ISO 4217 currency code (e.g. EUR, CAD, USD)`,
    });
    return z.NEVER;
  }
});
