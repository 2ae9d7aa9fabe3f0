import type { ChecklistItem } from '../../domain/debrief/types.js';
import type { DebriefJson } from '../api/types.js';
import { lines } from '../components/Field.js';

/**
 * The debrief form's state, how it becomes the PUT body, and the unsaved draft kept in the
 * browser so a reload (or a closed tab) loses nothing that was typed.
 */

export type Answer = '' | 'yes' | 'partly' | 'no';

/** The seven questions of seed 000, as the CLI asks them (domain/debrief/checklist.ts). */
export const CHECKLIST: readonly { item: ChecklistItem; question: string }[] = [
  { item: 'on_time', question: 'Were you on time?' },
  { item: 'researched', question: 'Did you research the organisation and the role well?' },
  { item: 'dressed', question: 'Were you dressed appropriately?' },
  { item: 'conversation', question: 'Was the interview like a conversation?' },
  { item: 'connected', question: 'Did you connect with the interviewer?' },
  { item: 'introduction', question: 'Was the introduction smooth and comfortable?' },
  { item: 'awkward', question: 'Was there anything awkward or uncomfortable?' },
];

export interface QuestionRow {
  /** A key for React only; not sent. */
  key: number;
  text: string;
  answer: string;
  rating: string;
  better: string;
}

export interface DebriefForm {
  checks: Partial<Record<ChecklistItem, Answer>>;
  overall: string;
  wentWell: string;
  improve: string;
  issues: string;
  owe: string;
  gaps: string;
  questions: QuestionRow[];
}

export const emptyRow = (key: number): QuestionRow => ({
  key,
  text: '',
  answer: '',
  rating: '',
  better: '',
});

export const emptyForm = (): DebriefForm => ({
  checks: {},
  overall: '',
  wentWell: '',
  improve: '',
  issues: '',
  owe: '',
  gaps: '',
  questions: [emptyRow(1)],
});

const joined = (xs: readonly string[]): string => xs.join('\n');

/** The form as a saved debrief fills it. */
export function formOf(d: DebriefJson): DebriefForm {
  const checks: Partial<Record<ChecklistItem, Answer>> = {};
  for (const c of d.checklist) checks[c.item] = c.answer;
  return {
    checks,
    overall: d.overall === null ? '' : String(d.overall),
    wentWell: joined(d.went_well),
    improve: joined(d.improve),
    issues: joined(d.issues),
    owe: joined(d.documents_owed),
    gaps: joined(d.skill_gaps),
    questions:
      d.questions.length === 0
        ? [emptyRow(1)]
        : d.questions.map((q, i) => ({
            key: i + 1,
            text: q.text,
            answer: q.answer ?? '',
            rating: q.rating === null ? '' : String(q.rating),
            better: q.better_answer ?? '',
          })),
  };
}

const opt = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());

/** `PUT /api/interviews/:id/debrief`: every list is sent, so a cleared list is cleared. */
export function bodyOf(f: DebriefForm) {
  const checks: Partial<Record<ChecklistItem, string>> = {};
  for (const { item } of CHECKLIST) {
    const a = f.checks[item];
    if (a !== undefined && a !== '') checks[item] = a;
  }
  return {
    checks,
    ...(f.overall === '' ? {} : { overall: Number(f.overall) }),
    went_well: lines(f.wentWell),
    improve: lines(f.improve),
    issues: lines(f.issues),
    owe: lines(f.owe),
    gaps: lines(f.gaps),
    questions: f.questions
      .filter((q) => q.text.trim() !== '')
      .map((q) => ({
        text: q.text.trim(),
        answer: opt(q.answer),
        rating: q.rating === '' ? undefined : Number(q.rating),
        better_answer: opt(q.better),
      })),
  };
}

/** Unsaved drafts, one per interview, in this browser's storage. */
export interface StoredDraft {
  form: DebriefForm;
  at: string;
}

const keyOf = (interviewId: number) => `afterview:debrief:${String(interviewId)}`;

export function loadDraft(storage: Storage, interviewId: number): StoredDraft | null {
  const raw = storage.getItem(keyOf(interviewId));
  if (raw === null) return null;
  try {
    const d = JSON.parse(raw) as Partial<StoredDraft>;
    if (typeof d.at !== 'string' || typeof d.form !== 'object') return null;
    return { at: d.at, form: { ...emptyForm(), ...d.form } };
  } catch {
    return null;
  }
}

export function storeDraft(storage: Storage, interviewId: number, form: DebriefForm, at: Date) {
  try {
    storage.setItem(keyOf(interviewId), JSON.stringify({ form, at: at.toISOString() }));
  } catch {
    // A full or disabled storage only costs the reload safety net; the form still works.
  }
}

export const dropDraft = (storage: Storage, interviewId: number): void => {
  storage.removeItem(keyOf(interviewId));
};
