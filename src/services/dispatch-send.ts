import { hostname } from 'node:os';
import { TransportError } from '../adapters/mail.js';
import { classifyFailure, retryDelayMs } from '../domain/outbox.js';
import type { Instant } from '../domain/types.js';
import type { Ctx } from './context.js';
import { deliver, type DeliveryEnv } from './delivery.js';
import { holdUncertain, log, move, record } from './outbox-records.js';
import { loadSettings } from './settings.js';

/**
 * One unattended delivery of a scheduled SMTP message, by the outbox's rules (outbox.ts): the
 * claim scheduled → sending is a compare-and-set committed BEFORE the SMTP call, so two
 * dispatchers (or a dispatcher and `afterview send`) never both send it, and a crash after the
 * server took it leaves it in `sending`, held at the next start instead of sent again.
 * Unlike `afterview send` it never sleeps between attempts: a retryable failure goes back to
 * `scheduled` with its next attempt time, and the dispatcher wakes for it then.
 */

export type DispatchStep = 'claimed' | 'delivered';

export interface DispatchSendDeps extends DeliveryEnv {
  /** Who claims: `host:pid` by default (recoverSending checks whether it still runs). */
  owner?: string;
  /** First retry delay (default 2 s; then ×3, at most 15 min). */
  retryBaseMs?: number;
  /** Tests: runs after each step; throwing there is a crash at that point. */
  afterStep?: (step: DispatchStep) => void;
}

export type DispatchOutcome = 'sent' | 'retry' | 'failed' | 'held' | 'skipped';

const later = (at: Instant, ms: number): Instant => new Date(Date.parse(at) + ms).toISOString();

export const defaultOwner = (): string => `${hostname()}:${String(process.pid)}`;

/**
 * Sends message `id` if it is still scheduled and due (`anyTime` skips the due check, for
 * `afterview digest --send`). `skipped` means someone else has it or it is not due.
 */
export async function deliverScheduled(
  ctx: Ctx,
  id: number,
  deps: DispatchSendDeps = {},
  opts: { anyTime?: boolean } = {},
): Promise<DispatchOutcome> {
  const settings = await loadSettings(ctx.store, ctx.systemZone);
  const owner = deps.owner ?? defaultOwner();
  const claimedAt = ctx.now();
  const claimed = await ctx.store.transaction(async (tx) => {
    const m = await tx.messages.get(id);
    if (m?.state !== 'scheduled' || m.via !== 'smtp') return null;
    if (opts.anyTime !== true && (m.nextAttemptAt === null || m.nextAttemptAt > claimedAt))
      return null;
    const patch = {
      sendingOwner: owner,
      sendingAt: claimedAt,
      attempts: m.attempts + 1,
      heldAt: null,
    };
    if (!(await tx.messages.move(id, 'scheduled', 'sending', patch, claimedAt))) return null;
    await log(tx, id, 'scheduled', 'sending', `attempt ${m.attempts + 1} via smtp`, claimedAt);
    return { ...m, ...patch, state: 'sending' as const };
  });
  if (claimed === null) return 'skipped';
  // Committed: from here a crash leaves `sending`, which the next start holds for the user.
  deps.afterStep?.('claimed');
  let response: string | null;
  try {
    response = (await deliver(claimed, 'smtp', settings, undefined, deps, claimedAt)).response;
  } catch (e) {
    const verdict = e instanceof TransportError ? classifyFailure(e) : 'permanent';
    const message = e instanceof Error ? e.message : String(e);
    const at = ctx.now();
    if (verdict === 'unknown') {
      await holdUncertain(ctx, id, message, at);
      return 'held';
    }
    const retry = verdict === 'retry' && claimed.attempts < settings.mailAttempts;
    const delay = retryDelayMs(claimed.attempts, deps.retryBaseMs ?? 2000);
    await ctx.store.transaction((tx) =>
      retry
        ? move(
            tx,
            { id, state: 'sending' },
            'scheduled',
            { nextAttemptAt: later(at, delay), lastError: message, sendingOwner: null },
            `attempt ${claimed.attempts} failed, the dispatcher retries in ${delay < 1000 ? `${delay} ms` : `${Math.round(delay / 1000)} s`}: ${message}`,
            at,
          )
        : move(
            tx,
            { id, state: 'sending' },
            'failed',
            { lastError: message, sendingOwner: null, nextAttemptAt: null },
            `failed${verdict === 'retry' ? ` after ${claimed.attempts} attempts` : ''}: ${message}`,
            at,
          ),
    );
    return retry ? 'retry' : 'failed';
  }
  deps.afterStep?.('delivered');
  const sentAt = ctx.now();
  await ctx.store.transaction((tx) =>
    record(
      tx,
      settings,
      claimed,
      { transportResponse: response },
      `sent via smtp${response === null ? '' : `: ${response}`}`,
      sentAt,
    ),
  );
  return 'sent';
}
