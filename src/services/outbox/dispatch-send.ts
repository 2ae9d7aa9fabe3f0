import type { Ctx } from '../context.js';
import { attemptDelivery, type AttemptDeps } from './outbox-attempt.js';
import { loadSettings, loadTransport } from '../settings/settings.js';

/**
 * One unattended delivery of a scheduled SMTP message, by the outbox's rules (outbox.ts): the
 * claim scheduled → sending is a compare-and-set committed BEFORE the SMTP call, so two
 * dispatchers (or a dispatcher and `afterview send`) never both send it, and a crash after the
 * server took it leaves it in `sending`, held at the next start instead of sent again.
 * Unlike `afterview send` it never sleeps between attempts: a retryable failure goes back to
 * `scheduled` with its next attempt time, and the dispatcher wakes for it then.
 */

export type DispatchSendDeps = AttemptDeps;

export type DispatchOutcome = 'sent' | 'retry' | 'failed' | 'held' | 'skipped';

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
  const settings = {
    ...(await loadSettings(ctx.store, ctx.systemZone)),
    transport: await loadTransport(ctx.store),
  };
  const r = await attemptDelivery(ctx, id, settings, deps, {
    via: 'smtp',
    accept: (m, at) =>
      m.via === 'smtp' &&
      (opts.anyTime === true || (m.nextAttemptAt !== null && m.nextAttemptAt <= at)),
    retrying: 'the dispatcher retries',
  });
  return r.outcome;
}
