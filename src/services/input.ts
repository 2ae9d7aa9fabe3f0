import { z } from 'zod';
import { AfterviewError, invalidInput, isAfterviewError } from '../domain/errors.js';
import { endOfLocalDay, parseDateTime, parseDuration, parseLocalDate } from '../domain/time.js';
import { hasControl, isWellFormed } from '../domain/text.js';
import { parsePerson } from '../domain/validate.js';

/**
 * Typed inputs for use cases. Each use case has one zod schema (in its feature folder,
 * `src/services/<feature>/schema.ts`) that both edges parse with `parseInput`: HTTP gives it the
 * JSON body, the CLI an object built from its flags. The service receives the parsed output:
 * instants, minutes, people as objects, never CLI text.
 *
 * Errors name the field (`until`, `application_id`, `questions.0.text`), never a flag: the HTTP
 * edge returns the field as is, the CLI words it as its flag (src/cli/fields.ts).
 *
 * Field names are the wire names (snake_case, as in the API and `--json`), so that one name
 * travels from the schema to the API error and to the OpenAPI document unchanged.
 */

/** Every string has a cap: a request can never make us hold or store an unbounded value. */
export const LIMITS = {
  name: 200,
  short: 40,
  text: 2000,
  item: 500,
  notes: 10_000,
  body: 20_000,
  list: 50,
} as const;

/** Marks an issue whose message is a whole sentence (from a domain parser), not a predicate. */
const SENTENCE = { sentence: true } as const;

/**
 * A string of text a person types: capped, well-formed (no lone surrogate, which SQLite would
 * store as invalid UTF-8) and without control characters other than tab and line breaks (NUL,
 * BEL, ESC have no place in a note and would reach terminals and calendar files).
 */
export const str = (max: number) =>
  z
    .string({ error: 'must be a string' })
    .max(max, `must be at most ${max} characters`)
    .refine(isWellFormed, { message: 'is not valid text (a lone UTF-16 surrogate)', abort: true })
    .refine((s) => !hasControl(s), {
      message: 'must not contain control characters',
      abort: true,
    });

/** An optional field; `null` means the same as leaving it out (forms often send null). */
export const opt = <T extends z.ZodType>(s: T) =>
  s
    .nullish()
    .transform((v) => v ?? undefined)
    .optional();

/**
 * Runs a domain parser (which throws our `invalid_input` with a user-facing sentence) as a zod
 * transform, so its message reaches either edge unchanged.
 */
export const via = <T>(parse: (s: string) => T) =>
  z.transform<string, T>((s, ctx) => {
    try {
      return parse(s);
    } catch (e) {
      if (!isAfterviewError(e)) throw e;
      ctx.issues.push({ code: 'custom', message: e.message, input: s, params: SENTENCE });
      return z.NEVER;
    }
  });

/** Trimmed text that must not be empty. */
export const text = (max: number) =>
  str(max)
    .transform((s) => s.trim())
    .refine((s) => s !== '', { message: 'must not be empty', abort: true });

/** Optional text: blank means absent. */
export const optText = (max: number) =>
  opt(str(max))
    .transform((s) => {
      const v = s?.trim() ?? '';
      return v === '' ? undefined : v;
    })
    .optional();

/** For updates: `""` (or whitespace) clears the field, which comes out as `null`. */
export const clearableText = (max: number) =>
  opt(str(max))
    .transform((s) => {
      if (s === undefined) return undefined;
      const v = s.trim();
      return v === '' ? null : v;
    })
    .optional();

/** For updates: `""` clears the value (`null`); anything else goes through `s`. */
export const clearable = <T extends z.ZodType>(s: T) =>
  opt(z.union([z.literal(''), s]))
    .transform((v) => (v === '' ? null : (v as z.output<T> | undefined)))
    .optional();

/** An id in a JSON body (the CLI turns its `--app 12` into a number first: `asNumber`). */
export const id = z
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be a positive whole number')
  .max(Number.MAX_SAFE_INTEGER)
  .describe('a positive integer id');

/** An id in a query, where values arrive as text. */
export const idOrText = z
  .union([id, z.string().regex(/^#?[1-9]\d{0,14}$/, 'must be a positive whole number')])
  .transform((v) => (typeof v === 'number' ? v : Number(v.replace('#', ''))))
  .describe('a positive integer id');

/** A whole number within bounds, in a JSON body. */
export const count = (min: number, max: number) =>
  z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

/** A whole number within bounds, in a query, where values arrive as text. */
export const countOrText = (min: number, max: number) =>
  z
    .union([
      z.number(),
      z
        .string()
        .regex(/^\d{1,9}$/, 'must be a whole number')
        .transform(Number),
    ])
    .pipe(count(min, max));

/** A date-time, resolved in `zone` when it has no offset: the service receives an instant. */
export const instant = (zone: string) =>
  str(LIMITS.short)
    .pipe(via((s) => parseDateTime(s, zone, '')))
    .describe(
      'a date-time: 2026-03-09T10:00 (local, in the timezone setting), with an offset or Z, or a date (local midnight)',
    );

/** A local date, `YYYY-MM-DD`. */
const DATE_ONLY = /^\s*\d{4}-\d{2}-\d{2}\s*$/;

/**
 * The end of a range: a date-time, or a date standing for the end of that day in `zone`
 * (`to=2026-03-09` includes the whole of the 9th).
 */
export const rangeEnd = (zone: string) =>
  str(LIMITS.short).pipe(
    via((s) =>
      DATE_ONLY.test(s)
        ? endOfLocalDay(parseDateTime(s, zone, ''), zone)
        : parseDateTime(s, zone, ''),
    ),
  );

export const localDate = str(LIMITS.short)
  .pipe(via((s) => parseLocalDate(s, '')))
  .describe('a local date, YYYY-MM-DD');

/** `45m`, `1h30m` or a number of minutes → minutes. */
export const minutes = z.union([
  str(LIMITS.short)
    .pipe(via((s) => parseDuration(s, '')))
    .describe('45m, 1h, 1h30m'),
  z.number().int().min(1).max(1440).describe('minutes'),
]);

/** A person: `"Name <email>"`, a bare name or address, or `{ name, email? }`. */
export const person = z.union([
  str(LIMITS.item).pipe(via((s) => parsePerson(s, 'interviewer'))),
  z
    .strictObject({ name: text(LIMITS.name), email: opt(str(254)) })
    .transform((p) => parsePerson(p.email === undefined ? p.name : `${p.name} <${p.email}>`)),
]);

/** A list of short non-empty texts (topics, documents owed, gaps). */
export const textList = opt(
  z.array(text(LIMITS.item)).max(LIMITS.list, `at most ${LIMITS.list} items`),
);

/** A schema, or a schema that needs the user's time zone to resolve local date-times. */
export type InputSchema = z.ZodType | ((zone: string) => z.ZodType);

/** The parsed input a service receives. */
export type Input<S extends InputSchema> = S extends (zone: string) => infer T
  ? T extends z.ZodType
    ? z.output<T>
    : never
  : S extends z.ZodType
    ? z.output<S>
    : never;

/** Turns the first zod issue into our `invalid_input` error, naming the field. */
export function fromIssues(issues: readonly z.core.$ZodIssue[], where: string): AfterviewError {
  let issue = issues[0];
  if (issue === undefined) return invalidInput(`invalid ${where}`, where);
  let prefix: PropertyKey[] = [];
  // A union (`"Name <email>"` or `{ name, email }`) failed every branch: report the branch that
  // took the value's type, not zod's "invalid input".
  while (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const branch: readonly z.core.$ZodIssue[] | undefined =
      issue.errors.find((b) => b[0] !== undefined && b[0].code !== 'invalid_type') ??
      issue.errors[0];
    const first: z.core.$ZodIssue | undefined = branch?.[0];
    if (first === undefined) break;
    prefix = [...prefix, ...issue.path];
    issue = first;
  }
  const path = [...prefix, ...issue.path].map(String);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const field = [...path, key].join('.');
    return invalidInput(`${field} is not a field of this request`, field);
  }
  const field = path.length === 0 ? where : path.join('.');
  if (issue.code === 'custom' && issue.params?.sentence === true) {
    return invalidInput(issue.message, field);
  }
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  if (missing) return invalidInput(`${field} is required`, field);
  // Our own predicates (lowercase) read on from the field name; zod's own messages take a colon.
  const ours = /^[a-z]/.test(issue.message);
  return invalidInput(`${field}${ours ? ' ' : ': '}${issue.message}`, field);
}

/**
 * Validates a use case's input. `where` names the whole input when an issue has no path
 * (`body`, `query`). Throws `invalid_input` naming the field.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where = 'input',
): z.output<S> {
  const r = schema.safeParse(value, { reportInput: true });
  if (!r.success) throw fromIssues(r.error.issues, where);
  return r.data;
}

/**
 * Zone-dependent schemas already resolved, per builder and zone. Building a zod schema costs
 * far more than parsing with it (and each new one compiles its own parser), so the server must
 * not build one per request; a builder is a pure function of the zone, and a user has one zone
 * at a time, so a handful of entries per builder is all there ever is.
 */
const resolved = new WeakMap<(zone: string) => z.ZodType, Map<string, z.ZodType>>();
const ZONES_KEPT = 4;

/** The schema itself, resolving a zone-dependent one in `zone`. */
export function resolveSchema(s: InputSchema, zone: string): z.ZodType {
  if (typeof s !== 'function') return s;
  let byZone = resolved.get(s);
  if (byZone === undefined) {
    byZone = new Map();
    resolved.set(s, byZone);
  }
  let schema = byZone.get(zone);
  if (schema === undefined) {
    schema = s(zone);
    // The zone setting changed a few times: forget the oldest rather than grow.
    if (byZone.size >= ZONES_KEPT) byZone.delete(byZone.keys().next().value ?? '');
    byZone.set(zone, schema);
  }
  return schema;
}
