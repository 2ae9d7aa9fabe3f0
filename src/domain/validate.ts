import { invalidInput } from './errors.js';
import { isOneLine } from './text.js';

/** Small checks shared by every edge, so CLI and HTTP refuse the same things the same way. */

export function requiredText(value: string | undefined, field: string, max = 200): string {
  const v = (value ?? '').trim();
  if (v === '') throw invalidInput(`${field} must not be empty`, field);
  if (v.length > max) throw invalidInput(`${field} is longer than ${max} characters`, field);
  return v;
}

export function optionalText(value: string | undefined, field: string, max = 2000): string | null {
  const v = (value ?? '').trim();
  if (v === '') return null;
  if (v.length > max) throw invalidInput(`${field} is longer than ${max} characters`, field);
  return v;
}

export function optionalUrl(value: string | undefined, field: string): string | null {
  const v = optionalText(value, field, 2000);
  if (v === null) return null;
  if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v)) {
    throw invalidInput(`${field} "${v}" is not a web address (http:// or https://)`, field);
  }
  return v;
}

export function positiveId(value: string | number | undefined, what: string, field = 'id'): number {
  const s = String(value ?? '')
    .trim()
    .replace(/^#/, '');
  if (!/^\d{1,15}$/.test(s) || Number(s) <= 0) {
    throw invalidInput(`${what} id must be a positive number, got "${String(value ?? '')}"`, field);
  }
  return Number(s);
}

const EMAIL_RE = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** Whether `s` is a bare e-mail address (`name@host.tld`), as every edge accepts one. */
export const isEmailAddress = (s: string): boolean => EMAIL_RE.test(s);

/** `Name <email>`, `Name` or `email` → a person, as `--interviewer` takes it. */
export function parsePerson(
  input: string,
  field = 'interviewer',
): { name: string; email: string | null } {
  const s = input.trim();
  // A line break would hide the address from the pattern below and drop it silently; in a
  // header it would end the line.
  if (!isOneLine(s))
    throw invalidInput(`${field} must be one line, without control characters`, field);
  const angled = /^(.*?)\s*<([^<>]*)>$/.exec(s);
  let name = s;
  let email: string | null = null;
  if (angled !== null) {
    name = (angled[1] ?? '').trim().replace(/^"(.*)"$/, '$1');
    email = (angled[2] ?? '').trim();
  } else if (EMAIL_RE.test(s)) {
    email = s;
    name = s.split('@')[0] ?? s;
  }
  if (email !== null && !EMAIL_RE.test(email)) {
    throw invalidInput(`"${email}" is not an e-mail address`, field);
  }
  if (email === null && /[<>@]/.test(s)) {
    // Meant as an address but not one: refuse rather than keep it as a name without an address.
    throw invalidInput(`"${s}" is not an e-mail address or "Name <email>"`, field);
  }
  if (/[<>]/.test(name)) throw invalidInput(`${field} name must not contain < or >`, field);
  if (name === '') throw invalidInput(`${field} needs a name: "Name <email>"`, field);
  if (name.length > 200) throw invalidInput(`${field} name is too long`, field);
  return { name, email: email?.toLowerCase() ?? null };
}
