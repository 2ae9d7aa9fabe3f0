import {
  SETTING_KEYS,
  defaultSettings,
  formatSetting,
  isSettingKey,
  parseSetting,
  validateSettings,
  type SettingKey,
  type Settings,
} from '../../domain/settings.js';
import { invalidInput } from '../../domain/errors.js';
import type { Store } from '../../store/store.js';
import type { Ctx } from '../context.js';
import { replanAll } from '../interviews/planning.js';

/** The user's settings: stored values over the defaults. */
export async function loadSettings(store: Store, systemZone: string): Promise<Settings> {
  const stored = await store.settings.all();
  return { ...defaultSettings(systemZone), ...(stored as Partial<Settings>) };
}

/** The user's time zone: what every presenter formats instants in. */
export async function userZone(ctx: Ctx): Promise<string> {
  return (await loadSettings(ctx.store, ctx.systemZone)).timezone;
}

export interface SettingView {
  key: SettingKey;
  value: string;
  help: string;
}

/** Every setting as the user sees it, from settings already loaded. */
export const settingViews = (s: Settings): SettingView[] =>
  (Object.keys(SETTING_KEYS) as SettingKey[]).map((key) => ({
    key,
    value: formatSetting(s, key),
    help: SETTING_KEYS[key].help,
  }));

export async function listSettings(ctx: Ctx): Promise<SettingView[]> {
  return settingViews(await loadSettings(ctx.store, ctx.systemZone));
}

/** One setting from settings already loaded; an unknown key is invalid input. */
export function settingView(s: Settings, key: string): SettingView {
  if (!isSettingKey(key)) parseSetting(key, ''); // throws the "unknown setting" error
  const found = settingViews(s).find((v) => v.key === key);
  if (found === undefined) throw invalidInput(`unknown setting "${key}"`, 'key');
  return found;
}

export async function getSetting(ctx: Ctx, key: string): Promise<SettingView> {
  return settingView(await loadSettings(ctx.store, ctx.systemZone), key);
}

/**
 * Changes one setting, checks the whole set still makes sense, and re-plans: every pending
 * action depends on the calendar and the follow-up policy.
 */
export async function setSetting(ctx: Ctx, key: string, raw: string): Promise<SettingView> {
  const patch = parseSetting(key, raw);
  await ctx.store.transaction(async (tx) => {
    const current = await loadSettings(tx, ctx.systemZone);
    const next = validateSettings({ ...current, ...patch });
    await tx.settings.put(patch);
    await replanAll(tx, ctx.now(), next);
  });
  return getSetting(ctx, key);
}
