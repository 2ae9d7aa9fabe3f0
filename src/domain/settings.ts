import { invalidInput } from './errors.js';
import type { KeySpec } from './settings/keys.js';
import { PROFILE_KEYS, defaultProfile, type Profile } from './settings/profile.js';
import { POLICY_KEYS, defaultPolicy, type Policy } from './settings/policy.js';
import { TRANSPORT_KEYS, defaultTransport, type MailTransport } from './settings/transport.js';

/**
 * The user's settings in three parts, each handed only to the code that needs it: the profile
 * (who you are: drafts, letters), the playbook policy (calendar, timings, goals: the planner) and
 * the mail transport (SMTP: delivery only). Storage stays one flat key → value table, keyed by
 * field name, and `settings get/set KEY` addresses every key of the three parts.
 */

export type { Profile } from './settings/profile.js';
export type { Policy } from './settings/policy.js';
export type { MailTransport } from './settings/transport.js';
export { defaultProfile } from './settings/profile.js';
export { calendarOf, defaultPolicy, validatePolicy } from './settings/policy.js';
export { defaultTransport } from './settings/transport.js';
export { fromStored } from './settings/keys.js';

/** What use cases load together: everything but the transport. */
export interface Settings {
  profile: Profile;
  policy: Policy;
}

/** All three parts, for the settings screen and `afterview settings`. */
export interface AllSettings extends Settings {
  transport: MailTransport;
}

export type SettingPart = keyof AllSettings;

/** One stored value change, keyed by field as storage is. */
export type SettingPatch = Partial<Profile & Policy & MailTransport>;

type ProfileKey = keyof typeof PROFILE_KEYS;
type PolicyKey = keyof typeof POLICY_KEYS;
type TransportKey = keyof typeof TRANSPORT_KEYS;
export type SettingKey = ProfileKey | PolicyKey | TransportKey;

interface Entry {
  part: SettingPart;
  spec: KeySpec<Record<string, unknown>, string>;
}

const entry = (part: SettingPart, spec: object): Entry => ({
  part,
  spec: spec as KeySpec<Record<string, unknown>, string>,
});

const inPart = <K extends string>(
  part: SettingPart,
  keys: Record<K, object>,
  ...names: K[]
): [K, Entry][] => names.map((k) => [k, entry(part, keys[k])]);

/** Every key, in the order `settings` lists them (unchanged since the settings were one object). */
const ENTRIES: Record<SettingKey, Entry> = Object.fromEntries([
  ...inPart('profile', PROFILE_KEYS, 'name', 'email', 'signature'),
  ...inPart('policy', POLICY_KEYS, 'timezone', 'work_days', 'holidays'),
  ...inPart('profile', PROFILE_KEYS, 'skills'),
  ...inPart(
    'policy',
    POLICY_KEYS,
    'weekly_goal',
    'pipeline_goal',
    'debrief.delay_hours',
    'thank_you.channel',
    'thank_you.delay_hours',
    'thank_you.window_hours',
    'follow_up.enabled',
    'follow_up.delay_days',
    'follow_up.time',
    'follow_up.second_days',
    'follow_up.third_days',
    'follow_up.spacing_days',
    'follow_up.cap',
    'keep_warm.days',
    'salary.hours_per_week',
    'salary.weeks_per_year',
    'day.start',
    'day.end',
  ),
  ...inPart('profile', PROFILE_KEYS, 'phone', 'address', 'paper', 'spelling.words'),
  ...inPart(
    'transport',
    TRANSPORT_KEYS,
    'mail.from',
    'mail.attempts',
    'smtp.host',
    'smtp.port',
    'smtp.secure',
    'smtp.require_tls',
    'smtp.user',
    'smtp.password',
  ),
  ...inPart('policy', POLICY_KEYS, 'digest.enabled', 'digest.time', 'digest.to', 'backup.daily'),
  ...inPart('profile', PROFILE_KEYS, 'app.url'),
]) as Record<SettingKey, Entry>;

/** The `settings set KEY VALUE` keys, in the order `settings` lists them. */
export const SETTING_KEYS: readonly SettingKey[] = Object.keys(ENTRIES) as SettingKey[];

export const isSettingKey = (k: string): k is SettingKey => Object.hasOwn(ENTRIES, k);

/** The help line of a key. */
export const settingHelp = (key: SettingKey): string => ENTRIES[key].spec.help;

/** The stored field a key writes. */
export const settingField = (key: SettingKey): string => ENTRIES[key].spec.field;

/** The part a key belongs to. */
export const settingPart = (key: SettingKey): SettingPart => ENTRIES[key].part;

/** Settings that never leave the database: exports and logs must leave them out. */
export const SECRET_SETTINGS: readonly SettingKey[] = ['smtp.password'];

export function defaultSettings(timezone: string): AllSettings {
  return {
    profile: defaultProfile(),
    policy: defaultPolicy(timezone),
    transport: defaultTransport(),
  };
}

/** Parses one `settings set` value into a stored-value change (throws a user-facing error). */
export function parseSetting(key: string, raw: string): SettingPatch {
  if (!isSettingKey(key)) {
    throw invalidInput(`unknown setting "${key}" (one of: ${SETTING_KEYS.join(', ')})`, 'key');
  }
  const { spec } = ENTRIES[key];
  return { [spec.field]: spec.parse(raw, key) };
}

export function formatSetting(settings: AllSettings, key: SettingKey): string {
  const { part, spec } = ENTRIES[key];
  const values = settings[part] as unknown as Record<string, unknown>;
  return spec.format(values[spec.field]);
}

/** `settings` with a change applied, each field landing in its own part. */
export function applySetting(settings: AllSettings, patch: SettingPatch): AllSettings {
  const next: AllSettings = {
    profile: { ...settings.profile },
    policy: { ...settings.policy },
    transport: { ...settings.transport },
  };
  for (const [field, value] of Object.entries(patch)) {
    const part = (['profile', 'policy', 'transport'] as const).find((p) =>
      Object.hasOwn(next[p], field),
    );
    if (part === undefined) continue;
    (next[part] as unknown as Record<string, unknown>)[field] = value;
  }
  return next;
}
