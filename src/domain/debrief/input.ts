import { invalidInput } from '../errors.js';
import { orderChecklist, parseCheck } from './checklist.js';
import { normalizeQuestion } from './normalize.js';
import {
  CHECKLIST_ITEMS,
  type CheckEntry,
  type ChecklistItem,
  type DebriefContent,
  type QuestionRow,
  type SelfRating,
} from './types.js';

/** A debrief as typed, by any edge (flags, prompts, a form): text, not yet validated. */
export interface DebriefFields {
  checks?: Partial<Record<ChecklistItem, string>>;
  overall?: string;
  wentWell?: string[];
  improve?: string[];
  issues?: string[];
  owe?: string[];
  gaps?: string[];
  /** `QUESTION | HOW I ANSWERED | RATING | BETTER ANSWER`, trailing parts optional. */
  questions?: string[];
  /** The same rows already split into fields (prompts, a web form). */
  questionRows?: { text?: string; answer?: string; rating?: string; betterAnswer?: string }[];
  /**
   * Skills to build that this interview shows addressed, by their words (not saved with the
   * debrief: they mark entries of the standing skills list).
   */
  addressed?: string[];
}

/** The validated fields that were given; what was not given stays as it is. */
export type DebriefPatch = Partial<Omit<DebriefContent, 'checklist'>> & {
  checklist?: CheckEntry[];
};

const MAX_ITEM = 500;
const MAX_ANSWER = 5000;

/** A 1–4 self-rating as typed; throws a user-facing error outside 1–4. */
export function parseSelfRating(raw: string, field: string): SelfRating {
  const s = raw.trim();
  if (!/^[1-4]$/.test(s)) {
    throw invalidInput(`${field} must be a whole number from 1 to 4, got "${s}"`, field);
  }
  return Number(s) as SelfRating;
}

function text(raw: string | undefined, field: string, max: number): string | null {
  const v = (raw ?? '').trim();
  if (v.length > max) throw invalidInput(`${field} is longer than ${max} characters`, field);
  return v === '' ? null : v;
}

function items(raw: string[] | undefined, field: string): string[] | undefined {
  return raw?.map((t) => {
    const v = text(t, field, MAX_ITEM);
    if (v === null) throw invalidInput(`${field} must not be empty`, field);
    return v;
  });
}

/** Splits `a | b | c` on pipes that are not escaped as `\|`. */
export function splitRow(raw: string): string[] {
  return raw.split(/(?<!\\)\|/).map((p) => p.replace(/\\\|/g, '|').trim());
}

function row(
  r: { text?: string; answer?: string; rating?: string; betterAnswer?: string },
  n: number,
): QuestionRow {
  const field = `question ${n}`;
  const t = text(r.text, field, MAX_ITEM);
  if (t === null) throw invalidInput(`${field} needs the question's text`, 'question');
  return {
    text: t,
    answer: text(r.answer, `${field} answer`, MAX_ANSWER),
    rating:
      r.rating === undefined || r.rating.trim() === ''
        ? null
        : parseSelfRating(r.rating, `${field} rating`),
    betterAnswer: text(r.betterAnswer, `${field} better answer`, MAX_ANSWER),
  };
}

function questionRows(f: DebriefFields): QuestionRow[] | undefined {
  if (f.questions === undefined && f.questionRows === undefined) return undefined;
  const fromFlags = (f.questions ?? []).map((q) => {
    const parts = splitRow(q);
    if (parts.length > 4) {
      throw invalidInput(
        `question takes at most 4 parts "QUESTION | HOW I ANSWERED | RATING | BETTER ANSWER" (write \\| for a literal pipe), got ${parts.length}`,
        'question',
      );
    }
    const [t, answer, rating, betterAnswer] = parts;
    return { text: t, answer, rating, betterAnswer };
  });
  const rows = [...fromFlags, ...(f.questionRows ?? [])].map((r, i) => row(r, i + 1));
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const key = normalizeQuestion(r.text);
    const first = seen.get(key);
    if (first !== undefined) {
      throw invalidInput(
        `question ${i + 1} is the same as question ${first + 1} ("${r.text}"): list it once`,
        'question',
      );
    }
    seen.set(key, i);
  });
  return rows;
}

/**
 * Validates everything that was given, all at once, before anything is written: a bad rating
 * or checklist answer anywhere refuses the whole debrief.
 */
export function parseDebriefFields(f: DebriefFields): DebriefPatch {
  const patch: DebriefPatch = {};
  const checks = CHECKLIST_ITEMS.flatMap((item) => {
    const raw = f.checks?.[item];
    return raw === undefined ? [] : [parseCheck(item, raw)];
  });
  if (checks.length > 0) patch.checklist = checks;
  if (f.overall !== undefined) {
    patch.overall = f.overall.trim() === '' ? null : parseSelfRating(f.overall, 'overall');
  }
  const lists = {
    wentWell: items(f.wentWell, 'went_well'),
    improve: items(f.improve, 'improve'),
    issues: items(f.issues, 'issues'),
    documentsOwed: items(f.owe, 'owe'),
    skillGaps: items(f.gaps, 'gaps'),
  };
  for (const [k, v] of Object.entries(lists) as [keyof typeof lists, string[] | undefined][]) {
    if (v !== undefined) patch[k] = v;
  }
  const questions = questionRows(f);
  if (questions !== undefined) patch.questions = questions;
  return patch;
}

export const isEmptyPatch = (p: DebriefPatch): boolean => Object.keys(p).length === 0;

export const EMPTY_DEBRIEF: DebriefContent = {
  checklist: [],
  overall: null,
  wentWell: [],
  improve: [],
  issues: [],
  documentsOwed: [],
  skillGaps: [],
  questions: [],
};

/**
 * The debrief after a save: given fields replace the stored ones (a list as a whole, the
 * checklist item by item); fields not given keep their stored value. Saving the same input
 * twice therefore gives the same debrief.
 */
export function applyPatch(current: DebriefContent, p: DebriefPatch): DebriefContent {
  return {
    checklist:
      p.checklist === undefined
        ? current.checklist
        : orderChecklist([...current.checklist, ...p.checklist]),
    overall: p.overall === undefined ? current.overall : p.overall,
    wentWell: p.wentWell ?? current.wentWell,
    improve: p.improve ?? current.improve,
    issues: p.issues ?? current.issues,
    documentsOwed: p.documentsOwed ?? current.documentsOwed,
    skillGaps: p.skillGaps ?? current.skillGaps,
    questions: p.questions ?? current.questions,
  };
}
