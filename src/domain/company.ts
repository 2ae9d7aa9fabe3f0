/**
 * Normalised company names, so "The Acme Co., Inc." and "acme" are one company (PRODUCT.md §8):
 * case, accents, punctuation, "&" vs "and", a leading "The" and legal suffixes are ignored.
 */
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'llc',
  'llp',
  'ltd',
  'limited',
  'gmbh',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'ag',
  'sa',
  'sas',
  'sarl',
  'bv',
  'nv',
  'oy',
  'ab',
  'as',
  'srl',
  'spa',
  'pty',
  'pvt',
  'kg',
  'se',
  'lp',
]);

export function normalizeCompanyName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // "S.A." and "U.S." are one word each, not two.
    .replace(/\b(\p{L})\.(?=\p{L}\.)/gu, '$1')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  if (words.length > 1 && words[0] === 'the') words.shift();
  // "Lumen & Co" → "lumen and co" → "lumen": a dangling "and" was part of the suffix.
  while (words.length > 1 && (LEGAL_SUFFIXES.has(words.at(-1) ?? '') || words.at(-1) === 'and')) {
    words.pop();
  }
  return words.join(' ');
}
