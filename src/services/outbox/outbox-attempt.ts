import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { TransportError } from '../../adapters/mail.js';
import { classifyFailure, defaultLeaseMs, retryDelayMs, type Via } from '../../domain/outbox.js';
import type { AllSettings } from '../../domain/settings.js';
import type { Instant } from '../../domain/types.js';
import type { MessagePatch, MessageView } from '../../store/repos/messages.js';
import type { Store } from '../../store/store.js';
import type { Ctx } from '../context.js';
import { deliver, type DeliveryEnv } from './delivery.js';
import { claimOf, holdUncertain, log, record, type Claimed } from './outbox-records.js';

/**
 * Steps 2 to 4 of the outbox (outbox.ts) for one scheduled message, shared by `afterview send`
 * and the dispatcher: claim, hand to the transport, then record it sent or settle the failure.
 * The callers differ only in what they claim and what they do with a retry: `send` sleeps and
 * tries again, the dispatcher wakes for it later.
 *
 * A claim is a lease: the message is the claimer's until `lease_expires_at`, after which any
 * instance holds it for the user (outbox-records.ts). So a claimer that outlives its lease (a
 * very slow server) may find its message held when it comes back with a result. The rule then:
 *  - sent: recorded, held or not. The server took it; that is the truth the user would have
 *    confirmed, and it saves them the check.
 *  - failed (a refusal, or an error before anything went out): recorded too, held or not; the
 *    message certainly did not arrive.
 *  - retry: only if still unheld. Once held, the user decides whether it goes again; a retry
 *    behind their back could cross their own resend. It stays held, with the error noted.
 *  - uncertain: held, as always.
 * Every one of these is a compare-and-set on the claim itself (owner and claim time): after the
 * user resolved the hold (confirmed, resent, edited) the late result changes nothing and is only
 * logged.
 */

export type AttemptStep = 'claimed' | 'delivered';

export interface AttemptDeps extends DeliveryEnv {
  /** Who claims: this process's instance id by default (`host:pid:tag`, see `defaultOwner`). */
  owner?: string;
  /** First retry delay (default 2 s; then ×3, at most 15 min). */
  retryBaseMs?: number;
  /**
   * Tests: runs after each step; throwing there is a crash at that point, and awaiting there is
   * a slow step (another process acts meanwhile).
   */
  afterStep?: (step: AttemptStep) => void | Promise<void>;
}

export interface AttemptOptions {
  via: Via;
  /** File or folder for .eml and .pdf output. */
  out?: string;
  /** Claims the message only if this accepts it (the dispatcher: SMTP and due at `at`). */
  accept?: (m: MessageView, at: Instant) => boolean;
  /** The attempt that counts against `mail.attempts` and sets the backoff; default the stored count. */
  attempt?: number;
  /** Who tries again, for the log: "retrying" or "the dispatcher retries". */
  retrying: string;
}

/** `skipped`: not scheduled (someone else has it) or not accepted; `retry`: back in `scheduled`. */
export type Attempt =
  { outcome: 'sent' | 'failed' | 'held' | 'skipped' } | { outcome: 'retry'; delayMs: number };

/**
 * This process's name on its claims, made once: host and pid let recovery on the same machine
 * see at once that the claimer died; the random tag tells apart a later process given the same
 * pid. Nothing across machines depends on it: there only the lease counts.
 */
const INSTANCE = `${hostname()}:${String(process.pid)}:${randomBytes(4).toString('hex')}`;

export const defaultOwner = (): string => INSTANCE;

export const later = (at: Instant, ms: number): Instant =>
  new Date(Date.parse(at) + ms).toISOString();

export async function attemptDelivery(
  ctx: Ctx,
  id: number,
  settings: AllSettings,
  deps: AttemptDeps,
  opts: AttemptOptions,
): Promise<Attempt> {
  const { via } = opts;
  const owner = deps.owner ?? defaultOwner();
  const leaseMs = deps.leaseMs ?? defaultLeaseMs(deps.timeoutMs);
  const claimedAt = ctx.now();
  // The claim is a compare-and-set on the message alone (see Store.rowTransaction).
  const claimed = await ctx.store.rowTransaction(async (tx) => {
    const m = await tx.messages.get(id);
    if (m?.state !== 'scheduled' || opts.accept?.(m, claimedAt) === false) return null;
    const patch = {
      sendingOwner: owner,
      sendingAt: claimedAt,
      leaseExpiresAt: later(claimedAt, leaseMs),
      attempts: m.attempts + 1,
      heldAt: null,
    };
    if (!(await tx.messages.move(id, 'scheduled', 'sending', patch, claimedAt))) return null;
    await log(tx, id, 'scheduled', 'sending', `attempt ${m.attempts + 1} via ${via}`, claimedAt);
    return { ...m, ...patch, state: 'sending' as const };
  });
  if (claimed === null) return { outcome: 'skipped' };
  const claim = claimOf(id, owner, claimedAt);
  // Committed: from here a crash leaves `sending`, which recovery holds for the user.
  await deps.afterStep?.('claimed');
  let result: Awaited<ReturnType<typeof deliver>>;
  try {
    const sending = {
      profile: settings.profile,
      transport: settings.transport,
      zone: settings.policy.timezone,
    };
    result = await deliver(claimed, via, sending, opts.out, deps, claimedAt);
  } catch (e) {
    const verdict = e instanceof TransportError ? classifyFailure(e) : 'permanent';
    const message = e instanceof Error ? e.message : String(e);
    const at = ctx.now();
    if (verdict === 'unknown') {
      await holdUncertain(ctx, claim, message, at);
      return { outcome: 'held' };
    }
    const attempt = opts.attempt ?? claimed.attempts;
    if (verdict === 'retry' && attempt < settings.transport.mailAttempts) {
      const delay = retryDelayMs(attempt, deps.retryBaseMs ?? 2000);
      const retried = await settle(
        ctx,
        claim,
        'scheduled',
        { nextAttemptAt: later(at, delay), lastError: message },
        `attempt ${attempt} failed, ${opts.retrying} in ${delay < 1000 ? `${delay} ms` : `${Math.round(delay / 1000)} s`}: ${message}`,
        at,
        `attempt ${attempt} failed before the server took it (${message}); not retried, as it was held meanwhile: it did not arrive, send it again if you wish`,
      );
      return retried ? { outcome: 'retry', delayMs: delay } : { outcome: 'held' };
    }
    await settle(
      ctx,
      claim,
      'failed',
      { lastError: message, nextAttemptAt: null, heldAt: null },
      `failed${verdict === 'retry' ? ` after ${attempt} attempts` : ''}: ${message}`,
      at,
    );
    return { outcome: 'failed' };
  }
  await deps.afterStep?.('delivered');
  const sentAt = ctx.now();
  const note = `sent via ${via}${result.response === null ? '' : `: ${result.response}`}`;
  // Marking an action done re-plans its application: that waits for the other writers. A message
  // with no action changes its own row and its contact's last-contacted date only.
  const write = async (tx: Store): Promise<void> => {
    const patch = { transportResponse: result.response, artifactPath: result.artifactPath };
    const before = await tx.messages.get(id);
    const late =
      before === undefined || before.heldAt === null
        ? ''
        : ' (after it was held: its claim had run out)';
    if (await record(tx, settings.policy, claimed, patch, `${note}${late}`, sentAt, claim.held))
      return;
    const state = before?.state ?? 'sending';
    await log(
      tx,
      id,
      state,
      state,
      `attempt ${String(claimed.attempts)} was ${note}, after its claim ran out and you had already decided about it`,
      sentAt,
    );
  };
  await (claimed.actionId === null
    ? ctx.store.rowTransaction(write)
    : ctx.store.transaction(write));
  return { outcome: 'sent' };
}

/**
 * Records a failed attempt's outcome (back to `scheduled` for a retry, or `failed`) if the
 * message is still under its claim: a retry only if not held, a failure even if held (see the
 * rule above). When a retry finds it held, it stays held, with `heldNote` logged. Returns
 * whether it moved.
 */
async function settle(
  ctx: Ctx,
  claim: Claimed,
  to: 'scheduled' | 'failed',
  patch: MessagePatch,
  note: string,
  at: Instant,
  heldNote?: string,
): Promise<boolean> {
  return ctx.store.rowTransaction(async (tx) => {
    const released = { ...patch, sendingOwner: null, leaseExpiresAt: null };
    const guard = to === 'scheduled' ? claim.unheld : claim.held;
    if (await tx.messages.move(claim.id, 'sending', to, released, at, guard)) {
      await log(tx, claim.id, 'sending', to, note, at);
      return true;
    }
    const noted = { lastError: patch.lastError };
    if (
      heldNote !== undefined &&
      (await tx.messages.move(claim.id, 'sending', 'sending', noted, at, claim.held))
    )
      await log(tx, claim.id, 'sending', 'sending', heldNote, at);
    return false;
  });
}
