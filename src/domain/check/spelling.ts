import type { Finding } from '../types.js';
import type { Note } from './rules.js';
import { fold, nonProse, words } from './text.js';
import type { CheckEnv } from './types.js';

/** A word part worth checking: not an acronym, not a number, longer than one letter. */
const skip = (w: string): boolean =>
  w.normalize('NFC').length < 2 ||
  /\p{N}/u.test(w) ||
  (w === w.toUpperCase() && w !== w.toLowerCase());

/**
 * `spelling`: every word the dictionary and the user's own words do not know (seed 003: "perfectly
 * and professionally written (don't forget to proofread)"). Words in URLs and addresses are not
 * prose; acronyms and numbers are skipped; a possessive is checked without its 's; a hyphenated
 * compound part by part. Spans are on the original text, so decomposed accents keep their place.
 */
export function spelling(note: Note, env: CheckEnv, budget: { suggestions: number }): Finding[] {
  const speller = env.speller;
  if (speller === null) return [];
  const holes = nonProse(note.text);
  const out: Finding[] = [];
  const suggested = new Map<string, string[]>();
  for (const w of words(note.text)) {
    if (holes.some(([a, b]) => w.start >= a && w.start < b)) continue;
    let offset = 0;
    for (const raw of w.text.split('-')) {
      const start = w.start + offset;
      offset += raw.length + 1;
      const part = raw.replace(/['’]s$/u, '').replace(/['’]+$/u, '');
      if (skip(part)) continue;
      const key = fold(part);
      if (env.knownWords.has(key)) continue;
      const nfc = part.normalize('NFC').replace(/’/g, "'");
      if (speller.correct(nfc) || speller.correct(key)) continue;
      let ideas = suggested.get(key);
      if (ideas === undefined && budget.suggestions > 0) {
        budget.suggestions--;
        ideas = speller.suggest(nfc).slice(0, 3);
        suggested.set(key, ideas);
      }
      const hint =
        ideas !== undefined && ideas.length > 0
          ? ` (did you mean ${ideas.map((s) => `"${s}"`).join(', ')}?)`
          : '';
      out.push({
        rule: 'spelling',
        severity: 'warning',
        message: `"${part}" is not in the dictionary${hint}; if it is right, add it to your own words`,
        field: note.field,
        start,
        end: start + part.length,
        remedy: { do: 'add_word', word: part },
      });
    }
  }
  return out;
}

/** `repeated_word`: "the the", the proofreading slip spell checkers miss. */
export function repeatedWords(note: Note): Finding[] {
  const ws = words(note.text);
  const out: Finding[] = [];
  for (let i = 1; i < ws.length; i++) {
    const a = ws[i - 1];
    const b = ws[i];
    if (a === undefined || b === undefined) continue;
    const between = note.text.slice(a.end, b.start);
    if (/^[ \t]+$/u.test(between) && fold(a.text) === fold(b.text) && !/\p{N}/u.test(a.text)) {
      out.push({
        rule: 'repeated_word',
        severity: 'warning',
        message: `"${b.text}" is repeated`,
        field: note.field,
        start: a.start,
        end: b.end,
      });
    }
  }
  return out;
}
