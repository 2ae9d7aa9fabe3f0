import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliHome } from '../test/run-cli.js';

/** The CLI contract of issue 14, through the built bundle (`npm run build` first). */
describe('salary, musts and offers on the command line', () => {
  const home = new CliHome();
  home.now = '2026-03-09T09:00:00-04:00';

  beforeAll(() => {
    home.json(['settings', 'set', 'name', 'Sam Rivera']);
    home.json(['app', 'add', '--company', 'Initech', '--role', 'Backend Engineer']);
    home.json(['app', 'add', '--company', 'Globex', '--role', 'Backend Engineer']);
    home.json([
      'interview',
      'log',
      '1',
      '--at',
      '2026-03-02T10:00',
      '--interviewer',
      'Bill Lumbergh <bill@initech.example>',
    ]);
  });
  afterAll(() => {
    home.cleanup();
  });

  it('adds research, imports CSV, sets the target; every command takes --json', () => {
    const added = home.json<{ completed_actions: number[] }>([
      'salary',
      'add',
      '1',
      '--low',
      '95000',
      '--median',
      '110000',
      '--high',
      '125000',
      '--currency',
      'CAD',
      '--source',
      'survey',
    ]);
    expect(added.completed_actions).toHaveLength(1);
    const file = join(home.dir, 'points.csv');
    writeFileSync(file, 'source,low,median,high,period\nJob Bank,45,52,60,hourly\n');
    home.json(['salary', 'import', '1', file]);
    const t = home.json<{ summary: { target: { percentile: number } } }>([
      'salary',
      'target',
      '1',
      '--target',
      '120000',
      '--walk-away',
      '105000',
      '--note',
      'rent',
    ]);
    expect(t.summary.target.percentile).toBe(74);
    const list = home.json<{ research: { data_points: unknown[] } }>(['salary', 'list', '1']);
    expect(list.research.data_points).toHaveLength(2);
  });

  it('compares two offers in two currencies through a typed rate, and drafts the counter-proposal', () => {
    home.json([
      'musts',
      'add',
      '--criterion',
      'base_salary',
      '--must',
      '--threshold',
      '110000',
      '--currency',
      'CAD',
    ]);
    home.json(['musts', 'add', '--criterion', 'vacation_days', '--nice', '--threshold', '25']);
    expect(home.json<unknown[]>(['musts', 'list'])).toHaveLength(2);
    home.json([
      'offer',
      'add',
      '1',
      '--base',
      '108000',
      '--currency',
      'CAD',
      '--vacation-days',
      '20',
      '--deadline',
      '2026-03-16',
    ]);
    home.json([
      'offer',
      'add',
      '2',
      '--base',
      '80000',
      '--currency',
      'EUR',
      '--vacation-days',
      '30',
      '--from',
      'Hank Scorpio <hank@globex.example>',
    ]);
    expect(
      home.json<{ cannot_compare: string[] }>(['offers', 'compare']).cannot_compare,
    ).toHaveLength(1);
    home.json(['offers', 'rate', 'EUR', 'CAD', '1.50']);
    const c = home.json<{ best: number; offers: { id: number; yearly_in: number }[] }>([
      'offers',
      'compare',
    ]);
    expect(c.best).toBe(2);
    expect(c.offers.map((o) => [o.id, o.yearly_in])).toEqual([
      [2, 120_000],
      [1, 108_000],
    ]);
    const text = home.run(['offers', 'compare']).stdout;
    expect(text).toContain('Offer #2 (Globex · Backend Engineer) meets all your must-haves');
    expect(text).toContain('fails base salary 108,000 CAD is below your minimum 110,000 CAD');
    const d = home.json<{
      recipient: { name: string } | null;
      body: string;
      findings: { severity: string }[];
    }>(['offer', 'negotiate', '1', '--about', 'salary']);
    expect(d.body).toMatch(/^Dear Bill,/u);
    expect(d.body).toContain('120,000 CAD');
    expect(d.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const counter = home.json<{ rounds: { proposed_by: string }[] }>([
      'offer',
      'counter',
      '1',
      '--base',
      '118000',
    ]);
    expect(counter.rounds.map((r) => r.proposed_by)).toEqual(['employer', 'me']);
  });

  it('refuses bad input with exit 2, one error line naming the flag, and writes nothing', () => {
    const before = home.snapshot();
    const cases: [string[], RegExp][] = [
      [
        ['offer', 'add', '1', '--base=-5', '--currency', 'CAD'],
        /^error: --base must not be negative\n$/u,
      ],
      [
        ['musts', 'add', '--criterion', 'vacation_days', '--must', '--threshold', '400'],
        /^error: --threshold for vacation_days must be at most 366\n$/u,
      ],
      [
        ['musts', 'add', '--criterion', 'start_date', '--must', '--threshold', '5'],
        /^error: --threshold for start_date must be a date/u,
      ],
      [
        ['offer', 'edit', '1', '--vacation-days', '367'],
        /^error: --vacation-days must be at most 366/u,
      ],
      [
        ['offer', 'edit', '1', '--currency', 'EURO'],
        /^error: --currency: "EURO" is not an ISO 4217/u,
      ],
      [
        ['offer', 'edit', '1', '--deadline', '2026-03-01'],
        /^error: --deadline 2026-03-01 is in the past\n$/u,
      ],
      [['salary', 'list', '2', '--of', '100000'], /^error: APP: no salary data points yet/u],
    ];
    for (const [args, err] of cases) {
      const r = home.run(args);
      expect([r.code, r.stderr], args.join(' ')).toEqual([2, expect.stringMatching(err)]);
    }
    expect(home.snapshot()).toBe(before);
  });
});
