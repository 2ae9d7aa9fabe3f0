import { CHECKLIST, parseCheck } from '../../domain/debrief/checklist.js';
import type { DebriefFields } from '../../domain/debrief/input.js';
import { parseSelfRating } from '../../domain/debrief/input.js';
import type { ChecklistItem, Debrief, DebriefList } from '../../domain/debrief/types.js';
import { invalidInput, isAfterviewError } from '../../domain/errors.js';
import type { DebriefSubject } from '../../services/debriefs/debriefs.js';
import { when } from '../format.js';
import type { Prompter } from '../prompt.js';

/**
 * The debrief asked question by question, in a terminal (seed 000's checklist, then seed 003's
 * prompts). Enter keeps what an earlier save recorded, so running it again edits the debrief.
 */

const cancelled = () =>
  invalidInput('the debrief was not saved: the input ended before the last question', 'debrief');

async function need(p: Prompter, prompt: string): Promise<string> {
  const line = await p.ask(prompt);
  if (line === null) throw cancelled();
  return line;
}

/**
 * Asks until `parse` accepts the line (or the line is empty); returns the line as `parse` took
 * it (after `normalise`). On bad input it says `again` (its own words, about this question) or
 * else the error, and asks the same question again.
 */
async function askValid(
  p: Prompter,
  prompt: string,
  parse: (s: string) => unknown,
  opts: { again?: string; normalise?: (s: string) => string } = {},
): Promise<string> {
  for (;;) {
    const raw = await need(p, prompt);
    if (raw === '') return raw;
    const line = opts.normalise?.(raw) ?? raw;
    try {
      parse(line);
      return line;
    } catch (e) {
      if (!isAfterviewError(e)) throw e;
      p.say(`  ${opts.again ?? e.message}`);
    }
  }
}

/** `y`, `p` and `n` (alone or before a note) as the words a checklist answer takes. */
const SHORT_ANSWERS: Readonly<Record<string, string>> = { y: 'yes', p: 'partly', n: 'no' };
const longAnswer = (s: string): string =>
  s.replace(
    /^\s*([ypn])(?=\s*$|\s*[:\-–—])/i,
    (_m, c: string) => SHORT_ANSWERS[c.toLowerCase()] ?? c,
  );

const LISTS: {
  field: keyof Pick<DebriefFields, 'wentWell' | 'improve' | 'issues' | 'owe' | 'gaps'>;
  stored: DebriefList;
  question: string;
}[] = [
  {
    field: 'wentWell',
    stored: 'wentWell',
    question: 'What went well? Which answers did you get exactly right, and why? (seed 000)',
  },
  { field: 'improve', stored: 'improve', question: 'What could you have done better? (seed 003)' },
  {
    field: 'issues',
    stored: 'issues',
    question: 'Which issues surfaced during the discussion? (seed 003)',
  },
  {
    field: 'owe',
    stored: 'documentsOwed',
    question: 'Which documents or information do you still owe them? (seed 003)',
  },
  { field: 'gaps', stored: 'skillGaps', question: 'Which skill gaps showed? (seed 004)' },
];

/** Lines until an empty one; undefined keeps the stored list, [] clears it. */
async function askList(
  p: Prompter,
  question: string,
  current: readonly string[],
): Promise<string[] | undefined> {
  p.say('');
  p.say(question);
  p.say(
    current.length === 0
      ? '  One per line; an empty line ends.'
      : `  Now: ${current.join('; ')}. Enter keeps them, "-" clears them, or type new lines (an empty line ends).`,
  );
  const first = await need(p, '  > ');
  if (first === '') return current.length === 0 ? [] : undefined;
  if (first === '-') return [];
  const items = [first];
  for (;;) {
    const line = await need(p, '  > ');
    if (line === '') return items;
    items.push(line);
  }
}

async function askQuestions(
  p: Prompter,
  d: Debrief | null,
): Promise<DebriefFields['questionRows']> {
  p.say('');
  p.say(
    'Which questions did they ask? Write a better answer for each one you were not happy with (seed 000).',
  );
  const current = d?.questions ?? [];
  if (current.length > 0) {
    p.say(
      `  Now: ${current.length} question(s). Enter keeps them, "-" clears them, or type new ones.`,
    );
  }
  const rows: NonNullable<DebriefFields['questionRows']> = [];
  for (;;) {
    const text = await need(
      p,
      rows.length === 0 ? 'Question (Enter to finish): ' : 'Next question (Enter to finish): ',
    );
    if (text === '') return rows.length === 0 && current.length > 0 ? undefined : rows;
    if (text === '-' && rows.length === 0) return [];
    const answer = await need(p, '  How did you answer? ');
    const rating = await askValid(p, '  How did it go? 1 poor … 4 strong (Enter skips): ', (s) =>
      parseSelfRating(s, 'rating'),
    );
    const betterAnswer = await need(p, '  A better answer (Enter if it went well): ');
    rows.push({ text, answer, rating, betterAnswer });
  }
}

/** Asks every field of the debrief; returns what to save. Throws when the input ends early. */
export async function promptDebrief(
  p: Prompter,
  s: DebriefSubject,
  zone: string,
): Promise<DebriefFields> {
  const d = s.debrief;
  p.say(
    `Debrief of interview #${s.interview.id}: ${s.interview.kind}, round ${s.interview.round}, ${when(s.interview.startAt, zone)}, ${s.application.role} at ${s.application.company}.`,
  );
  p.say(
    'Answer yes, partly or no, optionally with a note after a colon ("partly: traffic"). Enter skips or keeps.',
  );
  const checks: Partial<Record<ChecklistItem, string>> = {};
  for (const spec of CHECKLIST) {
    const cur = d?.checklist.find((c) => c.item === spec.item);
    const keep =
      cur === undefined
        ? ''
        : `, Enter keeps "${cur.answer}${cur.note === null ? '' : `: ${cur.note}`}"`;
    const line = await askValid(
      p,
      `${spec.question} [yes/partly/no${keep}] `,
      (x) => parseCheck(spec.item, x),
      {
        normalise: longAnswer,
        again:
          'The answer must be yes, partly or no (y, p, n), optionally with a note: "partly: a note".',
      },
    );
    if (line !== '') checks[spec.item] = line;
  }
  const keepOverall = d?.overall == null ? '' : `, Enter keeps ${d.overall}`;
  const overall = await askValid(
    p,
    `Overall, how did it go? 1 poor … 4 strong${keepOverall}: `,
    (x) => parseSelfRating(x, 'overall'),
  );
  const fields: DebriefFields = { checks };
  if (overall !== '') fields.overall = overall;
  for (const l of LISTS) {
    const list = await askList(p, l.question, d?.[l.stored] ?? []);
    if (list !== undefined) fields[l.field] = list;
  }
  const rows = await askQuestions(p, d);
  if (rows !== undefined) fields.questionRows = rows;
  return fields;
}
