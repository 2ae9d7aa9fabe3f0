import { z } from 'zod';
import { isValidZone } from '../../domain/time.js';
import { INTERVIEW_KINDS, INTERVIEW_OUTCOMES } from '../../domain/types.js';
import {
  rangeEnd,
  LIMITS,
  clearable,
  clearableText,
  countOrText,
  id,
  instant,
  localDate,
  minutes,
  opt,
  person,
  str,
  textList,
} from '../input.js';

/**
 * The inputs of `interview log|schedule|update` and `POST|PATCH /api/interviews` (and the
 * preview). A `null` output means "clear it" (an update sends `""` to clear a date or a text).
 */

const flag = z.boolean({ error: 'must be true or false' });

const fields = (zone: string) => ({
  at: instant(zone),
  duration: opt(minutes),
  kind: opt(
    z.enum(INTERVIEW_KINDS, {
      error: (i) =>
        `is not an interview kind: "${String(i.input)}" (one of: ${INTERVIEW_KINDS.join(', ')})`,
    }),
  ),
  location: clearableText(LIMITS.item),
  time_zone: opt(
    str(64).refine(isValidZone, { message: 'is not a time zone (e.g. Europe/Berlin)' }),
  ),
  interviewers: opt(z.array(person).max(20, 'at most 20 interviewers')),
  topics: textList,
  next_steps: clearableText(LIMITS.text),
  decision_by: clearable(localDate),
  follow_up_on: clearable(localDate),
  late: opt(flag),
  owe: textList,
  gaps: textList,
  notes: clearableText(LIMITS.notes),
});

/** Log a held interview or schedule one; without `mode`, by whether `at` has passed. */
export const recordInterviewInput = (zone: string) =>
  z.strictObject({
    application_id: id,
    mode: opt(z.enum(['log', 'schedule'])),
    ...fields(zone),
  });
export type RecordInterviewInput = z.output<ReturnType<typeof recordInterviewInput>>;

/** Change what is known; absent fields stay as they are. */
export const updateInterviewInput = (zone: string) =>
  z.strictObject({
    ...fields(zone),
    at: opt(instant(zone)),
    outcome: opt(
      z
        .enum([...INTERVIEW_OUTCOMES, 'none', ''], {
          error: (i) =>
            `is not an outcome: "${String(i.input)}" (one of: ${INTERVIEW_OUTCOMES.join(', ')}, none)`,
        })
        .transform((o) => (o === 'none' || o === '' ? null : o)),
    ),
    cancel: opt(flag),
  });
export type UpdateInterviewInput = z.output<ReturnType<typeof updateInterviewInput>>;

/** `GET /api/interviews`: interviews starting in a window (a date `to` means its end). */
export const listInterviewsInput = (zone: string) =>
  z
    .object({
      from: instant(zone).describe('starting at or after: a date-time, or a date (its start)'),
      to: opt(rangeEnd(zone)).describe('starting at or before: a date-time, or a date (its end)'),
      limit: opt(countOrText(1, 500)),
    })
    .refine((q) => q.to === undefined || q.from <= q.to, {
      message: 'must not be after to',
      path: ['from'],
    });
export type ListInterviewsInput = z.output<ReturnType<typeof listInterviewsInput>>;
