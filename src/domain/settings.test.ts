import { describe, expect, it } from 'vitest';
import {
  SETTING_KEYS,
  applySetting,
  defaultPolicy,
  defaultSettings,
  formatSetting,
  parseSetting,
  settingField,
  settingPart,
  validatePolicy,
} from './settings.js';

describe('settings', () => {
  it('defaults to the system zone, or UTC when that is unknown', () => {
    expect(defaultSettings('Europe/Berlin').policy.timezone).toBe('Europe/Berlin');
    expect(defaultSettings('Mars/Olympus').policy.timezone).toBe('UTC');
  });

  it('parses each kind of value', () => {
    expect(parseSetting('timezone', 'America/Toronto')).toEqual({ timezone: 'America/Toronto' });
    expect(parseSetting('work_days', 'sun,mon,tue')).toEqual({ workDays: [1, 2, 7] });
    expect(parseSetting('holidays', '2026-12-26, 2026-12-25')).toEqual({
      holidays: ['2026-12-25', '2026-12-26'],
    });
    expect(parseSetting('follow_up.enabled', 'off')).toEqual({ followUpEnabled: false });
    expect(parseSetting('follow_up.time', '09:30')).toEqual({ followUpTime: '09:30' });
  });

  it.each([
    ['timezone', 'Mars/Olympus', /unknown time zone/],
    ['follow_up.delay_days', '-3', /whole number from 1/],
    ['follow_up.delay_days', 'seven', /whole number/],
    ['work_days', 'funday', /not a day/],
    ['holidays', '2026-02-30', /not a date/],
    ['follow_up.time', '25:00', /time of day/],
    ['colour', 'blue', /unknown setting "colour"/],
  ])('refuses %s = %s', (key, value, message) => {
    expect(() => parseSetting(key, value)).toThrow(message);
  });

  it('refuses a cap of 0 while follow-ups are on, and accepts it when they are off', () => {
    const s = defaultPolicy('UTC');
    expect(() => validatePolicy({ ...s, followUpCap: 0 })).toThrow(/follow_up.cap is 0/);
    expect(validatePolicy({ ...s, followUpCap: 0, followUpEnabled: false }).followUpCap).toBe(0);
  });

  it('refuses a business day that ends before it starts', () => {
    expect(() => validatePolicy({ ...defaultPolicy('UTC'), dayStart: '18:00' })).toThrow(
      /day.start/,
    );
  });

  it('formats lists back the way they are typed', () => {
    expect(formatSetting(defaultSettings('UTC'), 'work_days')).toBe('mon,tue,wed,thu,fri');
  });

  it('lists every key once, in the order `settings` always printed them', () => {
    expect(SETTING_KEYS).toEqual([
      'name',
      'email',
      'signature',
      'timezone',
      'work_days',
      'holidays',
      'skills',
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
      'phone',
      'address',
      'paper',
      'spelling.words',
      'mail.from',
      'mail.attempts',
      'smtp.host',
      'smtp.port',
      'smtp.secure',
      'smtp.require_tls',
      'smtp.user',
      'smtp.password',
      'digest.enabled',
      'digest.time',
      'digest.to',
      'backup.daily',
      'app.url',
    ]);
  });

  it('keeps the three parts apart: the policy holds no profile and no transport field', () => {
    const s = defaultSettings('UTC');
    for (const key of SETTING_KEYS) {
      const field = settingField(key);
      const part = settingPart(key);
      expect(Object.hasOwn(s[part], field), `${key} in ${part}`).toBe(true);
      for (const other of (['profile', 'policy', 'transport'] as const).filter((p) => p !== part)) {
        expect(Object.hasOwn(s[other], field), `${key} also in ${other}`).toBe(false);
      }
    }
    expect(Object.keys(s.policy)).not.toContain('smtpPassword');
    expect(Object.keys(s.policy)).not.toContain('name');
  });

  it('applies a change to the part its key belongs to', () => {
    const s = defaultSettings('UTC');
    const next = applySetting(s, { smtpHost: 'smtp.example.com', timezone: 'Asia/Tokyo' });
    expect(next.transport.smtpHost).toBe('smtp.example.com');
    expect(next.policy.timezone).toBe('Asia/Tokyo');
    expect(s.transport.smtpHost).toBe('');
    expect(formatSetting(next, 'smtp.host')).toBe('smtp.example.com');
  });
});
