import { isOpen, isTerminal } from '../../status.js';
import { KEEPS_SKILLS } from '../../skills.js';
import { dateOfDay, msOf } from '../../clock.js';
import { cancel, draft, links, type Draft, type PlanContext } from '../context.js';
import { latestHeld, statusTime, type AppFacts } from '../facts.js';
import {
  FEEDBACK_REQUEST,
  KEEP_WARM,
  OFFER_ACCEPT,
  OFFER_DECIDE,
  OFFER_DECLINE,
  OFFER_EVALUATE,
  OFFER_NEGOTIATE,
  STATUS_REASON,
  WITHDRAW,
} from '../why.js';
import type { SequenceEnd } from './follow-up.js';

/**
 * `feedback_request`: once rejected, ask for constructive feedback the next business day at the
 * follow-up time (seed 004), never before the last interview ended.
 */
export function feedbackRequest(f: AppFacts, ctx: PlanContext, out: Draft[]): void {
  if (f.status !== 'rejected') return;
  const h = latestHeld(f);
  const at = statusTime(f, 'rejected');
  let due = ctx.clock.at(ctx.nextBusinessDay(at), ctx.followUpMin);
  if (h !== null && due < h.end) due = ctx.slotOnOrAfter(h.end, ctx.followUpMin);
  const to = h?.iv.interviewers[0];
  out.push(
    draft(
      'feedback_request',
      `feedback_request:a${f.app.id}`,
      to === undefined
        ? `Ask ${f.app.company} for feedback on your application for the ${f.app.role} role`
        : `Ask ${to.name} for feedback on your interview for the ${f.app.role} role`,
      due,
      FEEDBACK_REQUEST,
      links(f.app.id, h?.iv.id ?? null, to?.contactId ?? null, 'email'),
      h?.end ?? null,
    ),
  );
}

/**
 * `keep_warm`, one per application (key `keep_warm:a{id}`, so its triggers never duplicate it),
 * `keepWarmDays` after: a rejection (seed 004) or a declined offer; else the last allowed follow-up of a sequence
 * (cancelled when the sequence is); else the application being marked ghosted. A ghosted
 * application whose sequence is still current keeps that date, so marking it does not move it.
 */
export function keepWarm(
  f: AppFacts,
  seqEnd: SequenceEnd | null,
  ctx: PlanContext,
  out: Draft[],
): void {
  const days = ctx.policy.keepWarmDays;
  let from: number;
  let reason: string | null = null;
  let h = latestHeld(f);
  if (f.status === 'rejected' || f.status === 'declined') {
    from = statusTime(f, f.status);
  } else if (seqEnd !== null && (seqEnd.reason === null || f.status !== 'ghosted')) {
    from = seqEnd.doneAt;
    reason = seqEnd.reason;
    h = seqEnd.h;
  } else if (f.status === 'ghosted') {
    from = statusTime(f, 'ghosted');
  } else {
    return;
  }
  const to = h?.iv.interviewers[0];
  const d = draft(
    'keep_warm',
    `keep_warm:a${f.app.id}`,
    `Keep in touch with ${to === undefined ? f.app.company : `${to.name} at ${f.app.company}`}`,
    ctx.clock.plusDays(from, days),
    KEEP_WARM,
    links(f.app.id, h?.iv.id ?? null, to?.contactId ?? null),
    h?.end ?? null,
  );
  if (reason !== null) cancel(d, reason);
  out.push(d);
}

/** Whether the application has (or had) an offer. */
const hadOffer = (f: AppFacts): boolean =>
  f.status === 'offer' ||
  f.status === 'accepted' ||
  f.status === 'declined' ||
  f.statusAt.has('offer');

/**
 * `offer`: evaluate against the must-have list now, prepare the negotiation (salary, vacation,
 * start date, schedule) the next day, decide a day before each deadline (seed 000). Still planned
 * after the offer is accepted or declined, so the terminal pass cancels them with that reason.
 */
export function offer(f: AppFacts, ctx: PlanContext, out: Draft[]): void {
  if (!hadOffer(f)) return;
  const at = statusTime(f, 'offer');
  const company = f.app.company;
  // Negotiation and decisions go to the person who made the offer.
  const link = links(f.app.id, null, f.state.offers[0]?.contactId ?? null);
  out.push(
    draft(
      'offer_evaluate',
      `offer_evaluate:a${f.app.id}`,
      `Weigh the offer from ${company} against your must-have list`,
      at,
      OFFER_EVALUATE,
      link,
    ),
    draft(
      'offer_negotiate',
      `offer_negotiate:a${f.app.id}`,
      `Prepare to negotiate with ${company}: salary, vacation, start date, schedule`,
      ctx.clock.plusDays(at, 1),
      OFFER_NEGOTIATE,
      link,
    ),
  );
  for (const o of f.state.offers) {
    const deadline = o.deadline === null ? null : msOf(o.deadline);
    if (deadline === null) continue;
    // A day before the deadline; a deadline less than a day away is due at once.
    const due = Math.min(deadline, Math.max(at, ctx.clock.plusDays(deadline, -1)));
    out.push(
      draft(
        'offer_decide',
        `offer_decide:o${o.id}`,
        `Decide on the offer from ${company} (deadline ${dateOfDay(ctx.clock.dayOf(deadline))})`,
        due,
        OFFER_DECIDE,
        link,
      ),
    );
  }
  if (f.status === 'accepted' || f.status === 'declined') {
    const accepted = f.status === 'accepted';
    out.push(
      draft(
        accepted ? 'offer_accept' : 'offer_decline',
        `${accepted ? 'offer_accept' : 'offer_decline'}:a${f.app.id}`,
        accepted
          ? `Confirm in writing that you accept the offer from ${company}`
          : `Tell ${company} you decline their offer, graciously`,
        statusTime(f, f.status),
        accepted ? OFFER_ACCEPT : OFFER_DECLINE,
        { ...link, channel: 'email' },
      ),
    );
  }
}

/**
 * `withdraw`: once an offer elsewhere is accepted, every application still open gets a polite
 * withdrawal, due at once, to the last interviewer met (or the hiring team).
 */
export function withdrawOthers(f: AppFacts, out: Draft[]): void {
  const other = f.state.acceptedElsewhere;
  if (other === undefined || other === null || other.applicationId === f.app.id) return;
  if (!isOpen(f.status)) return;
  const h = latestHeld(f);
  const to = h?.iv.interviewers[0];
  const at = msOf(other.at);
  if (at === null) return;
  // An application started after the acceptance was a deliberate choice (a contract role that
  // ends, say): nothing to withdraw from.
  const created = msOf(f.app.createdAt);
  if (created !== null && created > at) return;
  out.push(
    draft(
      'withdraw',
      `withdraw:a${f.app.id}`,
      `Withdraw from ${f.app.company}: you accepted the offer from ${other.company}`,
      at,
      WITHDRAW,
      links(f.app.id, h?.iv.id ?? null, to?.contactId ?? null, 'email'),
    ),
  );
}

/**
 * After a terminal status nothing stays pending but the rules meant for it: a rejection keeps
 * its feedback request and keep-warm, a ghosted application its keep-warm. Everything else the
 * application would have is emitted cancelled, saying which status stopped it; skill gaps after
 * a rejection, withdrawal or ghosting say they are kept in the skills to build.
 */
export function terminal(f: AppFacts, drafts: Draft[], from: number): void {
  const s = f.status;
  if (!isTerminal(s)) return;
  const reason = STATUS_REASON[s];
  // The gaps outlive the application: the services keep them as skills to build.
  const gapReason = KEEPS_SKILLS.has(s) ? `${reason}; kept in your skills to build` : reason;
  for (let i = from; i < drafts.length; i++) {
    const d = drafts[i];
    if (d === undefined) continue;
    const kept =
      d.kind === 'keep_warm'
        ? s === 'rejected' || s === 'ghosted' || s === 'declined'
        : (s === 'rejected' && d.kind === 'feedback_request') ||
          (s === 'accepted' && d.kind === 'offer_accept') ||
          (s === 'declined' && d.kind === 'offer_decline');
    if (!kept) cancel(d, d.kind === 'skill_gap' ? gapReason : reason);
  }
}
