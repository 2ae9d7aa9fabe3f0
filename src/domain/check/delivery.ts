import type { Remedy } from '../errors.js';
import type { Finding } from '../types.js';
import { fold, nameParts, words } from './text.js';
import type { CheckInput } from './types.js';

const at = (
  rule: string,
  severity: Finding['severity'],
  message: string,
  field: Finding['field'],
  remedy?: Remedy,
): Finding => ({
  rule,
  severity,
  message,
  field,
  start: 0,
  end: 0,
  ...(remedy === undefined ? {} : { remedy }),
});

/** `recipient` and `subject`: what the channel needs to deliver at all. */
export function deliverable(input: CheckInput): Finding[] {
  const out: Finding[] = [];
  if (input.body.trim() === '') out.push(at('empty', 'error', 'the note is empty', 'body'));
  if (input.delivery === false) return out;
  const r = input.recipient;
  if (r !== undefined && input.channel === 'email' && (r.email ?? '') === '') {
    out.push(
      at('recipient', 'error', 'no e-mail address for the recipient', 'recipient', {
        do: 'edit_message',
        message_id: null,
        field: 'to',
      }),
    );
  }
  if (r !== undefined && input.channel === 'letter' && r.address.length === 0) {
    out.push(
      at('recipient', 'error', 'no postal address for the recipient', 'recipient', {
        do: 'edit_message',
        message_id: null,
        field: 'address',
      }),
    );
  }
  if (input.channel === 'email' && input.subject !== null && input.subject.trim() === '') {
    out.push(at('subject', 'error', 'an e-mail needs a subject', 'subject'));
  }
  if (input.channel === 'phone' && (input.voicemail ?? '').trim() === '') {
    out.push(
      at(
        'empty',
        'warning',
        'no voicemail script: be ready in case they do not pick up (seed 004)',
        'voicemail',
      ),
    );
  }
  return out;
}

/** A note's words with every name of the people involved replaced, to compare texts fairly. */
function shape(text: string, names: readonly string[]): string[] {
  const drop = new Set(names.flatMap(nameParts));
  return words(text).map((w) => (drop.has(fold(w.text)) ? '·' : fold(w.text)));
}

const trigrams = (ws: readonly string[]): Set<string> => {
  const out = new Set<string>();
  for (let i = 0; i + 2 < ws.length; i++)
    out.add(`${ws[i] ?? ''} ${ws[i + 1] ?? ''} ${ws[i + 2] ?? ''}`);
  return out;
};

/**
 * `same_text`: two interviewers at one company must not get the same text (PRODUCT.md §6). The
 * same words apart from the names is an error; mostly the same (word trigrams overlapping by
 * 80% or more) a warning.
 */
export function sameText(input: CheckInput, text: string, field: Finding['field']): Finding[] {
  const siblings = input.siblings ?? [];
  if (siblings.length === 0) return [];
  const own = input.recipient?.name ?? '';
  const out: Finding[] = [];
  for (const s of siblings) {
    const names = [own, s.name].filter((n) => n !== '');
    const a = shape(text, names);
    const b = shape(s.text, names);
    if (a.join(' ') === b.join(' ')) {
      out.push(
        at(
          'same_text',
          'error',
          `the same text as the note to ${s.name}: personalise each note`,
          field,
        ),
      );
      continue;
    }
    const ta = trigrams(a);
    const tb = trigrams(b);
    const shared = [...ta].filter((t) => tb.has(t)).length;
    const union = ta.size + tb.size - shared;
    if (union > 0 && shared / union >= 0.8) {
      out.push(
        at(
          'same_text',
          'warning',
          `nearly the same text as the note to ${s.name}: personalise it`,
          field,
        ),
      );
    }
  }
  return out;
}
