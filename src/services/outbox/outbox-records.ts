import { hostname } from 'node:os';
import { conflict } from '../../domain/errors.js';
import { assertMove, defaultLeaseMs, leaseEnd } from '../../domain/outbox.js';
import type { Policy } from '../../domain/settings.js';
import type { Instant, MessageState } from '../../domain/types.js';
import { positiveId } from '../../domain/validate.js';
import type { MessagePatch, MessageView, SendClaim } from '../../store/repos/messages.js';
import type { Store } from '../../store/store.js';
import type { Ctx } from '../context.js';
import { mustGetMessage } from '../messages/messages.js';
import { replan } from '../interviews/planning.js';
import { withFreshClaims } from '../messages/truth.js';
import { loadPolicy } from '../settings/settings.js';

/**
 * The outbox's records: every state change goes through `move` (compare-and-set, logged), and
 * what a crash leaves behind is recovered here, at the start of every outbox command.
 */

export interface RecoveryDeps {
  /**
   * Whether the process behind a claim is known to be gone: by default, the claim names this
   * host and that pid no longer runs. A shortcut only (a crashed CLI's message is held at once,
   * not when its lease runs out): a claim of another host is judged by its lease alone.
   */
  isOwnerGone?: (owner: string) => boolean;
  /** For claims taken before leases (migration 0010): how long they protect their message. */
  leaseMs?: number;
  timeoutMs?: number;
}

/** A claim of this machine (`host:pid:…`) whose process no longer runs. */
export function ownerGone(owner: string): boolean {
  const [host, pidText] = owner.split(':');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

export async function log(
  store: Store,
  id: number,
  from: MessageState | null,
  to: MessageState,
  note: string,
  at: Instant,
): Promise<void> {
  await store.messages.logEvent({ messageId: id, fromState: from, toState: to, note, at });
}

/**
 * The connection broke after the message data was sent: it may have arrived. Hold it for the
 * user (PRODUCT.md §6: never a second send without confirming) instead of retrying. If the
 * claim lapsed meanwhile and someone else held it, it stays held and the error is added.
 */
export async function holdUncertain(
  ctx: Ctx,
  claim: Claimed,
  error: string,
  at: Instant,
): Promise<void> {
  await ctx.store.rowTransaction(async (tx) => {
    const note = `held: the connection broke after the message was sent, it may have arrived (${error})`;
    const patch = { heldAt: at, lastError: error, sendingOwner: null, leaseExpiresAt: null };
    if (await tx.messages.move(claim.id, 'sending', 'sending', patch, at, claim.unheld)) {
      await log(tx, claim.id, 'sending', 'sending', note, at);
    } else if (
      await tx.messages.move(claim.id, 'sending', 'sending', { lastError: error }, at, claim.held)
    ) {
      await log(tx, claim.id, 'sending', 'sending', `${note}; it was already held`, at);
    }
  });
}

/** What recording an outcome checks: the message is still under this claim (see `claimOf`). */
export interface Claimed {
  id: number;
  /** Still claimed and not held: the only state a retry may leave from. */
  unheld: SendClaim & { unheld: true };
  /** Still claimed, held or not: the transport's definite answer may replace a hold. */
  held: SendClaim;
}

export const claimOf = (id: number, owner: string, claimedAt: Instant): Claimed => ({
  id,
  unheld: { owner, claimedAt, unheld: true },
  held: { owner, claimedAt },
});

export async function move(
  store: Store,
  m: { id: number; state: MessageState },
  to: MessageState,
  patch: MessagePatch,
  note: string,
  at: Instant,
): Promise<void> {
  assertMove(m.id, m.state, to);
  if (!(await store.messages.move(m.id, m.state, to, patch, at))) {
    throw conflict(`message ${m.id} changed meanwhile; try again`, 'message');
  }
  await log(store, m.id, m.state, to, note, at);
}

/**
 * Messages in `sending` whose claim lapsed are held: the server may have accepted them. A claim
 * lapses when its lease runs out, or at once when its process is known to be gone (see
 * `RecoveryDeps`); a live claim of another instance is left alone, whichever machine it is on.
 * Holding never sends: only the user does, after checking (or the claimer's own late result,
 * see outbox-attempt.ts). Runs at the start of every outbox command and on every dispatcher
 * tick. Returns the ids it held, and when the next claim left alone lapses (null if none).
 */
export async function recoverClaims(
  ctx: Ctx,
  deps: RecoveryDeps = {},
): Promise<{ held: number[]; recheckAt: Instant | null }> {
  const gone = deps.isOwnerGone ?? ownerGone;
  const leaseMs = deps.leaseMs ?? defaultLeaseMs(deps.timeoutMs);
  const held: number[] = [];
  let recheckAt: Instant | null = null;
  for (const s of await ctx.store.messages.sendingUnheld()) {
    const now = ctx.now();
    const end = leaseEnd(s, leaseMs);
    const dead = s.owner === null || gone(s.owner);
    if (!dead && end !== null && end > now) {
      if (recheckAt === null || end < recheckAt) recheckAt = end;
      continue;
    }
    const why = dead
      ? 'found in sending after the process that was sending it stopped'
      : `found in sending after its claim${s.owner === null ? '' : ` by ${s.owner}`} ran out at ${end ?? '?'}`;
    // Only that claim, still unheld: its claimer may record its result at this very moment.
    const moved = await ctx.store.transaction(async (tx) => {
      if (
        !(await tx.messages.move(s.id, 'sending', 'sending', { heldAt: now }, now, {
          ...s,
          unheld: true,
        }))
      )
        return false;
      await log(tx, s.id, 'sending', 'sending', `${why}: held until you confirm`, now);
      return true;
    });
    if (moved) held.push(s.id);
  }
  return { held, recheckAt };
}

/** `recoverClaims`, for the commands that only need it done. Returns the ids it held. */
export async function recoverSending(ctx: Ctx, deps: RecoveryDeps = {}): Promise<number[]> {
  return (await recoverClaims(ctx, deps)).held;
}

/**
 * Phase 4: sent, the action done (the plan moves on), the contact contacted. With `claim`, only
 * if the message is still under it (returns false, changing nothing, when it is not).
 */
export async function record(
  tx: Store,
  policy: Policy,
  m: MessageView,
  patch: MessagePatch,
  note: string,
  at: Instant,
  claim?: SendClaim,
): Promise<boolean> {
  const sent = {
    ...patch,
    sentAt: at,
    sendingOwner: null,
    leaseExpiresAt: null,
    heldAt: null,
    lastError: null,
    nextAttemptAt: null,
  };
  if (claim === undefined) await move(tx, { id: m.id, state: 'sending' }, 'sent', sent, note, at);
  else if (await tx.messages.move(m.id, 'sending', 'sent', sent, at, claim))
    await log(tx, m.id, 'sending', 'sent', note, at);
  else return false;
  if (m.contactId !== null) await tx.contacts.markContacted(m.contactId, at);
  if (m.actionId === null) return true;
  const action = await tx.actions.get(m.actionId);
  if (action?.status !== 'pending') return true;
  await tx.actions.update(action.id, { status: 'done', completedAt: at, messageId: m.id }, at);
  if (action.applicationId !== null) await replan(tx, [action.applicationId], at, policy);
  return true;
}

/** The user checked: a held message did arrive. It becomes sent, with everything that implies. */
export async function confirmSent(
  ctx: Ctx,
  idInput: string | number,
  deps: RecoveryDeps = {},
): Promise<MessageView> {
  const id = positiveId(idInput, 'message', 'message');
  const policy = await loadPolicy(ctx.store, ctx.systemZone);
  await recoverSending(ctx, deps);
  const now = ctx.now();
  await ctx.store.transaction(async (tx) => {
    const m = await mustGetMessage(tx, id);
    if (m.state !== 'sending' || m.heldAt === null) {
      throw conflict(
        `message ${id} is ${m.state}${m.state === 'sending' ? ' (still in progress)' : ''}, not held: nothing to confirm`,
        'message',
      );
    }
    await record(tx, policy, m, {}, 'you confirmed it arrived', now);
  });
  return mustGetMessage(ctx.store, id);
}

/** Unsent messages (every one with `all`), after holding any a crash left in `sending`. */
export async function listOutbox(
  ctx: Ctx,
  q: { all?: boolean } = {},
  deps: RecoveryDeps = {},
): Promise<MessageView[]> {
  await recoverSending(ctx, deps);
  const zone = (await loadPolicy(ctx.store, ctx.systemZone)).timezone;
  const now = ctx.now();
  const out: MessageView[] = [];
  for (const m of await ctx.store.messages.list({ all: q.all }))
    out.push(await withFreshClaims(ctx.store, m, zone, now));
  return out;
}
