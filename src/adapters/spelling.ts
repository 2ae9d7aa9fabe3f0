import dictionary from 'dictionary-en';
import nspell from 'nspell';
import type { Speller } from '../domain/check/types.js';

let loaded: Speller | undefined;

const ABC = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one slip away: two letters swapped first (the commonest), then a letter missing, wrong or extra. */
function oneEditAway(w: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++)
    out.add(w.slice(0, i) + w.charAt(i + 1) + w.charAt(i) + w.slice(i + 2));
  for (let i = 0; i < w.length; i++) out.add(w.slice(0, i) + w.slice(i + 1));
  for (let i = 0; i < w.length; i++)
    for (const c of ABC) out.add(w.slice(0, i) + c + w.slice(i + 1));
  for (let i = 0; i <= w.length; i++) for (const c of ABC) out.add(w.slice(0, i) + c + w.slice(i));
  out.delete(w);
  return [...out];
}

/**
 * The en-US Hunspell dictionary through nspell, loaded once per process (~170 ms; checking is
 * then microseconds per word). Answers are cached: notes repeat words, and drafts are re-checked.
 *
 * Suggestions are the dictionary words one slip away. nspell's own suggest() finds more but
 * can take 200 ms on a single word ("Kubernetes"), which would break the check's 20 ms budget;
 * this takes about a millisecond.
 */
export function loadSpeller(): Speller {
  if (loaded !== undefined) return loaded;
  const spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  const known = new Map<string, boolean>();
  const correct = (word: string): boolean => {
    let ok = known.get(word);
    if (ok === undefined) {
      ok = spell.correct(word);
      known.set(word, ok);
    }
    return ok;
  };
  const ideas = new Map<string, string[]>();
  loaded = {
    correct,
    suggest(word) {
      let s = ideas.get(word);
      if (s === undefined) {
        const lower = word.toLowerCase();
        const capital = word !== lower && word.charAt(0) !== word.charAt(0).toLowerCase();
        s = oneEditAway(lower)
          .filter((c) => spell.correct(c))
          .slice(0, 5)
          .map((c) => (capital ? c.charAt(0).toUpperCase() + c.slice(1) : c));
        ideas.set(word, s);
      }
      return s;
    },
  };
  return loaded;
}
