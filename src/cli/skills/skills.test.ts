import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliHome } from '../test/run-cli.js';

let home: CliHome;
beforeEach(() => {
  home = new CliHome();
  home.now = '2026-03-06T16:00:00-05:00';
});
afterEach(() => {
  home.cleanup();
});

describe('afterview skills', () => {
  it('keeps the gaps of a rejected application, shows them in the next brief, marks one addressed', () => {
    expect(home.run(['app', 'add', '--company', 'Northwind', '--role', 'Data Engineer']).code).toBe(
      0,
    );
    const log = home.run([
      'interview',
      'log',
      '1',
      '--at',
      '2026-03-06T14:00',
      '--interviewer',
      'Priya Shah <priya@northwind.example>',
      '--gap',
      'system design',
    ]);
    expect(log.code, log.stderr).toBe(0);
    expect(home.run(['skills']).stdout).toMatch(/No skills to build yet/);

    home.now = '2026-03-10T09:00:00-04:00';
    expect(home.run(['app', 'status', '1', 'rejected']).stdout).toMatch(
      /skill gap before the next round: system design .*\{cancelled: application rejected; kept in your skills to build\}/,
    );
    expect(home.run(['skills']).stdout).toMatch(
      /#1 {2}system design · from Northwind \(Data Engineer\)/,
    );

    home.run(['app', 'add', '--company', 'Contoso', '--role', 'Data Engineer']);
    home.run(['interview', 'schedule', '2', '--at', '2026-03-12T10:00']);
    const brief = home.run(['brief', '2']);
    expect(brief.stdout).toMatch(
      /Skills to build \(from applications that ended\)\n {2}- system design \(#1, from Northwind · Data Engineer\)/,
    );

    const done = home.json<{ status: string }>(['skills', 'addressed', '1', '--note', 'a course']);
    expect(done.status).toBe('addressed');
    expect(home.json<{ skills: unknown[] }>(['skills']).skills).toEqual([]);
    const bad = home.run(['skills', 'addressed', '7']);
    expect([bad.code, bad.stderr.trim()]).toEqual([2, 'error: skill 7 does not exist']);
  }, 60_000);
});
