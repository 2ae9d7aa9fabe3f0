import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, CliHome, type CliResult } from '../test/run-cli.js';

// `script` (util-linux, essential on Debian) gives the child a real pseudo-terminal.
const SCRIPT = 'script';

let home: CliHome;
beforeEach(() => {
  home = new CliHome();
});
afterEach(() => {
  home.cleanup();
});

/** Runs afterview with `input` on stdin (a pipe, not a terminal). */
function withInput(args: string[], input: string): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: home.env(),
    input,
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

interface Id {
  id: number;
}
interface QuestionJson extends Id {
  text: string;
  better_answer: string | null;
  due: string | null;
  card: { state: string; reps: number } | null;
}
interface ActionJson extends Id {
  kind: string;
  title: string;
  status: string;
}

/** An application with a first round held on Monday and a second scheduled for Thursday. */
function twoRounds(): { app: number; round1: number; round2: number } {
  const app = home.json<Id>([
    'app',
    'add',
    '--company',
    'Northwind Traders',
    '--role',
    'Backend Engineer',
  ]).id;
  const round1 = home.json<Id>([
    'interview',
    'log',
    String(app),
    '--at',
    '2026-03-02T13:00',
    '--duration',
    '45m',
    '--interviewer',
    'Priya Raman <priya@northwind.example>',
    '--topic',
    'event sourcing for billing',
  ]).id;
  const round2 = home.json<Id>([
    'interview',
    'schedule',
    String(app),
    '--at',
    '2026-03-05T10:30',
    '--kind',
    'technical',
    '--interviewer',
    'Priya Raman <priya@northwind.example>',
  ]).id;
  return { app, round1, round2 };
}

const DEBRIEF_FLAGS = [
  '--on-time',
  'yes',
  '--researched',
  'partly',
  '--awkward',
  'yes: forgot a name',
  '--improve',
  'shorter answers',
  '--gap',
  'Kafka consumer groups',
  '--owe',
  'architecture diagram',
  '--question',
  'Tell me about a conflict | rambled | 2 | STAR: the schema dispute and the ADR',
  '--question',
  'How do you keep events consistent? | vague | 1 | outbox, idempotent consumers',
  '--question',
  'Why Northwind? | clear | 4',
];

describe('debrief → brief → review, through the CLI on a real database', () => {
  it('turns two weak answers and a gap into cards and actions that the round-two brief shows', () => {
    const { app, round1, round2 } = twoRounds();
    const saved = home.json<{
      id: number;
      new_cards: number[];
      completed_action: ActionJson | null;
      plan: { created: ActionJson[] };
    }>(['debrief', String(round1), ...DEBRIEF_FLAGS]);
    expect(saved.new_cards).toHaveLength(2);
    expect(saved.completed_action?.kind).toBe('debrief');
    expect(saved.plan.created.map((a) => [a.kind, a.title])).toEqual([
      ['send_documents', 'Send architecture diagram to Priya Raman'],
      ['skill_gap', 'Work on a skill gap before the next round: Kafka consumer groups'],
    ]);

    // Saving again changes nothing: same debrief, no new actions.
    const actionsBefore = home.json<ActionJson[]>(['actions', '--app', String(app), '--all']);
    const again = home.json<{ id: number; new_cards: number[] }>([
      'debrief',
      String(round1),
      ...DEBRIEF_FLAGS,
    ]);
    expect(again.id).toBe(saved.id);
    expect(again.new_cards).toEqual([]);
    expect(home.json<ActionJson[]>(['actions', '--app', String(app), '--all'])).toEqual(
      actionsBefore,
    );

    home.now = '2026-03-04T18:00:00-05:00';
    const brief = home.json<{
      asked_here: QuestionJson[];
      due_cards: QuestionJson[];
      skill_gaps: { text: string }[];
      documents_owed: { text: string }[];
      prep_action: ActionJson | null;
      reminder: string;
    }>(['brief', String(round2)]);
    expect(brief.due_cards.map((q) => q.better_answer)).toEqual([
      'STAR: the schema dispute and the ADR',
      'outbox, idempotent consumers',
    ]);
    expect(brief.asked_here).toHaveLength(3);
    expect(brief.skill_gaps.map((g) => g.text)).toEqual(['Kafka consumer groups']);
    expect(brief.documents_owed.map((d) => d.text)).toEqual(['architecture diagram']);
    expect(brief.prep_action?.kind).toBe('prep_next_round');
    expect(brief.reminder).toMatch(/next steps/);
    const text = home.run(['brief', '--action', String(brief.prep_action?.id)]);
    expect(text.stdout).toContain('Open skill gaps');
    expect(text.stdout).toContain('better answer: outbox, idempotent consumers');

    // The review session: Enter reveals, then a rating per card from a line of input.
    const session = withInput(['questions', 'review'], '\ngood\n\n4\n');
    expect(session.code, session.stderr).toBe(0);
    expect(session.stdout).toContain('Better answer: STAR: the schema dispute and the ADR');
    expect(session.stdout).toMatch(/Reviewed 2 of 2: Q#\d+ good, Q#\d+ easy\./);
    expect(home.json<QuestionJson[]>(['questions', 'review'])).toEqual([]);
    const bank = home.json<QuestionJson[]>(['questions', 'list']);
    expect(bank.map((q) => q.card?.reps ?? null)).toEqual([1, 1, null]);
    expect(bank.every((q) => q.due === null || q.due > '2026-03-04T18:00:00-05:00')).toBe(true);
  });

  it('asks every field when prompted (--interactive through stdin), keeping answers on a re-run', () => {
    const { round1 } = twoRounds();
    const answers = [
      'yes',
      'maybe',
      'partly: nerves',
      '',
      '',
      '',
      '',
      'no', // checklist (one bad answer re-asked)
      '3', // overall
      'the billing story',
      '', // went well
      '',
      '', // improve, issues
      'references',
      '', // owe
      'Kafka',
      '', // gaps
      'Why Kafka?',
      'hand-waved',
      '9',
      '2',
      'throughput and replay', // a question (bad rating re-asked)
      '', // no more questions
    ].join('\n');
    const r = withInput(['debrief', String(round1), '--interactive'], `${answers}\n`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Were you on time?');
    expect(r.stdout).toContain('must be yes, partly or no');
    expect(r.stdout).toContain('must be a whole number from 1 to 4');
    expect(r.stdout).toMatch(/Saved the debrief of interview #\d+/);
    const shown = home.json<{
      checklist: { item: string; answer: string; note: string | null }[];
      documents_owed: string[];
      skill_gaps: string[];
      questions: { text: string; rating: number; better_answer: string }[];
    }>(['debrief', 'show', String(round1)]);
    expect(shown.checklist.map((c) => [c.item, c.answer, c.note])).toEqual([
      ['on_time', 'yes', null],
      ['researched', 'partly', 'nerves'],
      ['awkward', 'no', null],
    ]);
    expect(shown.documents_owed).toEqual(['references']);
    expect(shown.skill_gaps).toEqual(['Kafka']);
    expect(shown.questions).toMatchObject([
      { text: 'Why Kafka?', rating: 2, better_answer: 'throughput and replay' },
    ]);

    // Enter everywhere keeps what was saved.
    const keep = withInput(['debrief', String(round1), '--interactive'], '\n'.repeat(20));
    expect(keep.code, keep.stderr).toBe(0);
    expect(keep.stdout).toMatch(/Updated the debrief/);
    expect(home.json(['debrief', 'show', String(round1)])).toEqual(
      expect.objectContaining({ documents_owed: ['references'], skill_gaps: ['Kafka'] }),
    );
  });

  it('takes y, p and n at the checklist prompt, and re-asks in its own words', () => {
    const { round1 } = twoRounds();
    const answers = ['y', 'sort of', 'p: nerves', '', '', '', '', 'N'].join('\n');
    const r = withInput(
      ['debrief', String(round1), '--interactive'],
      `${answers}\n${'\n'.repeat(20)}`,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('The answer must be yes, partly or no (y, p, n)');
    expect(r.stdout).not.toContain('--');
    const shown = home.json<{ checklist: { item: string; answer: string; note: string | null }[] }>(
      ['debrief', 'show', String(round1)],
    );
    expect(shown.checklist.map((c) => [c.item, c.answer, c.note])).toEqual([
      ['on_time', 'yes', null],
      ['researched', 'partly', 'nerves'],
      ['awkward', 'no', null],
    ]);
  });

  it('refuses to save when the prompts are cut short', () => {
    const { round1 } = twoRounds();
    const before = home.snapshot();
    const r = withInput(['debrief', String(round1), '--interactive'], 'yes\npartly\n');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^error: the debrief was not saved/);
    expect(home.snapshot()).toBe(before);
  });

  it('prompts by itself in a real terminal (pseudo-terminal via script)', () => {
    const { round1 } = twoRounds();
    const cmd = `'${process.execPath}' '${BIN}' debrief ${round1}`;
    const input = `${['yes', '', '', '', '', '', '', '', 'went fine', '', '', '', '', '', ''].join('\n')}\n`;
    const r = spawnSync(SCRIPT, ['-qec', cmd, '/dev/null'], {
      env: home.env(),
      input,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Were you on time?');
    expect(r.stdout).toMatch(/Saved the debrief/);
    expect(
      home.json<{ went_well: string[] }>(['debrief', 'show', String(round1)]).went_well,
    ).toEqual(['went fine']);
  });
});

describe('debrief bad input: exit 2, one error line, nothing written', () => {
  const cases: [string, (ids: { round1: number; round2: number }) => string[], RegExp][] = [
    [
      'rating outside 1-4',
      (i) => ['debrief', String(i.round1), '--question', 'Why us? | ok | 5'],
      /rating must be a whole number from 1 to 4, got "5"/,
    ],
    [
      'checklist answer not yes/partly/no',
      (i) => ['debrief', String(i.round1), '--on-time', 'mostly'],
      /--on-time must be yes, partly or no/,
    ],
    [
      'interview that has not happened',
      (i) => ['debrief', String(i.round2), '--on-time', 'yes'],
      /has not happened yet/,
    ],
    [
      'no fields and no terminal',
      (i) => ['debrief', String(i.round1)],
      /give the debrief as flags/,
    ],
    [
      'unknown interview',
      () => ['debrief', '77', '--on-time', 'yes'],
      /interview 77 does not exist/,
    ],
    ['brief for a past interview', (i) => ['brief', String(i.round1)], /already happened/],
  ];

  it.each(cases)('%s', (_name, args, message) => {
    const ids = twoRounds();
    const before = home.snapshot();
    const r = withInput(args(ids), '');
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[0]).toMatch(message);
    expect(r.stdout).toBe('');
    expect(home.snapshot()).toBe(before);
  });

  it('refuses a review rating outside 1-4 and records no review', () => {
    const { round1 } = twoRounds();
    const saved = home.json<{ new_cards: number[] }>(['debrief', String(round1), ...DEBRIEF_FLAGS]);
    const before = home.snapshot();
    const r = home.run(['questions', 'rate', String(saved.new_cards[0]), '7']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: rating must be 1-4 or again, hard, good, easy; got "7"\n$/);
    expect(home.snapshot()).toBe(before);
  });
});
