import { hostname } from 'node:os';
import { TransportError } from '../../adapters/mail.js';
import { classifyFailure, retryDelayMs, type Via } from '../../domain/outbox.js';
import type { AllSettings } from '../../domain/settings.js';
import type { Instant } from '../../domain/types.js';
import type { MessageView } from '../../store/repos/messages.js';
import type { Ctx } from '../context.js';
import { deliver, type DeliveryEnv } from './delivery.js';
import { holdUncertain, log, move, record } from './outbox-records.js';

/**
 * Steps 2 to 4 of the outbox (outbox.ts) for one scheduled message, shared by `afterview send`
 * and the dispatcher: claim, hand to the transport, then record it sent or settle the failure.
 * The callers differ only in what they claim and what they do with a retry: `send` sleeps and
 * tries again, the dispatcher wakes for it later.
 */

export type AttemptStep = 'claimed' | 'delivered';

export interface AttemptDeps extends DeliveryEnv {
  /** Who claims: `host:pid` by default (recoverSending checks whether it still runs). */
  owner?: string;
  /** First retry delay (default 2 s; then ×3, at most 15 min). */
  retryBaseMs?: number;
  /** Tests: runs after each step; throwing there is a crash at that point. */
  afterStep?: (step: AttemptStep) => void;
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

export const defaultOwner = (): string => `${hostname()}:${String(process.pid)}`;

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
  const claimedAt = ctx.now();
  const claimed = await ctx.store.transaction(async (tx) => {
    const m = await tx.messages.get(id);
    if (m?.state !== 'scheduled' || opts.accept?.(m, claimedAt) === false) return null;
    const patch = {
      sendingOwner: owner,
      sendingAt: claimedAt,
      attempts: m.attempts + 1,
      heldAt: null,
    };
    if (!(await tx.messages.move(id, 'scheduled', 'sending', patch, claimedAt))) return null;
    await log(tx, id, 'scheduled', 'sending', `attempt ${m.attempts + 1} via ${via}`, claimedAt);
    return { ...m, ...patch, state: 'sending' as const };
  });
  if (claimed === null) return { outcome: 'skipped' };
  // Committed: from here a crash leaves `sending`, which the next start holds for the user.
  deps.afterStep?.('claimed');
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
      await holdUncertain(ctx, id, message, at);
      return { outcome: 'held' };
    }
    const attempt = opts.attempt ?? claimed.attempts;
    if (verdict === 'retry' && attempt < settings.transport.mailAttempts) {
      const delay = retryDelayMs(attempt, deps.retryBaseMs ?? 2000);
      await ctx.store.transaction((tx) =>
        move(
          tx,
          { id, state: 'sending' },
          'scheduled',
          { nextAttemptAt: later(at, delay), lastError: message, sendingOwner: null },
          `attempt ${attempt} failed, ${opts.retrying} in ${delay < 1000 ? `${delay} ms` : `${Math.round(delay / 1000)} s`}: ${message}`,
          at,
        ),
      );
      return { outcome: 'retry', delayMs: delay };
    }
    await ctx.store.transaction((tx) =>
      move(
        tx,
        { id, state: 'sending' },
        'failed',
        { lastError: message, sendingOwner: null, nextAttemptAt: null },
        `failed${verdict === 'retry' ? ` after ${attempt} attempts` : ''}: ${message}`,
        at,
      ),
    );
    return { outcome: 'failed' };
  }
  deps.afterStep?.('delivered');
  const sentAt = ctx.now();
  await ctx.store.transaction((tx) =>
    record(
      tx,
      settings.policy,
      claimed,
      { transportResponse: result.response, artifactPath: result.artifactPath },
      `sent via ${via}${result.response === null ? '' : `: ${result.response}`}`,
      sentAt,
    ),
  );
  return { outcome: 'sent' };
}
