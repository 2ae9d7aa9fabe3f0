import { AfterviewError, isAfterviewError } from '../../domain/errors.js';
import type { Values } from '../spec.js';

/**
 * The CLI edge of the salary and offer use cases: flags become the schemas' fields (numbers
 * parsed, ids from positionals), and an error naming a field is worded with its flag.
 */

/** A number if it reads as one (`95000`, `95_000`, `1.5`), else the text, for the schema to refuse. */
export function num(v: Values[string] | undefined): number | string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim().replace(/[_,]/gu, '');
  return /^-?\d+(\.\d+)?$/u.test(t) ? Number(t) : v;
}

export const text = (v: Values[string] | undefined): string | undefined =>
  typeof v === 'string' ? v : undefined;

export const idOf = (v: string | undefined): number | string => num(v) ?? '';

/** Positionals and fields that are not `--flag` words. */
const WORDS: Record<string, string> = {
  application_id: 'APP',
  offer_id: 'OFFER',
  id: 'ID',
  csv: 'FILE',
  file: 'FILE',
  from: 'FROM',
  to: 'TO',
  rate: 'RATE',
  contact: '--from',
};

/** An own entry of a word list (a field named `constructor` must not find Object's members). */
const own = (list: Record<string, string>, key: string): string | undefined =>
  Object.hasOwn(list, key) ? list[key] : undefined;

export const flagOf = (field: string): string =>
  own(WORDS, field) ?? `--${field.replace(/_/gu, '-')}`;

/** Runs a use case; an error about a field is reworded to name the flag the user typed. */
export async function asFlags<T>(
  fn: () => Promise<T>,
  words: Record<string, string> = {},
): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (!isAfterviewError(e) || e.field === undefined) throw e;
    const flag = own(words, e.field) ?? flagOf(e.field);
    const message = e.message.startsWith(`${e.field} `)
      ? `${flag} ${e.message.slice(e.field.length + 1)}`
      : e.message.startsWith(`${e.field}: `)
        ? `${flag}: ${e.message.slice(e.field.length + 2)}`
        : `${flag}: ${e.message}`;
    throw new AfterviewError(e.code, message, e.field, e.remedy);
  }
}
