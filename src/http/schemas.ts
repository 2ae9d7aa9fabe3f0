import { z } from 'zod';

/**
 * Building blocks for what only HTTP has: ids and numbers in paths and query strings, which
 * arrive as text. Request bodies and queries of use cases take the services' input schemas
 * (src/services/<feature>/schema.ts), built from src/services/input.ts.
 */

export { LIMITS, opt, str, textList } from '../services/input.js';

const ID_RE = /^[1-9]\d{0,14}$/;

/** An id in a path or query string. */
export const idText = z
  .string()
  .regex(ID_RE, 'must be a positive whole number')
  .transform(Number)
  .describe('a positive integer id');

/** An id in a JSON body. */
export { id as idNumber } from '../services/input.js';

export const idParams = z.object({ id: idText });

/** A whole number in a query string, within bounds. */
export const intText = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

export const boolText = z.enum(['true', 'false']).transform((v) => v === 'true');

export const dateTime = z
  .string({ error: 'must be a string' })
  .max(40, 'must be at most 40 characters')
  .describe(
    'a date-time: 2026-03-09T10:00 (local, in the timezone setting), with an offset or Z, or a date (local midnight)',
  );

export const date = z
  .string({ error: 'must be a string' })
  .max(40, 'must be at most 40 characters')
  .describe('a local date, YYYY-MM-DD');
