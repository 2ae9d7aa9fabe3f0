import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { debriefWorld, type DebriefWorld } from '../test/debrief-world.js';
import { listContacts } from './contacts.js';
import { importLinkedin } from './import.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'linkedin');
const file = (name: string) => ({ file: Uint8Array.from(readFileSync(join(FIXTURES, name))) });

let w: DebriefWorld;
beforeEach(() => {
  w = debriefWorld('2026-12-07T09:00');
});
afterEach(async () => {
  await w.cleanup();
});

const people = async () =>
  (await listContacts(w.ctx, {})).contacts.map((c) => [c.name, c.employer, c.company, c.title]);

describe('importLinkedin', () => {
  it('imports an export with every quirk and matches people to your companies', async () => {
    await w.app('Globex', 'Engineer');
    await w.app('Oracle', 'PM');
    await w.app('Microsoft', 'SRE');
    const s = await importLinkedin(w.ctx, file('Connections-crlf-bom.csv'));
    expect(s).toMatchObject({
      read: 10,
      created: 10,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      matched: 4,
    });
    expect(s.companies).toEqual([
      { companyId: 1, company: 'Globex', people: 2, suggested: 0 },
      { companyId: 3, company: 'Microsoft', people: 0, suggested: 1 },
      { companyId: 2, company: 'Oracle', people: 1, suggested: 0 },
    ]);
    const all = await people();
    expect(all).toContainEqual(['Dana Okafor', 'Globex Corporation', 'Globex', 'Senior Engineer']);
    // A false friend is not linked: "Oracle Cleaning Services" is not Oracle.
    expect(all).toContainEqual(['Priya Raman', 'Oracle Cleaning Services', null, 'Owner']);
    expect(all).toContainEqual(['李 小龙', '腾讯', null, '产品经理']);
  });

  it('re-importing the same export (LF this time) changes nothing; a newer one updates and moves', async () => {
    await w.app('Globex', 'Engineer');
    await w.app('Initech', 'Engineer');
    await importLinkedin(w.ctx, file('Connections-crlf-bom.csv'));
    const again = await importLinkedin(w.ctx, file('Connections-lf.csv'));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 10 });
    const newer = await importLinkedin(w.ctx, file('Connections-newer.csv'));
    expect(newer).toMatchObject({ read: 6, created: 1, updated: 3, unchanged: 2, moved: 1 });
    const all = await people();
    expect(all).toContainEqual(['Dana Okafor', 'Initech', 'Initech', 'Staff Engineer']);
    expect(all).toContainEqual([
      'Luis Ortega',
      'Globex, Inc.',
      'Globex',
      'Director of Engineering',
    ]);
    expect(all).toContainEqual(['Sam Lee', 'Globex', 'Globex', 'Designer']);
    expect((await listContacts(w.ctx, { q: 'mei@' })).contacts.map((c) => c.name)).toEqual([
      'Mei Tanaka',
    ]);
    expect((await listContacts(w.ctx, {})).total).toBe(11);
  });

  it('reports bad rows by line and imports the rest', async () => {
    const s = await importLinkedin(w.ctx, file('Connections-bad-rows.csv'));
    expect(s).toMatchObject({ created: 2, skipped: 4 });
    expect(s.problems.map((p) => p.line)).toEqual([6, 7, 8, 9]);
  });

  it.each([
    ['not-linkedin.csv', /not a LinkedIn connections export/],
    ['invalid-utf8.csv', /not UTF-8 text \(line 5\)/],
  ])('refuses %s whole, naming the file field', async (name, message) => {
    await expect(importLinkedin(w.ctx, file(name))).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'file',
      message: expect.stringMatching(message) as string,
    });
    expect((await listContacts(w.ctx, {})).total).toBe(0);
  });

  it('refuses a file over 10 MB', async () => {
    await expect(
      importLinkedin(w.ctx, { file: new Uint8Array(11 * 1024 * 1024) }),
    ).rejects.toMatchObject({
      field: 'file',
      message: expect.stringContaining('larger than the 10 MB') as string,
    });
  });
});
