import { describe, expect, it } from 'vitest';
import { normalizeCompanyName } from './company.js';
import { optionalUrl, parsePerson, positiveId, requiredText } from './validate.js';

describe('input checks', () => {
  it('reads "Name <email>" and plain forms', () => {
    expect(parsePerson('Anna Müller <Anna.Mueller@Orbit.example>')).toEqual({
      name: 'Anna Müller',
      email: 'anna.mueller@orbit.example',
    });
    expect(parsePerson('Nguyễn Văn An')).toEqual({ name: 'Nguyễn Văn An', email: null });
    expect(parsePerson('sam@harbor.example')).toEqual({ name: 'sam', email: 'sam@harbor.example' });
  });

  it('refuses a broken address or a missing name', () => {
    expect(() => parsePerson('Sam <not-an-address>')).toThrow(/not an e-mail/);
    expect(() => parsePerson(' <a@b.co>')).toThrow(/needs a name/);
  });

  it('refuses what was meant as an address but is not one, and line breaks', () => {
    expect(() => parsePerson('not an email <<>>', 'to')).toThrow(/not an e-mail address/);
    expect(() => parsePerson('Sam <<sam@b.co>>', 'to')).toThrow(/not an e-mail address/);
    expect(() => parsePerson('sam@', 'to')).toThrow(/not an e-mail address/);
    expect(() => parsePerson('Priya\nRaman <priya@b.co>')).toThrow(/one line/);
    expect(() => parsePerson('Priya\u0007 <priya@b.co>')).toThrow(/one line/);
  });

  it('refuses empty text and bad ids', () => {
    expect(() => requiredText('   ', 'company')).toThrow(/company must not be empty/);
    expect(() => positiveId('abc', 'application')).toThrow(/positive number/);
    expect(() => positiveId('0', 'application')).toThrow(/positive number/);
    expect(positiveId('#12', 'application')).toBe(12);
  });

  it('accepts web addresses only', () => {
    expect(optionalUrl('https://acme.example/jobs/1', 'url')).toBe('https://acme.example/jobs/1');
    expect(() => optionalUrl('javascript:alert(1)', 'url')).toThrow(/not a web address/);
  });
});

describe('company names', () => {
  it.each([
    ['The Acme Co., Inc.', 'acme'],
    ['ACME', 'acme'],
    ['Lumen & Co', 'lumen'],
    ['Procter & Gamble', 'procter and gamble'],
    ['Société Générale S.A.', 'societe generale'],
    ['Orbit Systems GmbH', 'orbit systems'],
    ['Meridian Bank plc', 'meridian bank'],
  ])('%s → %s', (name, normal) => {
    expect(normalizeCompanyName(name)).toBe(normal);
  });
});
