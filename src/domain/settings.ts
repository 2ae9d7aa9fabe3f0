import { invalidInput } from './errors.js';
import { isEmailAddress } from './validate.js';
import { isValidZone, parseClock, parseLocalDate, type Calendar } from './time.js';
import { CHANNELS, type Channel, type LocalDate } from './types.js';

/** Every default the playbook uses (PRODUCT.md §4 Settings, §5), changeable with `settings set`. */
export interface Settings {
  name: string;
  email: string;
  signature: string;
  timezone: string;
  workDays: number[];
  holidays: LocalDate[];
  skills: string[];
  weeklyGoal: number;
  pipelineGoal: number;
  debriefDelayHours: number;
  thankYouChannel: Channel;
  thankYouDelayHours: number;
  thankYouWindowHours: number;
  followUpEnabled: boolean;
  followUpDelayDays: number;
  followUpTime: string;
  followUpSecondDays: number;
  followUpThirdDays: number;
  followUpSpacingDays: number;
  followUpCap: number;
  keepWarmDays: number;
  dayStart: string;
  dayEnd: string;
  /** Drafts and delivery (PRODUCT.md §6). */
  phone: string;
  /** Your postal address, one line per entry, for letters. */
  address: string[];
  paper: 'a4' | 'letter';
  /** Words the spelling check accepts besides the dictionary and your own data. */
  spellingWords: string[];
  /** `Name <email>`; empty means `name` and `email`. */
  mailFrom: string;
  mailAttempts: number;
  smtpHost: string;
  smtpPort: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS. */
  smtpSecure: boolean;
  /** Refuse to send over a connection that did not upgrade to TLS. */
  smtpRequireTls: boolean;
  smtpUser: string;
  /** Never printed or exported: shown as "(set)". */
  smtpPassword: string;
  /** The daily digest e-mail (PRODUCT.md §10): on work days at `digestTime` local. */
  digestEnabled: boolean;
  digestTime: string;
  /** Recipient; empty means your own `email`. */
  digestTo: string;
}

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

interface KeySpec<K extends keyof Settings> {
  field: K;
  help: string;
  parse: (raw: string, key: string) => Settings[K];
  format: (v: Settings[K]) => string;
}

const text = (raw: string): string => raw.trim();
const int =
  (min: number, max: number) =>
  (raw: string, key: string): number => {
    const n = Number(raw);
    if (!/^-?\d+$/.test(raw.trim()) || n < min || n > max) {
      throw invalidInput(`${key} must be a whole number from ${min} to ${max}`, key);
    }
    return n;
  };
const bool = (raw: string, key: string): boolean => {
  const v = raw.trim().toLowerCase();
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw invalidInput(`${key} must be true or false`, key);
};
const list = (raw: string): string[] =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
const clock = (raw: string, key: string): string => {
  parseClock(raw, key);
  return raw.trim();
};

function spec<K extends keyof Settings>(s: KeySpec<K>): KeySpec<K> {
  return s;
}
const str = String;
const joined = (v: readonly string[]): string => v.join(',');

/** The `settings set KEY VALUE` keys, in the order `settings` lists them. */
export const SETTING_KEYS = {
  name: spec({ field: 'name', help: 'your name, used to sign messages', parse: text, format: str }),
  email: spec({ field: 'email', help: 'your e-mail address', parse: text, format: str }),
  signature: spec({ field: 'signature', help: 'signature block', parse: text, format: str }),
  timezone: spec({
    field: 'timezone',
    help: 'IANA time zone, e.g. America/Toronto',
    parse: (raw, key) => {
      const z = raw.trim();
      if (!isValidZone(z)) throw invalidInput(`unknown time zone "${raw}"`, key);
      return z;
    },
    format: str,
  }),
  work_days: spec({
    field: 'workDays',
    help: 'work days, e.g. mon,tue,wed,thu,fri',
    parse: (raw, key) => {
      const days = list(raw.toLowerCase()).map((d) => {
        const i = DAY_NAMES.indexOf(d.slice(0, 3) as (typeof DAY_NAMES)[number]);
        if (i < 0) throw invalidInput(`"${d}" is not a day (mon … sun)`, key);
        return i + 1;
      });
      if (days.length === 0) throw invalidInput(`${key} needs at least one day`, key);
      return [...new Set(days)].sort((a, b) => a - b);
    },
    format: (v) => v.map((d) => DAY_NAMES[d - 1] ?? '?').join(','),
  }),
  holidays: spec({
    field: 'holidays',
    help: 'dates that are not business days, e.g. 2026-12-25,2026-12-28',
    parse: (raw, key) => [...new Set(list(raw).map((d) => parseLocalDate(d, key)))].sort(),
    format: joined,
  }),
  skills: spec({
    field: 'skills',
    help: 'your skills, matched against the role in drafts',
    parse: list,
    format: joined,
  }),
  weekly_goal: spec({
    field: 'weeklyGoal',
    help: 'applications to send per week',
    parse: int(0, 100),
    format: str,
  }),
  pipeline_goal: spec({
    field: 'pipelineGoal',
    help: 'active applications to keep open',
    parse: int(0, 500),
    format: str,
  }),
  'debrief.delay_hours': spec({
    field: 'debriefDelayHours',
    help: 'debrief due this many hours after an interview ends',
    parse: int(0, 24),
    format: str,
  }),
  'thank_you.channel': spec({
    field: 'thankYouChannel',
    help: 'email, letter or drop_off',
    parse: (raw, key) => {
      const c = raw.trim();
      if (c !== 'email' && c !== 'letter' && c !== 'drop_off') {
        throw invalidInput(`${key} must be email, letter or drop_off`, key);
      }
      return c;
    },
    format: str,
  }),
  'thank_you.delay_hours': spec({
    field: 'thankYouDelayHours',
    help: 'e-mailed thank-you due this many hours after the end',
    parse: int(0, 24),
    format: str,
  }),
  'thank_you.window_hours': spec({
    field: 'thankYouWindowHours',
    help: 'latest time for an e-mailed thank-you, hours after the end',
    parse: int(1, 72),
    format: str,
  }),
  'follow_up.enabled': spec({
    field: 'followUpEnabled',
    help: 'plan follow-ups at all',
    parse: bool,
    format: str,
  }),
  'follow_up.delay_days': spec({
    field: 'followUpDelayDays',
    help: 'first follow-up when no date was given',
    parse: int(1, 60),
    format: str,
  }),
  'follow_up.time': spec({
    field: 'followUpTime',
    help: 'local time of day for follow-ups',
    parse: clock,
    format: str,
  }),
  'follow_up.second_days': spec({
    field: 'followUpSecondDays',
    help: 'second follow-up (phone) this many days after the first was sent',
    parse: int(1, 60),
    format: str,
  }),
  'follow_up.third_days': spec({
    field: 'followUpThirdDays',
    help: 'third follow-up this many days after the second',
    parse: int(1, 90),
    format: str,
  }),
  'follow_up.spacing_days': spec({
    field: 'followUpSpacingDays',
    help: 'never two follow-ups to one contact within this many days',
    parse: int(1, 60),
    format: str,
  }),
  'follow_up.cap': spec({
    field: 'followUpCap',
    help: 'follow-ups per interview before suggesting "ghosted" (1-3)',
    parse: int(0, 3),
    format: str,
  }),
  'keep_warm.days': spec({
    field: 'keepWarmDays',
    help: 'keep-warm reminder after a rejection or silence',
    parse: int(7, 365),
    format: str,
  }),
  'day.start': spec({
    field: 'dayStart',
    help: 'start of the business day (drop-offs)',
    parse: clock,
    format: str,
  }),
  'day.end': spec({
    field: 'dayEnd',
    help: 'end of the business day (documents due)',
    parse: clock,
    format: str,
  }),
  phone: spec({ field: 'phone', help: 'your phone number, for drafts', parse: text, format: str }),
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
  'spelling.words': spec({
    field: 'spellingWords',
    help: 'extra words the spelling check accepts, e.g. Kubernetes,Terraform',
    parse: list,
    format: joined,
  }),
  'mail.from': spec({
    field: 'mailFrom',
    help: 'sender, "Name <email>" (default: name and email)',
    parse: (raw, key) => {
      const v = raw.trim();
      const address = /^[^<>]*<([^<>]*)>$/.exec(v)?.[1] ?? v;
      if (v !== '' && !isEmailAddress(address)) {
        throw invalidInput(`${key} must be an e-mail address or "Name <email>"`, key);
      }
      return v;
    },
    format: str,
  }),
  'mail.attempts': spec({
    field: 'mailAttempts',
    help: 'delivery attempts on transport errors before a message is marked failed',
    parse: int(1, 10),
    format: str,
  }),
  'smtp.host': spec({ field: 'smtpHost', help: 'SMTP server host', parse: text, format: str }),
  'smtp.port': spec({
    field: 'smtpPort',
    help: 'SMTP port: 587 (STARTTLS) or 465 (TLS)',
    parse: int(1, 65535),
    format: str,
  }),
  'smtp.secure': spec({
    field: 'smtpSecure',
    help: 'true for TLS from the start (port 465), false for STARTTLS',
    parse: bool,
    format: str,
  }),
  'smtp.require_tls': spec({
    field: 'smtpRequireTls',
    help: 'refuse to send unless the connection is encrypted',
    parse: bool,
    format: str,
  }),
  'smtp.user': spec({ field: 'smtpUser', help: 'SMTP login', parse: text, format: str }),
  'smtp.password': spec({
    field: 'smtpPassword',
    help: 'SMTP password (or AFTERVIEW_SMTP_PASSWORD); never printed',
    parse: (raw) => raw,
    format: (v) => (v === '' ? '' : '(set)'),
  }),
  'digest.enabled': spec({
    field: 'digestEnabled',
    help: "e-mail the day's and overdue actions every work day",
    parse: bool,
    format: str,
  }),
  'digest.time': spec({
    field: 'digestTime',
    help: 'local time of the daily digest, HH:MM',
    parse: clock,
    format: str,
  }),
  'digest.to': spec({
    field: 'digestTo',
    help: 'where the daily digest goes (default: your email)',
    parse: (raw, key) => {
      const v = raw.trim();
      if (v !== '' && !isEmailAddress(v)) {
        throw invalidInput(`${key} must be an e-mail address`, key);
      }
      return v;
    },
    format: str,
  }),
} as const;

/** Settings that never leave the database: exports and logs must leave them out. */
export const SECRET_SETTINGS: readonly SettingKey[] = ['smtp.password'];

export type SettingKey = keyof typeof SETTING_KEYS;
export const isSettingKey = (k: string): k is SettingKey => Object.hasOwn(SETTING_KEYS, k);

export function defaultSettings(timezone: string): Settings {
  return {
    name: '',
    email: '',
    signature: '',
    timezone: isValidZone(timezone) ? timezone : 'UTC',
    workDays: [1, 2, 3, 4, 5],
    holidays: [],
    skills: [],
    weeklyGoal: 5,
    pipelineGoal: 5,
    debriefDelayHours: 2,
    thankYouChannel: 'email',
    thankYouDelayHours: 3,
    thankYouWindowHours: 24,
    followUpEnabled: true,
    followUpDelayDays: 7,
    followUpTime: '10:00',
    followUpSecondDays: 7,
    followUpThirdDays: 14,
    followUpSpacingDays: 7,
    followUpCap: 3,
    keepWarmDays: 60,
    dayStart: '09:00',
    dayEnd: '17:00',
    phone: '',
    address: [],
    paper: 'a4',
    spellingWords: [],
    mailFrom: '',
    mailAttempts: 3,
    smtpHost: '',
    smtpPort: 587,
    smtpSecure: false,
    smtpRequireTls: true,
    smtpUser: '',
    smtpPassword: '',
    digestEnabled: true,
    digestTime: '08:00',
    digestTo: '',
  };
}

/** Parses one `settings set` value into a partial update (throws a user-facing error). */
export function parseSetting(key: string, raw: string): Partial<Settings> {
  if (!isSettingKey(key)) {
    throw invalidInput(
      `unknown setting "${key}" (one of: ${Object.keys(SETTING_KEYS).join(', ')})`,
      'key',
    );
  }
  const s = SETTING_KEYS[key] as KeySpec<keyof Settings>;
  return { [s.field]: s.parse(raw, key) };
}

export function formatSetting(settings: Settings, key: SettingKey): string {
  const s = SETTING_KEYS[key] as KeySpec<keyof Settings>;
  return s.format(settings[s.field]);
}

/** Cross-field rules that a single key cannot check. Returns the settings if they hold. */
export function validateSettings(s: Settings): Settings {
  if (s.followUpEnabled && s.followUpCap === 0) {
    throw invalidInput(
      'follow_up.cap is 0 while follow-ups are on: set follow_up.enabled false instead',
      'follow_up.cap',
    );
  }
  if (
    parseClock(s.dayStart).hour * 60 + parseClock(s.dayStart).minute >=
    parseClock(s.dayEnd).hour * 60 + parseClock(s.dayEnd).minute
  ) {
    throw invalidInput('day.start must be before day.end', 'day.start');
  }
  if (s.thankYouDelayHours > s.thankYouWindowHours) {
    throw invalidInput(
      'thank_you.delay_hours must not exceed thank_you.window_hours',
      'thank_you.delay_hours',
    );
  }
  if (!CHANNELS.includes(s.thankYouChannel)) {
    throw invalidInput('thank_you.channel must be email, letter or drop_off', 'thank_you.channel');
  }
  return s;
}

export const calendarOf = (s: Settings): Calendar => ({
  timezone: s.timezone,
  workDays: s.workDays,
  holidays: s.holidays,
});
