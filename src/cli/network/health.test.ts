import { afterAll, describe, expect, it } from 'vitest';
import { CliHome } from '../test/run-cli.js';

/** `afterview health` and `afterview insights` through the built bundle. */
describe('health and insights on the command line', () => {
  const home = new CliHome();
  home.now = '2026-03-11T12:00:00-04:00';
  afterAll(() => {
    home.cleanup();
  });

  it('warns about a thin and concentrated pipeline; insights gives the funnel', () => {
    home.json(['settings', 'set', 'timezone', 'America/Toronto']);
    for (const [company, applied] of [
      ['Globex', '2026-03-02'],
      ['Globex', '2026-03-09'],
      ['Initech', '2026-02-01'],
    ] as const) {
      home.json([
        'app',
        'add',
        '--company',
        company,
        '--role',
        'Engineer',
        '--applied',
        applied,
        '--source',
        'LinkedIn',
      ]);
    }
    home.json(['interview', 'log', '1', '--at', '2026-03-05T10:00']);
    const h = home.json<{
      active: number;
      largest_share: { company: string; share: number };
      warnings: { code: string }[];
    }>(['health']);
    expect(h.active).toBe(3);
    expect(h.largest_share).toMatchObject({ company: 'Globex', share: 0.667 });
    expect(h.warnings.map((w) => w.code)).toContain('thin_pipeline');
    expect(h.warnings.map((w) => w.code)).toContain('one_basket');
    const text = home.run(['health']).stdout;
    expect(text).toContain('Active applications: 3 (goal 5)');
    expect(text).toContain(
      "! 67% of your active applications are at Globex: don't put all your eggs in one basket",
    );

    const i = home.json<{ funnel: { total: number; nodes: { id: string; count: number }[] } }>([
      'insights',
      '--source',
      'linkedin',
    ]);
    expect(i.funnel.total).toBe(3);
    expect(i.funnel.nodes.find((n) => n.id === 'interviewed')?.count).toBe(1);
    const bad = home.run(['insights', '--from', 'March']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: .*not a date/);
  });
});
