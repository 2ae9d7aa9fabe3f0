import { describe, expect, it } from 'vitest';
import { SECRET_SETTINGS, defaultSettings, formatSetting, parseSetting } from './settings.js';

describe('mail and letter settings', () => {
  it('parses SMTP, sender, paper and address', () => {
    expect(parseSetting('smtp.port', '465')).toEqual({ smtpPort: 465 });
    expect(parseSetting('smtp.secure', 'yes')).toEqual({ smtpSecure: true });
    expect(parseSetting('mail.from', 'Alex Doe <alex@example.com>')).toEqual({
      mailFrom: 'Alex Doe <alex@example.com>',
    });
    expect(parseSetting('paper', 'Letter')).toEqual({ paper: 'letter' });
    expect(parseSetting('address', '12 Elm St; Toronto ON M5V 2T6 ;')).toEqual({
      address: ['12 Elm St', 'Toronto ON M5V 2T6'],
    });
    expect(parseSetting('spelling.words', 'Kubernetes, Terraform')).toEqual({
      spellingWords: ['Kubernetes', 'Terraform'],
    });
  });

  it.each([
    ['smtp.port', '70000', /whole number from 1 to 65535/],
    ['paper', 'a5', /a4 or letter/],
    ['mail.from', 'Alex <not an address>', /e-mail address or "Name <email>"/],
    ['mail.attempts', '0', /whole number from 1/],
  ])('refuses %s = %s', (key, value, message) => {
    expect(() => parseSetting(key, value)).toThrow(message);
  });

  it('never shows the SMTP password', () => {
    const d = defaultSettings('UTC');
    const s = { ...d, transport: { ...d.transport, smtpPassword: 'hunter2' } };
    expect(formatSetting(s, 'smtp.password')).toBe('(set)');
    expect(formatSetting(defaultSettings('UTC'), 'smtp.password')).toBe('');
    expect(SECRET_SETTINGS).toEqual(['smtp.password']);
  });

  it('defaults to encrypted SMTP on the submission port and A4', () => {
    const { transport: t, profile } = defaultSettings('UTC');
    expect([t.smtpPort, t.smtpSecure, t.smtpRequireTls, profile.paper, t.mailAttempts]).toEqual([
      587,
      false,
      true,
      'a4',
      3,
    ]);
  });
});
