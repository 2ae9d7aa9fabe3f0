import {
  SETTING_KEYS,
  applySetting,
  defaultPolicy,
  defaultProfile,
  defaultTransport,
  formatSetting,
  fromStored,
  isSettingKey,
  parseSetting,
  settingHelp,
  validatePolicy,
  type AllSettings,
  type MailTransport,
  type Policy,
  type SettingKey,
  type Settings,
} from '../../domain/settings.js';
import { invalidInput } from '../../domain/errors.js';
import type { Store } from '../../store/store.js';
import type { Ctx } from '../context.js';
import { replanAll } from '../interviews/planning.js';

const PROFILE_FIELDS = Object.keys(defaultProfile());
const POLICY_FIELDS = Object.keys(defaultPolicy('UTC'));
const TRANSPORT_FIELDS = Object.keys(defaultTransport());

/**
 * The profile and the policy: what use cases run on. The transport (the SMTP password among it)
 * is not read here; only delivery loads it, with `loadTransport`.
 */
export async function loadSettings(store: Store, systemZone: string): Promise<Settings> {
  const stored = await store.settings.some([...PROFILE_FIELDS, ...POLICY_FIELDS]);
  return {
    profile: fromStored(defaultProfile(), stored),
    policy: fromStored(defaultPolicy(systemZone), stored),
  };
}

/** The playbook policy alone: calendar, timings and goals. */
export async function loadPolicy(store: Store, systemZone: string): Promise<Policy> {
  return fromStored(defaultPolicy(systemZone), await store.settings.some(POLICY_FIELDS));
}

/** The mail transport, loaded apart so that only delivery ever holds it. */
export async function loadTransport(store: Store): Promise<MailTransport> {
  return fromStored(defaultTransport(), await store.settings.some(TRANSPORT_FIELDS));
}

/** All three parts, for the settings screen and `afterview settings`. */
export async function loadAllSettings(store: Store, systemZone: string): Promise<AllSettings> {
  const stored = await store.settings.all();
  return {
    profile: fromStored(defaultProfile(), stored),
    policy: fromStored(defaultPolicy(systemZone), stored),
    transport: fromStored(defaultTransport(), stored),
  };
}

/** The last zone read per open database, with the change generation it was read at. */
const zones = new WeakMap<Store, { generation: string; systemZone: string; zone: string }>();

/**
 * The user's time zone: what every presenter formats instants in. Every API request asks, so it
 * is read again only after the data changed (a settings read parses every policy field).
 */
export async function userZone(ctx: Ctx): Promise<string> {
  // Read before loading: a write in between leaves the memo at the older generation, so stale.
  const generation = ctx.store.changeGeneration();
  const hit = zones.get(ctx.store);
  if (generation !== null && hit?.generation === generation && hit.systemZone === ctx.systemZone) {
    return hit.zone;
  }
  const zone = (await loadPolicy(ctx.store, ctx.systemZone)).timezone;
  if (generation !== null) zones.set(ctx.store, { generation, systemZone: ctx.systemZone, zone });
  return zone;
}

export interface SettingView {
  key: SettingKey;
  value: string;
  help: string;
}

/** Every setting as the user sees it, from settings already loaded. */
export const settingViews = (s: AllSettings): SettingView[] =>
  SETTING_KEYS.map((key) => ({ key, value: formatSetting(s, key), help: settingHelp(key) }));

export async function listSettings(ctx: Ctx): Promise<SettingView[]> {
  return settingViews(await loadAllSettings(ctx.store, ctx.systemZone));
}

/** One setting from settings already loaded; an unknown key is invalid input. */
export function settingView(s: AllSettings, key: string): SettingView {
  if (!isSettingKey(key)) parseSetting(key, ''); // throws the "unknown setting" error
  const found = settingViews(s).find((v) => v.key === key);
  if (found === undefined) throw invalidInput(`unknown setting "${key}"`, 'key');
  return found;
}

export async function getSetting(ctx: Ctx, key: string): Promise<SettingView> {
  return settingView(await loadAllSettings(ctx.store, ctx.systemZone), key);
}

/**
 * Changes one setting, checks the whole set still makes sense, and re-plans when the playbook
 * policy changed: every pending action depends on the calendar and the follow-up policy.
 */
export async function setSetting(ctx: Ctx, key: string, raw: string): Promise<SettingView> {
  const patch = parseSetting(key, raw);
  await ctx.store.transaction(async (tx) => {
    const current = await loadAllSettings(tx, ctx.systemZone);
    const next = applySetting(current, patch);
    validatePolicy(next.policy);
    await tx.settings.put(patch);
    // The planner reads the policy only: a profile or mail setting (a name, a signature) must
    // leave the plan exactly as it was (issue 11), so only a policy change re-plans.
    if (JSON.stringify(current.policy) !== JSON.stringify(next.policy))
      await replanAll(tx, ctx.now(), next.policy);
  });
  return getSetting(ctx, key);
}
