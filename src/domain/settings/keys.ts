import { invalidInput } from '../errors.js';
import { isOneLine } from '../text.js';
import { parseClock } from '../time.js';
import { isEmailAddress } from '../validate.js';

/**
 * One `settings set KEY VALUE` key of a settings part `T`: the field it writes, how the typed
 * text becomes a value (throwing a user-facing error naming the key) and how a value is shown.
 */
export interface KeySpec<T, K extends keyof T = keyof T> {
  field: K;
  help: string;
  parse: (raw: string, key: string) => T[K];
  format: (v: T[K]) => string;
}

/** A typed `spec` builder for part `T`, so each key's parse and format agree with its field. */
export const specFor =
  <T>() =>
  <K extends keyof T>(s: KeySpec<T, K>): KeySpec<T, K> =>
    s;

export const text = (raw: string): string => raw.trim();

/** One line of text (a name, a host, a login): a line break there would end a mail header. */
export const line = (raw: string, key: string): string => {
  const v = raw.trim();
  if (!isOneLine(v)) throw invalidInput(`${key} must be one line, without control characters`, key);
  return v;
};

/** An e-mail address, or empty for none. */
export const emailOrEmpty = (raw: string, key: string): string => {
  const v = line(raw, key);
  if (v !== '' && !isEmailAddress(v)) throw invalidInput(`${key} must be an e-mail address`, key);
  return v;
};

export const int =
  (min: number, max: number) =>
  (raw: string, key: string): number => {
    const n = Number(raw);
    if (!/^-?\d+$/.test(raw.trim()) || n < min || n > max) {
      throw invalidInput(`${key} must be a whole number from ${min} to ${max}`, key);
    }
    return n;
  };

export const bool = (raw: string, key: string): boolean => {
  const v = raw.trim().toLowerCase();
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw invalidInput(`${key} must be true or false`, key);
};

export const list = (raw: string): string[] =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export const clock = (raw: string, key: string): string => {
  parseClock(raw, key);
  return raw.trim();
};

export const str = String;
export const joined = (v: readonly string[]): string => v.join(',');

/**
 * A part read from storage: its defaults, overlaid with the stored values of its own fields only
 * (storage is one flat key → value table shared by the three parts).
 */
export function fromStored<T extends object>(defaults: T, stored: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const field of Object.keys(defaults)) {
    if (Object.hasOwn(stored, field)) out[field] = stored[field];
  }
  return out as T;
}
