import { z } from 'zod';

/**
 * Building blocks for request schemas. Every string has a cap: a request can never make the
 * server hold or store an unbounded value. The services validate meaning (dates, statuses,
 * e-mail addresses) with the same messages the CLI shows; these schemas validate shape.
 */

export const LIMITS = {
  name: 200,
  short: 40,
  text: 2000,
  item: 500,
  notes: 10_000,
  body: 20_000,
  list: 50,
} as const;

export const str = (max: number) =>
  z.string({ error: 'must be a string' }).max(max, `must be at most ${max} characters`);

/** An optional field; `null` means the same as leaving it out (forms often send null). */
export const opt = <T extends z.ZodType>(s: T) => s.nullish().transform((v) => v ?? undefined);

const ID_RE = /^[1-9]\d{0,14}$/;

/** An id in a path or query string. */
export const idText = z
  .string()
  .regex(ID_RE, 'must be a positive whole number')
  .transform(Number)
  .describe('a positive integer id');

/** An id in a JSON body. */
export const idNumber = z
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be a positive whole number')
  .max(Number.MAX_SAFE_INTEGER);

export const idParams = z.object({ id: idText });

/** A whole number in a query string, within bounds. */
export const intText = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

export const boolText = z.enum(['true', 'false']).transform((v) => v === 'true');

export const dateTime = str(LIMITS.short).describe(
  'a date-time: 2026-03-09T10:00 (local, in the timezone setting), with an offset or Z, or a date (local midnight)',
);

export const date = str(LIMITS.short).describe('a local date, YYYY-MM-DD');

export const textList = opt(
  z.array(str(LIMITS.item)).max(LIMITS.list, `at most ${LIMITS.list} items`),
);
