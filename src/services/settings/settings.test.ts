import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempStore } from '../../store/test/temp-store.js';
import type { Store } from '../../store/store.js';
import type { Ctx } from '../context.js';
import {
  getSetting,
  listSettings,
  loadPolicy,
  loadSettings,
  loadTransport,
  setSetting,
} from './settings.js';

const ZONE = 'America/Toronto';
let store: Store;
let cleanup: () => Promise<void>;
let ctx: Ctx;

beforeEach(() => {
  ({ store, cleanup } = tempStore());
  ctx = { store, systemZone: ZONE, now: () => '2026-03-02T15:00:00.000Z' };
});
afterEach(async () => {
  await cleanup();
});

describe('settings in three parts', () => {
  it('stores each key as before and loads it into its own part', async () => {
    await setSetting(ctx, 'name', 'Alex Doe');
    await setSetting(ctx, 'follow_up.delay_days', '5');
    await setSetting(ctx, 'smtp.host', 'smtp.example.com');
    await setSetting(ctx, 'smtp.password', 'hunter2');
    // Storage keys are the field names, one flat table, as before the split.
    expect(await store.settings.all()).toEqual({
      name: 'Alex Doe',
      followUpDelayDays: 5,
      smtpHost: 'smtp.example.com',
      smtpPassword: 'hunter2',
    });
    const s = await loadSettings(store, ZONE);
    expect(s.profile.name).toBe('Alex Doe');
    expect(s.policy.followUpDelayDays).toBe(5);
    expect(s.policy.timezone).toBe(ZONE);
    expect((await loadTransport(store)).smtpHost).toBe('smtp.example.com');
  });

  it('never hands the transport to what plans or drafts', async () => {
    await setSetting(ctx, 'smtp.password', 'hunter2');
    await setSetting(ctx, 'smtp.user', 'alex');
    const s = await loadSettings(store, ZONE);
    expect(Object.keys(s)).toEqual(['profile', 'policy']);
    expect(JSON.stringify(s)).not.toContain('hunter2');
    expect(JSON.stringify(s)).not.toContain('smtp');
    const policy = await loadPolicy(store, ZONE);
    expect(Object.keys(policy)).not.toContain('name');
    expect(Object.keys(policy)).not.toContain('smtpPassword');
    expect((await loadTransport(store)).smtpPassword).toBe('hunter2');
  });

  it('keeps settings get/set KEY across all three parts, the password shown as (set)', async () => {
    await setSetting(ctx, 'smtp.password', 'hunter2');
    expect(await getSetting(ctx, 'smtp.password')).toMatchObject({ value: '(set)' });
    expect(await getSetting(ctx, 'timezone')).toMatchObject({ value: ZONE });
    const all = await listSettings(ctx);
    expect(all.map((v) => v.key).slice(0, 4)).toEqual(['name', 'email', 'signature', 'timezone']);
    expect(all).toHaveLength(42);
  });

  it('refuses a policy that does not hold together, storing nothing', async () => {
    await expect(setSetting(ctx, 'day.start', '18:00')).rejects.toThrow(/day.start/);
    expect(await store.settings.all()).toEqual({});
  });
});
