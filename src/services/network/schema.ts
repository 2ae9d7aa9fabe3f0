import { z } from 'zod';
import { parseLocalDate } from '../../domain/time.js';
import { RELATIONSHIPS } from '../../domain/types.js';
import { isEmailAddress } from '../../domain/validate.js';
import {
  LIMITS,
  clearable,
  clearableText,
  countOrText,
  id,
  opt,
  optText,
  str,
  text,
  via,
} from '../input.js';

/**
 * The inputs of the network use cases (contacts, the LinkedIn import, company matching, health
 * and insights), shared by the HTTP routes and the CLI commands.
 */

const email = str(254)
  .transform((s) => s.trim().toLowerCase())
  .refine(isEmailAddress, { message: 'must be an e-mail address like name@example.com' });
const url = str(500)
  .transform((s) => s.trim())
  .refine((s) => /^https?:\/\/[^\s/]+\.[^\s]+$/iu.test(s), {
    message: 'must be a web address starting with https://',
  });
const relationship = z.enum(RELATIONSHIPS, {
  error: (i) => `is not a relationship: "${String(i.input)}" (one of: ${RELATIONSHIPS.join(', ')})`,
});
const date = str(LIMITS.short).pipe(via((s) => parseLocalDate(s, 'connected_on')));

type Mode = 'add' | 'edit';
type Optional<M extends Mode, T extends z.ZodType> = M extends 'add'
  ? ReturnType<typeof opt<T>>
  : ReturnType<typeof clearable<T>>;
type OptionalText<M extends Mode> = M extends 'add'
  ? ReturnType<typeof optText>
  : ReturnType<typeof clearableText>;

/**
 * A contact's optional fields, once for both inputs: adding leaves a missing field unknown
 * (`opt`); editing also takes `""`, which clears it (`clearable`).
 */
function contactFields<M extends Mode>(mode: M) {
  const value = <T extends z.ZodType>(s: T) =>
    (mode === 'add' ? opt(s) : clearable(s)) as Optional<M, T>;
  const words = (max: number) =>
    (mode === 'add' ? optText(max) : clearableText(max)) as OptionalText<M>;
  return {
    email: value(email),
    phone: words(LIMITS.short),
    title: words(LIMITS.name),
    company: words(LIMITS.name),
    linkedin_url: value(url),
    notes: words(LIMITS.notes),
    connected_on: value(date),
  };
}

/** `contacts add` and `POST /api/contacts`. */
export const contactAddInput = z.strictObject({
  name: text(LIMITS.name),
  relationship: opt(relationship),
  ...contactFields('add'),
});
export type ContactAddInput = z.output<typeof contactAddInput>;

/** `contacts edit ID` and `PATCH /api/contacts/:id`: `""` clears a field. */
export const contactEditInput = z.strictObject({
  name: opt(text(LIMITS.name)),
  relationship: opt(relationship),
  ...contactFields('edit'),
});
export type ContactEditInput = z.output<typeof contactEditInput>;

/** `contacts list` and `GET /api/contacts`. */
export const contactListInput = z.object({
  q: optText(LIMITS.name),
  limit: opt(countOrText(1, 5000)),
  offset: opt(countOrText(0, 10_000_000)),
});
export type ContactListInput = z.output<typeof contactListInput>;

/** `contacts merge KEEP DROP` and `POST /api/contacts/:id/merge`. */
export const contactMergeInput = z.strictObject({ keep: id, drop: id });
export type ContactMergeInput = z.output<typeof contactMergeInput>;

/** The largest export accepted: LinkedIn's for 30,000 connections is about 4 MB. */
export const MAX_EXPORT_BYTES = 10 * 1024 * 1024;

/** `import linkedin FILE` and `POST /api/contacts/import`: the file's bytes, base64. */
export const linkedinImportInput = z.strictObject({
  file: z
    .string({ error: 'must be the file, base64-encoded' })
    .max(
      Math.ceil((MAX_EXPORT_BYTES * 4) / 3) + 4,
      'is larger than 10 MB: export it again from LinkedIn, it should be a few MB',
    )
    .refine((s) => /^[A-Za-z0-9+/]*={0,2}$/u.test(s), 'must be base64')
    .transform((s) => Uint8Array.from(Buffer.from(s, 'base64'))),
});
export type LinkedinImportInput = z.output<typeof linkedinImportInput>;

/** `POST /api/applications/:id/network/decide`: confirm or reject a suggested match. */
export const matchDecisionInput = z.strictObject({
  employer: text(LIMITS.name),
  decision: z.enum(['confirmed', 'rejected'], { error: 'must be confirmed or rejected' }),
});
export type MatchDecisionInput = z.output<typeof matchDecisionInput>;

/** `insights` and `GET /api/insights`: the funnel of some sources over a period. */
/**
 * `limit`: how many stale applications and companies to list (all by default); `stale_count`
 * and `response_days.company_count` count them all.
 */
export const healthInput = z.object({ limit: opt(countOrText(1, 5000)) });
export type HealthInput = z.output<typeof healthInput>;

export const insightsInput = z.object({
  source: optText(LIMITS.name),
  from: opt(str(LIMITS.short).pipe(via((s) => parseLocalDate(s, 'from')))),
  to: opt(str(LIMITS.short).pipe(via((s) => parseLocalDate(s, 'to')))),
});
export type InsightsInput = z.output<typeof insightsInput>;
