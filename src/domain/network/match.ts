import { normalizeCompanyName } from '../company.js';

/**
 * Company matching (PRODUCT.md §8, seeds 003 and 004: find the people you know at the employer).
 * A connection's employer and a target company are compared on their normalised names
 * (`normalizeCompanyName`: case, accents, punctuation, legal suffixes, "&"/"and", a leading
 * "The"), then by a few near-miss rules, each with a score and its reason in words. A shared
 * word alone is never a match: "Oracle Cleaning Services" is not "Oracle".
 */

export type MatchKind = 'same' | 'spacing' | 'generic_word' | 'typo' | 'initials';

export interface CompanyMatch {
  /** 1 for the same normalised name; below 1 a suggestion the user confirms or rejects. */
  score: number;
  kind: MatchKind;
  reason: string;
}

/** Scores below 1 are suggestions: shown with their reason, used once the user confirms. */
export const SURE_MATCH = 1;

/**
 * Words that name a part or a place of the same business rather than a different business:
 * "Globex Labs", "Globex Canada" and "Globex Group" are worth suggesting for "Globex".
 */
const GENERIC = new Set([
  'group',
  'holding',
  'holdings',
  'international',
  'global',
  'worldwide',
  'labs',
  'technologies',
  'usa',
  'us',
  'uk',
  'canada',
  'europe',
  'emea',
  'apac',
]);

/** Small words initials skip: "Bank of America" is BOA, "Procter and Gamble" P&G → pg. */
const SKIP_IN_INITIALS = new Set(['and', 'of', 'the', 'for', 'de', 'la', 'le', 'et']);

export const companyKey = normalizeCompanyName;

const tokens = (key: string): string[] => (key === '' ? [] : key.split(' '));
const core = (ts: readonly string[]): string[] => ts.filter((t) => !GENERIC.has(t));

function initials(ts: readonly string[]): string | null {
  const words = ts.filter((t) => !SKIP_IN_INITIALS.has(t));
  if (words.length < 2) return null;
  return words.map((w) => w[0] ?? '').join('');
}

/** Edit distance with adjacent transpositions (optimal string alignment), stopping past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** How many letters a word may differ by and still read as a typo of the other. */
const typoAllowance = (a: string, b: string): number => {
  const len = Math.min(a.length, b.length);
  if (len >= 10) return 2;
  if (len >= 6) return 1;
  return 0;
};

const quoted = (words: readonly string[]): string => words.map((w) => `"${w}"`).join(', ');

/**
 * Compares an employer (as a connection's profile names it) with a target company. Returns the
 * match with its score and reason, or null when they are different businesses.
 */
export function compareCompanies(employer: string, company: string): CompanyMatch | null {
  const a = companyKey(employer);
  const b = companyKey(company);
  return compareKeys(a, b, employer, company);
}

/** `compareCompanies` on already normalised keys; the names are only for the reason. */
export function compareKeys(
  a: string,
  b: string,
  employer: string,
  company: string,
): CompanyMatch | null {
  if (a === '' || b === '') return null;
  if (a === b) {
    return {
      score: 1,
      kind: 'same',
      reason:
        employer.trim().toLowerCase() === company.trim().toLowerCase()
          ? `works at ${company}`
          : `"${employer.trim()}" is "${company.trim()}" once case, accents, punctuation and legal suffixes are set aside`,
    };
  }
  if (a.replaceAll(' ', '') === b.replaceAll(' ', '')) {
    return {
      score: 0.9,
      kind: 'spacing',
      reason: `"${employer.trim()}" and "${company.trim()}" differ only in spacing`,
    };
  }
  const ta = tokens(a);
  const tb = tokens(b);
  const ca = core(ta);
  const cb = core(tb);
  if (ca.length > 0 && ca.join(' ') === cb.join(' ')) {
    const extra = [...ta.filter((t) => !tb.includes(t)), ...tb.filter((t) => !ta.includes(t))];
    return {
      score: 0.85,
      kind: 'generic_word',
      reason: `"${employer.trim()}" and "${company.trim()}" differ only by ${quoted(extra)}, a word that names a part of the same business`,
    };
  }
  if (ca.length > 0 && ca.length === cb.length) {
    let letters = 0;
    const changed: string[] = [];
    for (let i = 0; i < ca.length; i++) {
      const x = ca[i] ?? '';
      const y = cb[i] ?? '';
      if (x === y) continue;
      const allowed = typoAllowance(x, y);
      const d = allowed === 0 ? allowed + 1 : editDistance(x, y, allowed);
      if (d > allowed) {
        letters = -1;
        break;
      }
      letters += d;
      changed.push(`"${x}" and "${y}"`);
    }
    if (letters > 0) {
      return {
        score: letters === 1 ? 0.9 : 0.8,
        kind: 'typo',
        reason: `${changed.join(', ')} differ by ${letters === 1 ? 'one letter' : `${String(letters)} letters`}: likely the same company spelt differently`,
      };
    }
  }
  const ia = initials(ta);
  const ib = initials(tb);
  if ((ta.length === 1 && ib === a) || (tb.length === 1 && ia === b)) {
    return {
      score: 0.8,
      kind: 'initials',
      reason: `"${(ta.length === 1 ? employer : company).trim()}" are the initials of "${(ta.length === 1 ? company : employer).trim()}"`,
    };
  }
  return null;
}

/** Single-letter deletions of a word: two words one edit apart share one of them. */
function variants(word: string): string[] {
  if (word.length < 6) return [word];
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export interface Indexed {
  /** The normalised name (`companyKey`). */
  key: string;
  name: string;
}

/**
 * Target companies indexed by their normalised names, their words (with one-letter deletions,
 * for typos), their letters without spaces and their initials, so that matching thousands of
 * employers against thousands of companies compares each employer only with the few companies
 * that share something with it, never with all of them.
 */
export class CompanyIndex<T extends Indexed> {
  private readonly byKey = new Map<string, T[]>();
  private readonly byWord = new Map<string, T[]>();
  private readonly byJoined = new Map<string, T[]>();
  private readonly byInitials = new Map<string, T[]>();

  constructor(items: Iterable<T>) {
    for (const it of items) {
      if (it.key === '') continue;
      push(this.byKey, it.key, it);
      push(this.byJoined, it.key.replaceAll(' ', ''), it);
      const ts = tokens(it.key);
      const seen = new Set<string>();
      for (const t of core(ts))
        for (const v of variants(t))
          if (!seen.has(v)) {
            seen.add(v);
            push(this.byWord, v, it);
          }
      const ini = initials(ts);
      if (ini !== null) push(this.byInitials, ini, it);
    }
  }

  /** The companies an employer matches, best first, each with its score and reason. */
  matches(employer: string, key = companyKey(employer)): { item: T; match: CompanyMatch }[] {
    if (key === '') return [];
    const candidates = new Set<T>(this.byKey.get(key));
    for (const c of this.byJoined.get(key.replaceAll(' ', '')) ?? []) candidates.add(c);
    const ts = tokens(key);
    // Every near-miss rule needs all core words to match, so the rarest word's companies are
    // enough: a common word ("labs", "systems") would otherwise make thousands of candidates.
    let rarest: Set<T> | null = null;
    for (const t of core(ts)) {
      const set = new Set<T>();
      for (const v of variants(t)) for (const c of this.byWord.get(v) ?? []) set.add(c);
      if (rarest === null || set.size < rarest.size) rarest = set;
    }
    for (const c of rarest ?? []) candidates.add(c);
    if (ts.length === 1) for (const c of this.byInitials.get(key) ?? []) candidates.add(c);
    const ini = initials(ts);
    if (ini !== null) for (const c of this.byKey.get(ini) ?? []) candidates.add(c);
    const out: { item: T; match: CompanyMatch }[] = [];
    for (const item of candidates) {
      const match = compareKeys(key, item.key, employer, item.name);
      if (match !== null) out.push({ item, match });
    }
    return out.sort(
      (x, y) => y.match.score - x.match.score || x.item.name.localeCompare(y.item.name),
    );
  }
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list === undefined) m.set(k, [v]);
  else list.push(v);
}
