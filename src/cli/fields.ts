import type { AfterviewError } from '../domain/errors.js';
import type { Flag } from './spec.js';

/**
 * The one place where the CLI words input fields as its flags. Services and schemas name fields
 * (`until`, `application_id`, `checks.on_time`, `questions.0.text`); a flag is the field in
 * kebab case (`next_steps` → `--next-steps`, `decisionBy` → `--decision-by`) unless it is listed
 * here because the flag reads better in the singular or shorter.
 */
const FLAG_OF: Readonly<Record<string, string>> = {
  application_id: 'app',
  interviewers: 'interviewer',
  topics: 'topic',
  gaps: 'gap',
  issues: 'issue',
  questions: 'question',
  went_well: 'went-well',
  'checks.introduction': 'intro',
};

const kebab = (s: string): string =>
  s
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase();

/** The flag a field is given by: the field, its first segment, or its last named segment. */
export function flagOf(field: string): string {
  const segments = field.split('.');
  // Own keys only: a field named `constructor` must not find Object's members.
  const first = segments[0] ?? '';
  if (Object.hasOwn(FLAG_OF, field)) return FLAG_OF[field] ?? field;
  if (Object.hasOwn(FLAG_OF, first)) return FLAG_OF[first] ?? first;
  const named = segments.filter((s) => !/^\d+$/.test(s));
  return kebab(named[named.length - 1] ?? field);
}

/**
 * An error as the CLI prints it: a message that starts with the field's name starts with its
 * flag instead (`until must be in the future` → `--until must be in the future`), when the
 * command has that flag. Other messages are already worded for any user.
 */
export function cliMessage(e: AfterviewError, flags: Readonly<Record<string, Flag>>): string {
  if (e.field === undefined) return e.message;
  const flag = flagOf(e.field);
  if (!Object.hasOwn(flags, flag)) return e.message;
  for (const name of [e.field, e.field.split('.')[0] ?? '']) {
    if (name !== '' && new RegExp(`^${name.replace(/\./g, '\\.')}(?=[ :])`).test(e.message)) {
      return `--${flag}${e.message.slice(name.length)}`;
    }
  }
  return e.message;
}

/** A flag that holds a number (`--days 3`, `--app 12`, `--app #12`) as a number for the schema. */
export function asNumber(v: string | undefined): number | string | undefined {
  if (v === undefined) return undefined;
  const s = v.trim().replace(/^#/, '');
  return /^\d{1,15}$/.test(s) ? Number(s) : v;
}
