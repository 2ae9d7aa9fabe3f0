import { z } from 'zod';
import { invalidInput } from '../../domain/errors.js';
import { parseCurrency } from '../../domain/offers/currency.js';

/**
 * Input schemas of the salary and offer use cases, shared by the CLI and HTTP edges. Field names
 * are the JSON ones (`vacation_days`); errors name them, and the CLI words them as its flags.
 */

/** Parses `raw` with `schema`; the first problem becomes `invalid_input` naming its field. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const r = schema.safeParse(raw, { reportInput: true });
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  if (issue === undefined) throw invalidInput('invalid input');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    throw invalidInput(`${key} is not a field of this request`, key);
  }
  const field = issue.path.map(String).join('.') || 'input';
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  throw invalidInput(missing ? `${field} is required` : `${field} ${issue.message}`, field);
}

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
