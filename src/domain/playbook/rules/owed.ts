import { EVENING_MIN, draft, links, type Draft, type PlanContext } from '../context.js';
import { nextScheduledAfter, type AppFacts, type Timed } from '../facts.js';
import { SEND_DOCUMENTS, SKILL_GAP } from '../why.js';

/** "+5 days" when no next interview is scheduled (PRODUCT.md §5). */
const SKILL_GAP_DAYS = 5;

/**
 * `send_documents`: per document owed, due the next business day at the end of the day
 * (seed 003). Keys use the item's position in `documentsOwed`. Trade-off: a position survives
 * edits to the wording (no duplicate action when a typo is fixed), but removing an earlier item
 * shifts the later ones onto its key: their titles are patched, and the last key is cancelled as
 * "no longer applies". A text-derived key would have the opposite problem on every rewording.
 */
export function sendDocuments(f: AppFacts, h: Timed, ctx: PlanContext, out: Draft[]): void {
  const docs = h.iv.documentsOwed;
  if (docs.length === 0) return;
  const due = ctx.clock.at(ctx.nextBusinessDay(h.end), ctx.dayEndMin);
  const to = h.iv.interviewers[0];
  const recipient = to?.name ?? f.app.company;
  const link = links(f.app.id, h.iv.id, to?.contactId ?? null, 'email');
  docs.forEach((doc, i) => {
    const key = `send_documents:i${h.iv.id}:${i}`;
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
 * interview, else end + 5 days (seed 004). Keys by position, as for documents.
 */
export function skillGaps(f: AppFacts, h: Timed, ctx: PlanContext, out: Draft[]): void {
  const gaps = h.iv.skillGaps;
  if (gaps.length === 0) return;
  const due = eveningBeforeNext(f, h, ctx) ?? ctx.clock.plusDays(h.end, SKILL_GAP_DAYS);
  const link = links(f.app.id, h.iv.id);
  gaps.forEach((gap, i) => {
    const key = `skill_gap:i${h.iv.id}:${i}`;
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
