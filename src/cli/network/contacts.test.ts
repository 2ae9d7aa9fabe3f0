import { afterAll, describe, expect, it } from 'vitest';
import { CliHome } from '../test/run-cli.js';

/** `afterview contacts …` through the built bundle (`npm run build` first). */
describe('contacts on the command line', () => {
  const home = new CliHome();
  afterAll(() => {
    home.cleanup();
  });

  it('adds, lists, shows, edits and merges; bad input exits 2 and writes nothing', () => {
    home.json(['app', 'add', '--company', 'Globex', '--role', 'Engineer']);
    home.json([
      'interview',
      'log',
      '1',
      '--at',
      '2026-03-02T10:00',
      '--interviewer',
      'Dana Okafor <dana@globex.example>',
    ]);
    const added = home.json<{ id: number; company: string; applications: unknown[] }>([
      'contacts',
      'add',
      '--name',
      'Dana Okafor',
      '--company',
      'Globex Inc.',
      '--phone',
      '555-0100',
    ]);
    expect(added.company).toBe('Globex Inc.');
    expect(added.applications).toHaveLength(1);
    const list = home.json<{ id: number; name: string }[]>(['contacts', 'list']);
    expect(list.map((c) => c.name)).toEqual(['Dana Okafor', 'Dana Okafor']);
    const text = home.run(['contacts', 'list', 'dana@']);
    expect(text.stdout).toContain('Dana Okafor at Globex <dana@globex.example>  (interviewer)');

    const edited = home.json<{ title: string; phone: null }>([
      'contacts',
      'edit',
      String(added.id),
      '--title',
      'Staff Engineer',
      '--phone',
      '',
    ]);
    expect(edited).toMatchObject({ title: 'Staff Engineer', phone: null });

    const interviewer = list.find((c) => c.id !== added.id)?.id ?? 0;
    const merged = home.json<{ email: string; merged: number; applications: { via: string }[] }>([
      'contacts',
      'merge',
      String(added.id),
      String(interviewer),
    ]);
    expect(merged).toMatchObject({ email: 'dana@globex.example', merged: interviewer });
    expect(merged.applications.map((a) => a.via)).toEqual(['interviewer']);
    const show = home.run(['contacts', 'show', String(added.id)]);
    expect(show.stdout).toContain('#1  Engineer at Globex (interviewing; interviewer)');

    for (const args of [
      ['contacts', 'add', '--name', 'X', '--email', 'nope'],
      ['contacts', 'add', '--name', 'X', '--relationship', 'friend'],
      ['contacts', 'show', 'abc'],
      ['contacts', 'merge', String(added.id), String(added.id)],
    ]) {
      const r = home.run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^error: /);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const bad = home.run(['contacts', 'add', '--name', 'X', '--email', 'nope']);
    expect(bad.stderr).toContain('--email must be an e-mail address');
    expect(home.json<unknown[]>(['contacts', 'list'])).toHaveLength(1);
    expect(home.run(['contacts', 'show', '99']).code).not.toBe(0);
  });
});
