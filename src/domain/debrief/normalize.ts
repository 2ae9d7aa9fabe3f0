/**
 * Recognising a question asked again: interviewers word the same question a little differently
 * ("Can you tell me about a time you failed?" / "Tell me about a time you failed."), and the
 * seeker types it from memory. The normalised text is the bank's identity for a question.
 */

/**
 * Politeness and filler that open a question without changing what is asked. "Can you" goes
 * only before a request ("can you tell me about …"), not before a real yes/no question ("can
 * you relocate?").
 */
const LEADING_FILLER =
  /^(?:(?:so|ok|okay|and|well|now|alright|right|next|first|lastly|finally)\s+)*(?:(?:(?:can|could|would|will)\s+you\s+)?please\s+|(?:can|could|would|will)\s+you\s+(?=(?:tell|describe|walk|explain|give|share|talk|show|list|name|take)\b))?/;

/**
 * The question's identity: lower case, accents and punctuation removed (apostrophes joined:
 * "what's" → "whats"), whitespace collapsed, leading filler and politeness dropped.
 */
export function normalizeQuestion(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const stripped = plain.replace(LEADING_FILLER, '').trim();
  // A question that is only filler ("Could you?") keeps its words rather than vanish.
  return stripped === '' ? plain : stripped;
}

/** Case-insensitive, whitespace-insensitive key for de-duplicating short items. */
export const itemKey = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * `base` followed by the items of `extra` that it does not already hold (case-insensitively),
 * in order. Base items keep their positions, so actions keyed by position stay put when a
 * debrief adds to what was noted at the interview.
 */
export function mergeItems(base: readonly string[], extra: readonly string[]): string[] {
  const seen = new Set(base.map(itemKey));
  const out = [...base];
  for (const e of extra) {
    const k = itemKey(e);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(e);
  }
  return out;
}

/**
 * An interview with its debrief's documents owed and skill gaps added after its own (what was
 * noted when it was logged), without case-insensitive repeats: the planner's `send_documents`
 * and `skill_gap` rules then cover both.
 */
export function withDebriefItems<T extends { documentsOwed: string[]; skillGaps: string[] }>(
  interview: T,
  extra: { documentsOwed: readonly string[]; skillGaps: readonly string[] } | undefined,
): T {
  if (extra === undefined) return interview;
  return {
    ...interview,
    documentsOwed: mergeItems(interview.documentsOwed, extra.documentsOwed),
    skillGaps: mergeItems(interview.skillGaps, extra.skillGaps),
  };
}
