import { z } from 'zod';
import { ACTION_KINDS, ACTION_STATUSES } from '../../domain/types.js';
import {
  rangeEnd,
  LIMITS,
  count,
  countOrText,
  id,
  idOrText,
  instant,
  opt,
  optText,
  text,
} from '../input.js';

/**
 * The inputs of the action use cases, shared by the HTTP routes (JSON bodies and queries) and
 * the CLI commands (flags mapped onto the same fields). Local date-times resolve in the user's
 * zone here, at the edge, so the services receive instants.
 */

/** `action add` and `POST /api/actions`. */
export const addActionInput = (zone: string) =>
  z.strictObject({
    title: text(LIMITS.name),
    due: instant(zone),
    application_id: opt(id),
    kind: opt(
      z.enum(ACTION_KINDS, {
        error: (i) =>
          `is not an action kind: "${String(i.input)}" (one of: ${ACTION_KINDS.join(', ')})`,
      }),
    ),
    why: optText(LIMITS.text),
  });
export type AddActionInput = z.output<ReturnType<typeof addActionInput>>;

/** `actions` and `GET /api/actions`: query values may arrive as text. */
export const actionQueryInput = (zone: string) =>
  z
    .object({
      status: opt(
        z.enum([...ACTION_STATUSES, 'all'], {
          error: (i) =>
            `is not an action status: "${String(i.input)}" (one of: ${ACTION_STATUSES.join(', ')}, all)`,
        }),
      ),
      application_id: opt(idOrText),
      from: opt(instant(zone)).describe('due at or after: a date-time, or a date (its start)'),
      to: opt(rangeEnd(zone)).describe('due at or before: a date-time, or a date (its end)'),
      limit: opt(countOrText(1, 1000)),
    })
    .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
      message: 'must not be after to',
      path: ['from'],
    });
export type ActionQuery = z.output<ReturnType<typeof actionQueryInput>>;

/** `skip` and `POST /api/actions/:id/skip`. */
export const skipActionInput = z.strictObject({ reason: optText(LIMITS.item) });
export type SkipActionInput = z.output<typeof skipActionInput>;

/** `snooze` and `POST /api/actions/:id/snooze`: until a date-time, or by whole days. */
export const snoozeActionInput = (zone: string) =>
  z
    .strictObject({
      until: opt(instant(zone)),
      days: opt(count(1, 365)).describe('that many local days later, at the same time of day'),
    })
    .superRefine((b, ctx) => {
      if (b.until === undefined && b.days === undefined) {
        ctx.addIssue({ code: 'custom', path: ['until'], message: 'is required' });
      } else if (b.until !== undefined && b.days !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['until'],
          message: 'and days are two ways to say when: give one',
        });
      }
    });
export type SnoozeActionInput = z.output<ReturnType<typeof snoozeActionInput>>;
