import { invalidInput } from '../errors.js';
import {
  CHECK_ANSWERS,
  CHECKLIST_ITEMS,
  type CheckAnswer,
  type CheckEntry,
  type ChecklistItem,
} from './types.js';

/** How each checklist item of seed 000 is asked, and which answer is the good one. */
export interface ChecklistSpec {
  item: ChecklistItem;
  /** The CLI flag's name (`on-time` for `--on-time yes`); the field is `checks.on_time`. */
  flag: string;
  question: string;
  label: string;
  /** `awkward` asks about something bad: there "no" is the good answer. */
  inverted: boolean;
}

export const CHECKLIST: readonly ChecklistSpec[] = [
  {
    item: 'on_time',
    flag: 'on-time',
    question: 'Were you on time?',
    label: 'on time',
    inverted: false,
  },
  {
    item: 'researched',
    flag: 'researched',
    question: 'Did you research the organisation and the role well?',
    label: 'researched the organisation and role',
    inverted: false,
  },
  {
    item: 'dressed',
    flag: 'dressed',
    question: 'Were you dressed appropriately?',
    label: 'dressed appropriately',
    inverted: false,
  },
  {
    item: 'conversation',
    flag: 'conversation',
    question: 'Was the interview like a conversation?',
    label: 'felt like a conversation',
    inverted: false,
  },
  {
    item: 'connected',
    flag: 'connected',
    question: 'Did you connect with the interviewer?',
    label: 'connected with the interviewer',
    inverted: false,
  },
  {
    item: 'introduction',
    flag: 'intro',
    question: 'Was the introduction smooth and comfortable?',
    label: 'smooth introduction',
    inverted: false,
  },
  {
    item: 'awkward',
    flag: 'awkward',
    question: 'Was there anything awkward or uncomfortable?',
    label: 'anything awkward',
    inverted: true,
  },
];

export const specOf = (item: ChecklistItem): ChecklistSpec => {
  const s = CHECKLIST.find((c) => c.item === item);
  // CHECKLIST covers every item; the fallback only satisfies the type checker.
  return s ?? { item, flag: item, question: item, label: item, inverted: false };
};

const isAnswer = (s: string): s is CheckAnswer => (CHECK_ANSWERS as readonly string[]).includes(s);

/**
 * One checklist answer as typed: `yes`, `partly`, `no`, optionally followed by a note after a
 * colon or a dash (`partly: five minutes late, traffic`). Throws a user-facing error otherwise.
 */
export function parseCheck(item: ChecklistItem, raw: string): CheckEntry {
  const field = `checks.${item}`;
  const m = /^\s*([a-z]+)\s*(?:[:\-–—]\s*(.*))?$/is.exec(raw);
  const word = (m?.[1] ?? '').toLowerCase();
  if (m === null || !isAnswer(word)) {
    throw invalidInput(
      `${field} must be yes, partly or no (optionally "partly: a note"), got "${raw.trim()}"`,
      field,
    );
  }
  const note = (m[2] ?? '').trim();
  if (note.length > 1000) throw invalidInput(`${field} note is too long`, field);
  return { item, answer: word, note: note === '' ? null : note };
}

/** Points for one answer: the good answer 1, partly ½, the other 0. */
export function checkPoints(e: CheckEntry): number {
  const good: CheckAnswer = specOf(e.item).inverted ? 'no' : 'yes';
  if (e.answer === 'partly') return 0.5;
  return e.answer === good ? 1 : 0;
}

/**
 * The checklist score, 0–100: the share of the answered items that went well. Items left
 * unanswered do not count against it; null when nothing was answered.
 */
export function checklistScore(entries: readonly CheckEntry[]): number | null {
  if (entries.length === 0) return null;
  const points = entries.reduce((sum, e) => sum + checkPoints(e), 0);
  return Math.round((points / entries.length) * 100);
}

/** Entries in the article's order, one per item (a later entry for an item replaces earlier). */
export function orderChecklist(entries: readonly CheckEntry[]): CheckEntry[] {
  const byItem = new Map(entries.map((e) => [e.item, e]));
  return CHECKLIST_ITEMS.flatMap((item) => {
    const e = byItem.get(item);
    return e === undefined ? [] : [e];
  });
}
