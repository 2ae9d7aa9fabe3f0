import type { Channel, MessageKind } from '../types.js';
import type { Template } from './types.js';

/** The templates that fit a kind and channel: the user's own first, then the built-ins. */
export function candidatesFor(
  templates: readonly Template[],
  kind: MessageKind,
  channel: Channel,
): Template[] {
  const fit = templates.filter((t) => t.kind === kind && t.channels.includes(channel));
  return [...fit.filter((t) => !t.builtin), ...fit.filter((t) => t.builtin)];
}

/**
 * Picks the template for the recipient in `slot` (their place among the people written to at
 * the company): the rotation starts at the slot, so the first interviewer gets the first
 * template and the second the next one, and skips templates already used for someone else at
 * the company (`avoid`). Two interviewers at one company thus never get the same text (PRODUCT.md
 * §6), whatever order their notes are drafted in. Deterministic; undefined when none fits.
 */
export function chooseTemplate(
  candidates: readonly Template[],
  slot: number,
  avoid: ReadonlySet<string>,
): Template | undefined {
  const n = candidates.length;
  if (n === 0) return undefined;
  const start = ((slot % n) + n) % n;
  for (let i = 0; i < n; i++) {
    const t = candidates[(start + i) % n];
    if (t !== undefined && !avoid.has(t.id)) return t;
  }
  return candidates[start];
}

const isFinal = (t: Template): boolean => t.id.endsWith('/final');

/**
 * Follow-ups come in a sequence (PRODUCT.md §5): the third and last reads as a last check-in, the
 * earlier ones must not. `n` is the follow-up's number in its sequence, null for other kinds.
 */
export function forSequence(candidates: readonly Template[], n: number | null): Template[] {
  if (n === null) return [...candidates];
  const finals = candidates.filter(isFinal);
  const others = candidates.filter((t) => !isFinal(t));
  const pick = n >= 3 ? finals : others;
  return pick.length > 0 ? pick : [...candidates];
}
