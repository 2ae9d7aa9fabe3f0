import { describe, expect, it } from 'vitest';
import { CompanyIndex, compareCompanies, companyKey, editDistance } from './match.js';

describe('company names are normalised before they are compared', () => {
  it.each([
    ['Globex Corporation', 'globex'],
    ['The Acme Co., Inc.', 'acme'],
    ['Initech, LLC', 'initech'],
    ['Umbrella Ltd.', 'umbrella'],
    ['Siemens GmbH', 'siemens'],
    ['Banco Santander S.A.', 'banco santander'],
    ['Barclays plc', 'barclays'],
    ['Hooli Corp', 'hooli'],
    ['Hooli Company', 'hooli'],
    ['Johnson & Johnson', 'johnson and johnson'],
    ['Société Générale', 'societe generale'],
    ['  ACME  ', 'acme'],
    ['株式会社', '株式会社'],
  ])('%s → %s', (name, key) => {
    expect(companyKey(name)).toBe(key);
  });
});

describe('compareCompanies: one rule at a time, each with its reason', () => {
  it('the same name is a sure match', () => {
    expect(compareCompanies('Globex', 'globex')).toMatchObject({ score: 1, kind: 'same' });
  });
  it('legal suffixes, case and punctuation do not matter, and the reason says so', () => {
    const m = compareCompanies('Globex Corporation', 'Globex');
    expect(m).toMatchObject({ score: 1, kind: 'same' });
    expect(m?.reason).toContain('legal suffixes');
  });
  it('"&" and "and" are the same, as is a leading "The"', () => {
    expect(compareCompanies('Procter & Gamble', 'The Procter and Gamble Company')?.score).toBe(1);
  });
  it('accents do not matter', () => {
    expect(compareCompanies('Nestlé', 'Nestle S.A.')?.kind).toBe('same');
  });
  it('spacing is a near miss', () => {
    expect(compareCompanies('Face Book', 'Facebook')).toMatchObject({ kind: 'spacing' });
  });
  it('a generic word (Labs, Group, a country) is a suggestion naming the word', () => {
    const m = compareCompanies('Globex Labs', 'Globex');
    expect(m).toMatchObject({ kind: 'generic_word', score: 0.85 });
    expect(m?.reason).toContain('"labs"');
  });
  it('a one-letter typo is a suggestion', () => {
    const m = compareCompanies('Microsft', 'Microsoft');
    expect(m).toMatchObject({ kind: 'typo', score: 0.9 });
    expect(m?.reason).toContain('one letter');
  });
  it('initials are a suggestion', () => {
    expect(compareCompanies('IBM', 'International Business Machines')).toMatchObject({
      kind: 'initials',
    });
  });
  it.each([
    ['Oracle Cleaning Services', 'Oracle'],
    ['Apple Bees Grill', 'Apple'],
    ['Amazon Lawn Care', 'Amazon'],
    ['General Motors', 'General Mills'],
    ['Globe', 'Globex'],
    ['Meta', 'Metal'],
    ['Acme', ''],
  ])('false friend: %s is not %s', (a, b) => {
    expect(compareCompanies(a, b)).toBeNull();
  });
});

describe('editDistance', () => {
  it('counts a transposition as one edit and stops past the bound', () => {
    expect(editDistance('globex', 'glboex')).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });
});

describe('CompanyIndex', () => {
  const companies = [
    'Oracle',
    'Globex',
    'Microsoft',
    'International Business Machines',
    'Initech',
  ].map((name, id) => ({ id, name, key: companyKey(name) }));
  const index = new CompanyIndex(companies);
  it('finds the same matches as comparing with every company', () => {
    for (const employer of [
      'Globex Inc.',
      'Microsft',
      'IBM',
      'Oracle Cleaning Services',
      'Initech Group',
      'Hooli',
    ]) {
      const brute = companies
        .map((c) => ({ c, m: compareCompanies(employer, c.name) }))
        .filter((x) => x.m !== null)
        .map((x) => x.c.name);
      expect(
        index
          .matches(employer)
          .map((x) => x.item.name)
          .sort(),
      ).toEqual(brute.sort());
    }
  });
  it('returns nothing for an empty name', () => {
    expect(index.matches('  ')).toEqual([]);
  });
});
