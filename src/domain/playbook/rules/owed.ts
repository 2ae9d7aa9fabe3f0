import { EVENING_MIN, draft, links, type Draft, type PlanContext } from '../context.js';
import { nextScheduledAfter, type AppFacts, type Timed } from '../facts.js';
import { SEND_DOCUMENTS, SKILL_GAP } from '../why.js';

/** "+5 days" when no next interview is scheduled (PRODUCT.md §5). */
const SKILL_GAP_DAYS = 5;
const KEY_CHARS = 48;

/**
 * A stable key part per item: its words lower-cased without accents or punctuation
 * (`Two references!` → `two-references`), so case and spacing edits keep the key; a repeated
 * item gets `-2`, `-3`; an item with no letters or digits falls back to its position.
 */
export function itemKeys(items: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item, i) => {
    const slug = item
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, KEY_CHARS);
    const base = slug === '' ? `#${i}` : slug;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** The action key of each owed item of an interview: what the brief looks the actions up by. */
export const itemActionKeys = (
  kind: 'send_documents' | 'skill_gap',
  interviewId: number,
  items: readonly string[],
): string[] => itemKeys(items).map((k) => `${kind}:i${interviewId}:${k}`);

/**
 * `send_documents`: per document owed, due the next business day at the end of the day
 * (seed 003). Keys come from the item's words (`itemKeys`), not its position: with positions,
 * removing an earlier item shifted the later ones onto its key, so a document already marked
 * done could silently absorb a different one that was still owed. The cost of words: rewording
 * an item retires the old action ("no longer applies") and plans a new one.
 */
export function sendDocuments(f: AppFacts, h: Timed, ctx: PlanContext, out: Draft[]): void {
  const docs = h.iv.documentsOwed;
  if (docs.length === 0) return;
  const due = ctx.clock.at(ctx.nextBusinessDay(h.end), ctx.dayEndMin);
  const to = h.iv.interviewers[0];
  const recipient = to?.name ?? f.app.company;
  const link = links(f.app.id, h.iv.id, to?.contactId ?? null, 'email');
  const keys = itemActionKeys('send_documents', h.iv.id, docs);
  docs.forEach((doc, i) => {
    const key = keys[i] ?? '';
    out.push(
      draft('send_documents', key, `Send ${doc} to ${recipient}`, due, SEND_DOCUMENTS, link, h.end),
    );
  });
}

/**
 * The evening (18:00) before the next interview scheduled after `h`, never before `h` ended;
 * null when nothing is scheduled.
 */
export function eveningBeforeNext(f: AppFacts, h: Timed, ctx: PlanContext): number | null {
  const next = nextScheduledAfter(f, h.end);
  if (next === null) return null;
  const evening = ctx.clock.at(ctx.clock.dayOf(next.start) - 1, EVENING_MIN);
  return Math.max(h.end, Math.min(evening, next.start));
}

/**
 * `skill_gap`: per gap the interview revealed, due the evening before the next scheduled
 * interview, else end + 5 days (seed 004). Keys by words, as for documents.
 */
export function skillGaps(f: AppFacts, h: Timed, ctx: PlanContext, out: Draft[]): void {
  const gaps = h.iv.skillGaps;
  if (gaps.length === 0) return;
  const due = eveningBeforeNext(f, h, ctx) ?? ctx.clock.plusDays(h.end, SKILL_GAP_DAYS);
  const link = links(f.app.id, h.iv.id);
  const keys = itemActionKeys('skill_gap', h.iv.id, gaps);
  gaps.forEach((gap, i) => {
    const key = keys[i] ?? '';
    out.push(
      draft(
        'skill_gap',
        key,
        `Work on a skill gap before the next round: ${gap}`,
        due,
        SKILL_GAP,
        link,
        h.end,
      ),
    );
  });
}
