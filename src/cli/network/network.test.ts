import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliHome } from '../test/run-cli.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'linkedin');

/** `afterview network APP` through the built bundle (`npm run build` first). */
describe('network on the command line', () => {
  const home = new CliHome();
  home.now = '2026-12-07T09:00:00-05:00';
  afterAll(() => {
    home.cleanup();
  });

  it('lists the people at the company with why, names them in the action, confirms a near miss', () => {
    home.json(['app', 'add', '--company', 'Globex', '--role', 'Engineer']);
    home.json(['app', 'add', '--company', 'Microsoft', '--role', 'SRE']);
    home.json(['import', 'linkedin', join(FIXTURES, 'Connections-lf.csv')]);
    home.json([
      'interview',
      'log',
      '1',
      '--at',
      '2026-12-04T10:00',
      '--interviewer',
      'Bill Lumbergh',
    ]);
    const n = home.json<{
      people: { name: string; reason: string }[];
      action: { id: number; title: string };
    }>(['network', '1']);
    expect(n.people.map((p) => p.name)).toEqual(['Dana Okafor', 'Luis Ortega', 'Bill Lumbergh']);
    expect(n.action.title).toBe('Reach out to Dana Okafor and Luis Ortega at Globex');
    const text = home.run(['network', '1']).stdout;
    expect(text).toContain('Dana Okafor, Senior Engineer: "Globex Corporation" is "Globex"');
    expect(text).toContain(`draft it: afterview draft ${String(n.action.id)} --channel linkedin`);
    const draft = home.json<{ recipient: { name: string }; body: string }>([
      'draft',
      String(n.action.id),
      '--channel',
      'linkedin',
      '--to',
      'Luis Ortega',
    ]);
    expect(draft.recipient.name).toBe('Luis Ortega');
    expect(draft.body.length).toBeLessThanOrEqual(300);

    const ms = home.json<{
      people: unknown[];
      suggestions: { employer: string; reason: string }[];
    }>(['network', '2']);
    expect(ms.people).toEqual([]);
    expect(ms.suggestions.map((s) => s.employer)).toEqual(['Microsft']);
    const confirmed = home.run(['network', '2', '--confirm', 'Microsft']);
    expect(confirmed.stdout).toContain('Confirmed: "Microsft" is Microsoft.');
    expect(confirmed.stdout).toContain(
      'Mei Tanaka, Recruiter: works at Microsft, which you confirmed is Microsoft',
    );
    const bad = home.run(['network', '99']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: .*application 99/);
  });
});
