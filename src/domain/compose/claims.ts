import type { Claim } from '../types.js';
import { documentWords } from './vars.js';
import type { ComposeFacts } from './types.js';

/** The sentences of a text, with where each starts: split after . ! ? and at line breaks. */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const m of text.matchAll(/[^.!?\n]+(?:[.!?]+|$)/gmu)) {
    const lead = m[0].length - m[0].trimStart().length;
    const s = m[0].trim();
    if (s !== '') out.push({ text: s, start: m.index + lead });
  }
  return out;
}

const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase('en-US');

/** The first sentence that contains `needle`, case aside. */
const sentenceWith = (all: readonly { text: string }[], needle: string): string | null =>
  needle === '' ? null : (all.find((s) => fold(s.text).includes(fold(needle)))?.text ?? null);

/**
 * What the drafted body states that may stop being true before it is sent (issue 11): each owed
 * document the note mentions, with whether it said "sent" or "will send", and the interview's
 * day as the note words it. The note check compares these with the facts at sending time and
 * marks the sentence when they no longer hold. A documents message is itself the sending, so
 * its documents are not claims.
 */
export function claimsOf(
  body: string,
  f: ComposeFacts,
  vars: Readonly<Record<string, string>>,
): Claim[] {
  const all = sentences(body);
  const out: Claim[] = [];
  if (f.kind !== 'documents' && f.documents !== undefined) {
    const words = documentWords(f);
    for (const d of f.documents) {
      // Only documents the note speaks of as sent or owed (skipped ones are left out).
      if (!(d.sent ? words.sent : words.owed).includes(d.item) || d.key === '') continue;
      const text = sentenceWith(all, d.item);
      if (text !== null)
        out.push({
          fact: 'document',
          subject: d.key,
          said: d.sent ? 'sent' : 'owed',
          text,
          item: d.item,
        });
    }
  }
  const when = vars.interview_when ?? '';
  const iv = f.interviewId ?? null;
  if (iv !== null && when !== '') {
    // "today" alone would also match "by the end of today": prefer a sentence about meeting.
    const text = sentenceWith(all, ` ${when}`) ?? sentenceWith(all, when);
    if (text !== null)
      out.push({ fact: 'interview_day', subject: String(iv), said: when, text, item: null });
  }
  return out;
}
