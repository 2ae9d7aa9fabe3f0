import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../adapters/csv-records.js';
import { normalizeProfileUrl, parseConnectedOn, readConnections } from './linkedin.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'linkedin');
const read = (name: string) =>
  readConnections(csvRecords(readFileSync(join(FIXTURES, name), 'utf8')).records);

describe('readConnections on LinkedIn exports', () => {
  it.each(['Connections-crlf-bom.csv', 'Connections-lf.csv'])(
    '%s: preamble skipped, blank rows ignored, every quirk read',
    (file) => {
      const { connections, problems, blank } = read(file);
      expect(problems).toEqual([]);
      expect(blank).toBe(3);
      expect(connections.map((c) => c.name)).toEqual([
        'Dana Okafor',
        'Luis Ortega',
        'Priya Raman',
        'Tom Becker',
        '李 小龙',
        'Ольга Петрова',
        'محمد علي',
        'Zoë Ångström',
        'José Núñez',
        'Mei Tanaka',
      ]);
      const [dana, luis] = connections;
      expect(dana).toEqual({
        line: 5,
        name: 'Dana Okafor',
        url: 'https://www.linkedin.com/in/dana-okafor',
        email: null,
        employer: 'Globex Corporation',
        position: 'Senior Engineer',
        connectedOn: '2024-11-07',
      });
      expect(luis?.employer).toBe('Globex, Inc.');
      expect(luis?.url).toBe('https://www.linkedin.com/in/luisortega');
      expect(connections.find((c) => c.name === 'Zoë Ångström')?.position).toBe(
        'Head of "Coffee" Science',
      );
      expect(connections.at(-1)).toMatchObject({ name: 'Mei Tanaka', url: null, line: 17 });
    },
  );

  it('reports unreadable rows by line and reason, and keeps the rest', () => {
    const { connections, problems } = read('Connections-bad-rows.csv');
    expect(connections.map((c) => [c.name, c.connectedOn])).toEqual([
      ['Ana Silva', '2024-11-07'],
      ['Gus Hale', null],
    ]);
    expect(problems).toEqual([
      { line: 6, reason: 'no first or last name' },
      { line: 7, reason: 'Connected On "yesterday" is not a date like 07 Nov 2024' },
      { line: 8, reason: 'Email Address "not-an-email" is not an e-mail address' },
      { line: 9, reason: 'Connected On "31 Feb 2024" is not a date like 07 Nov 2024' },
    ]);
  });

  it('refuses a file that is not a LinkedIn export', () => {
    expect(() => read('not-linkedin.csv')).toThrow(/not a LinkedIn connections export/);
  });
});

describe('parseConnectedOn', () => {
  it.each([
    ['07 Nov 2024', '2024-11-07'],
    ['7 November 2024', '2024-11-07'],
    ['29 Feb 2024', '2024-02-29'],
    ['2024-11-07', '2024-11-07'],
    ['29 Feb 2023', null],
    ['07 Foo 2024', null],
    ['Nov 2024', null],
  ])('%s → %s', (s, d) => {
    expect(parseConnectedOn(s)).toBe(d);
  });
});

describe('normalizeProfileUrl', () => {
  it('one spelling per profile', () => {
    expect(normalizeProfileUrl('https://www.linkedin.com/in/Dana-Okafor/')).toBe(
      'https://www.linkedin.com/in/dana-okafor',
    );
    expect(normalizeProfileUrl('http://ca.linkedin.com/in/dana-okafor?trk=x')).toBe(
      'https://www.linkedin.com/in/dana-okafor',
    );
    expect(normalizeProfileUrl('linkedin.com/in/x')).toBe('https://linkedin.com/in/x');
    expect(normalizeProfileUrl('not a url')).toBeNull();
    expect(normalizeProfileUrl('')).toBeNull();
  });
});
