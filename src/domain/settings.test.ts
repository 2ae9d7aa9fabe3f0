import { describe, expect, it } from 'vitest';
import { defaultSettings, formatSetting, parseSetting, validateSettings } from './settings.js';

describe('settings', () => {
  it('defaults to the system zone, or UTC when that is unknown', () => {
    expect(defaultSettings('Europe/Berlin').timezone).toBe('Europe/Berlin');
    expect(defaultSettings('Mars/Olympus').timezone).toBe('UTC');
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
    const s = defaultSettings('UTC');
    expect(() => validateSettings({ ...s, followUpCap: 0 })).toThrow(/follow_up.cap is 0/);
    expect(validateSettings({ ...s, followUpCap: 0, followUpEnabled: false }).followUpCap).toBe(0);
  });

  it('refuses a business day that ends before it starts', () => {
    expect(() => validateSettings({ ...defaultSettings('UTC'), dayStart: '18:00' })).toThrow(
      /day.start/,
    );
  });

  it('formats lists back the way they are typed', () => {
    expect(formatSetting(defaultSettings('UTC'), 'work_days')).toBe('mon,tue,wed,thu,fri');
  });
});
