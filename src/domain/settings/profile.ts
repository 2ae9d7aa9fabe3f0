import { invalidInput } from '../errors.js';
import { emailOrEmpty, line, list, joined, specFor, str, text } from './keys.js';

/**
 * Who the user is, as drafts, letters and the spelling check need it (PRODUCT.md §4, §6). The
 * planner never sees it; the composer gets the sender part.
 */
export interface Profile {
  name: string;
  email: string;
  signature: string;
  /** For drafts (PRODUCT.md §6). */
  phone: string;
  /** Your postal address, one line per entry, for letters. */
  address: string[];
  skills: string[];
  /** Words the spelling check accepts besides the dictionary and your own data. */
  spellingWords: string[];
  paper: 'a4' | 'letter';
  /**
   * The address your calendar app and digest links reach Afterview by (a server behind a proxy,
   * another machine on your network); empty: the running server's own address.
   */
  appUrl: string;
}

/** A base address: scheme, host, optional port and path; no query, no fragment. */
const APP_URL_RE = /^https?:\/\/[^\s/?#@]+(?:\/[^\s?#]*)?$/i;

/** An address Afterview is reached by, without a trailing slash; '' stays '' (none given). */
export function parseAppUrl(raw: string, key: string): string {
  const v = raw.trim().replace(/\/+$/, '');
  if (v !== '' && !APP_URL_RE.test(v)) {
    throw invalidInput(`${key} must be like https://afterview.example.org, got "${v}"`, key);
  }
  return v;
}

export const defaultProfile = (): Profile => ({
  name: '',
  email: '',
  signature: '',
  phone: '',
  address: [],
  skills: [],
  spellingWords: [],
  paper: 'a4',
  appUrl: '',
});

const spec = specFor<Profile>();

export const PROFILE_KEYS = {
  name: spec({ field: 'name', help: 'your name, used to sign messages', parse: line, format: str }),
  email: spec({
    field: 'email',
    help: 'your e-mail address',
    parse: emailOrEmpty,
    format: str,
  }),
  signature: spec({ field: 'signature', help: 'signature block', parse: text, format: str }),
  skills: spec({
    field: 'skills',
    help: 'your skills, matched against the role in drafts',
    parse: list,
    format: joined,
  }),
  phone: spec({ field: 'phone', help: 'your phone number, for drafts', parse: line, format: str }),
  address: spec({
    field: 'address',
    help: 'your postal address for letters, lines separated by ";"',
    parse: (raw) =>
      raw
        .split(/[;\n]/)
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    format: (v) => v.join('; '),
  }),
  paper: spec({
    field: 'paper',
    help: 'paper size of printed letters and cards: a4 or letter',
    parse: (raw, key) => {
      const v = raw.trim().toLowerCase();
      if (v !== 'a4' && v !== 'letter') throw invalidInput(`${key} must be a4 or letter`, key);
      return v;
    },
    format: str,
  }),
  'app.url': spec({
    field: 'appUrl',
    help: 'the address calendar apps and digest links use to reach Afterview, e.g. https://afterview.example.org (default: the running server)',
    parse: parseAppUrl,
    format: str,
  }),
  'spelling.words': spec({
    field: 'spellingWords',
    help: 'extra words the spelling check accepts, e.g. Kubernetes,Terraform',
    parse: list,
    format: joined,
  }),
} as const;
