import type { Finding } from '../types.js';
import { deliverable, sameText } from './delivery.js';
import {
  addressed,
  documents,
  lateThanks,
  length,
  noRequest,
  placeholder,
  stale,
  timing,
  topic,
  type Note,
} from './rules.js';
import { repeatedWords, spelling } from './spelling.js';
import type { CheckEnv, CheckInput } from './types.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const FIELD_ORDER = { recipient: 0, subject: 1, body: 2, voicemail: 3 } as const;

/**
 * The note check (PRODUCT.md §6): every rule over the message, findings as data with rule id,
 * severity, message and character span, ordered by field then position. Pure and deterministic
 * given the speller. A finding of severity `error` blocks sending unless forced.
 *
 * The note itself is the body, except on the phone, where it is the voicemail (the body is the
 * call script, checked only for placeholders and spelling).
 */
export function checkMessage(input: CheckInput, env: CheckEnv): Finding[] {
  const body: Note = { field: 'body', text: input.body };
  const voicemail: Note | null =
    input.voicemail === null ? null : { field: 'voicemail', text: input.voicemail };
  const note = input.channel === 'phone' ? (voicemail ?? body) : body;
  const texts: Note[] = [body, ...(voicemail === null ? [] : [voicemail])];
  if (input.subject !== null && input.subject !== '')
    texts.unshift({ field: 'subject', text: input.subject });
  const budget = { suggestions: env.maxSuggestions ?? 5 };

  const out: Finding[] = [...deliverable(input)];
  if (note.text.trim() !== '') {
    out.push(
      ...addressed(input, note),
      ...topic(input, note),
      ...noRequest(input, note),
      ...timing(input, note),
      ...lateThanks(input, note),
      ...documents(input, note),
      ...stale(input, note),
      ...sameText(input, note.text, note.field),
    );
  }
  for (const t of texts) {
    out.push(
      ...length(input, t),
      ...placeholder(input, t),
      ...repeatedWords(t),
      ...spelling(t, env, budget),
    );
  }
  return out.sort(
    (a, b) =>
      FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
      a.start - b.start ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}

export const hasErrors = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === 'error');

/** "2 errors, 1 warning" / "no problems found". */
export function summarize(findings: readonly Finding[]): string {
  const n = (sev: Finding['severity']): number => findings.filter((f) => f.severity === sev).length;
  const parts = (
    [
      ['error', n('error')],
      ['warning', n('warning')],
      ['note', n('info')],
    ] as const
  )
    .filter(([, c]) => c > 0)
    .map(([w, c]) => `${c} ${w}${c === 1 ? '' : 's'}`);
  return parts.length === 0 ? 'no problems found' : parts.join(', ');
}
