import { DateTime } from 'luxon';
import { conflict } from './errors.js';
import { localDateOf } from './time.js';
import type { Channel, Instant, LocalDate, MessageState } from './types.js';

/**
 * The outbox (PRODUCT.md §6): which state moves are legal, when to retry, what a transport error
 * means, and the spacing guard of §5. Pure: the services do the I/O and pass `now` in.
 */

const MOVES: Record<MessageState, readonly MessageState[]> = {
  // Editing a draft keeps it a draft; approving needs a check without errors (or a forced reason).
  draft: ['draft', 'approved'],
  // Editing an approved message sends it back to draft, to be checked and approved again.
  approved: ['draft', 'scheduled'],
  // `sending` is entered by exactly one claimer; editing unschedules.
  scheduled: ['sending', 'draft'],
  // A retryable failure goes back to `scheduled`; so does a held message the user asks to resend.
  sending: ['sent', 'failed', 'scheduled'],
  sent: [],
  failed: ['draft', 'scheduled'],
};

export const canMove = (from: MessageState, to: MessageState): boolean => MOVES[from].includes(to);

/** Throws `conflict` unless the outbox allows `from → to`. */
export function assertMove(id: number, from: MessageState, to: MessageState): void {
  if (!canMove(from, to)) {
    const why =
      from === 'sent'
        ? 'it was already sent; a message is never sent twice'
        : `a ${from} message cannot become ${to}`;
    throw conflict(`message ${id}: ${why}`, 'message');
  }
}

/** States in which the text may still change. */
export const isEditable = (s: MessageState): boolean =>
  s === 'draft' || s === 'approved' || s === 'scheduled' || s === 'failed';

/** How a message leaves: over SMTP, as a `.eml` file, as a printable PDF, or by hand. */
export type Via = 'smtp' | 'eml' | 'pdf' | 'manual';

/** The ways each channel may be delivered; the first is the default. */
export const VIAS_BY_CHANNEL: Record<Channel, readonly Via[]> = {
  email: ['smtp', 'eml'],
  letter: ['pdf'],
  drop_off: ['pdf'],
  phone: ['manual'],
  linkedin: ['manual'],
};

/** Backoff before attempt `attempt + 1`: base, 3×base, 9×base …, at most 15 minutes. */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 3 ** Math.max(0, attempt - 1), 15 * 60_000);
}

/**
 * The lease of a claim when none is configured: above the sum of the SMTP connection, greeting
 * and socket timeouts (adapters/mail.ts, `timeoutMs` each), so that one attempt that runs into
 * every one of them still ends inside its lease. A lease that runs out only ever holds a message
 * for the user, never sends it again, so erring long costs a later hold, and short a needless one.
 */
export const defaultLeaseMs = (timeoutMs = 30_000): number => 3 * timeoutMs + 30_000;

/** A claim of a message in `sending`, as recovery sees it. */
export interface ClaimLease {
  /** When the claimer's lease runs out; null for a claim taken before leases existed. */
  leaseExpiresAt: Instant | null;
  claimedAt: Instant | null;
}

/**
 * When a claim stops protecting its message: its lease's end, or for a claim from before leases
 * `leaseMs` after it was taken. Null when it never did (a claim with no time at all).
 */
export function leaseEnd(c: ClaimLease, leaseMs: number): Instant | null {
  if (c.leaseExpiresAt !== null) return c.leaseExpiresAt;
  if (c.claimedAt === null) return null;
  return new Date(Date.parse(c.claimedAt) + leaseMs).toISOString();
}

/** What the transport reported, reduced to what the decision needs. */
export interface TransportFailure {
  /** Nodemailer's code (ECONNECTION, ETIMEDOUT, EAUTH, …) or a system code. */
  code: string | null;
  /** The SMTP reply code, when the server answered. */
  responseCode: number | null;
  /** Whether the whole message had been handed to the connection before it failed. */
  dataSent: boolean;
}

export type FailureVerdict = 'retry' | 'permanent' | 'unknown';

const PERMANENT_CODES = new Set(['EAUTH', 'ENOAUTH', 'ECONFIG', 'ETLS', 'EREQUIRETLS', 'EOAUTH2']);

/**
 * Retry only when the server cannot have accepted the message. A 5xx reply is a refusal that
 * retrying would meet again (503 is a session-state error, so retryable); 4xx is transient. With
 * no reply at all, a failure before the message was fully written is safe to retry, but one after
 * it is `unknown`: the server may have queued it before the connection broke, so the message is
 * held for the user rather than sent a second time.
 */
export function classifyFailure(f: TransportFailure): FailureVerdict {
  if (f.responseCode !== null && f.responseCode >= 400) {
    return f.responseCode >= 500 && f.responseCode !== 503 ? 'permanent' : 'retry';
  }
  if (f.code !== null && PERMANENT_CODES.has(f.code)) return 'permanent';
  return f.dataSent ? 'unknown' : 'retry';
}

export interface SpacingVerdict {
  /** The most recent follow-up to the contact. */
  last: Instant;
  /** The first local date on which another follow-up is allowed. */
  allowedFrom: LocalDate;
}

/**
 * The spacing guard (PRODUCT.md §5, seed 001 "not too frequent"): a follow-up to a contact who had
 * one fewer than `days` local calendar days ago is too soon. Counted in local days, as the
 * planner's spacing is, so a follow-up planned for 10:00 seven days after an afternoon one passes.
 * Returns null when the follow-up may go.
 */
export function spacingVerdict(
  history: readonly Instant[],
  now: Instant,
  zone: string,
  days: number,
): SpacingVerdict | null {
  if (days <= 0 || history.length === 0) return null;
  const last = history.reduce((a, b) => (a >= b ? a : b));
  const lastDay = DateTime.fromISO(localDateOf(last, zone), { zone: 'utc' });
  const today = DateTime.fromISO(localDateOf(now, zone), { zone: 'utc' });
  if (today.diff(lastDay, 'days').days >= days) return null;
  return { last, allowedFrom: lastDay.plus({ days }).toISODate() ?? localDateOf(now, zone) };
}
