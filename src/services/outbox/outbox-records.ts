import { hostname } from 'node:os';
import { conflict } from '../../domain/errors.js';
import { assertMove } from '../../domain/outbox.js';
import type { Policy } from '../../domain/settings.js';
import type { Instant, MessageState } from '../../domain/types.js';
import { positiveId } from '../../domain/validate.js';
import type { MessagePatch, MessageView } from '../../store/repos/messages.js';
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
  /** Whether the process that claimed a `sending` message still runs. */
  isOwnerAlive?: (owner: string) => boolean;
}

/** A claim of this machine whose process is gone is orphaned; another machine's we cannot tell. */
export function ownerAlive(owner: string): boolean {
  const [host, pidText] = owner.split(':');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
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
 * user (PRODUCT.md §6: never a second send without confirming) instead of retrying.
 */
export async function holdUncertain(
  ctx: Ctx,
  id: number,
  error: string,
  at: Instant,
): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    await tx.messages.update(id, { heldAt: at, lastError: error, sendingOwner: null }, at);
    await log(
      tx,
      id,
      'sending',
      'sending',
      `held: the connection broke after the message was sent, it may have arrived (${error})`,
      at,
    );
  });
}

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
 * Messages left in `sending` by a process that is gone are held: the server may have accepted
 * them. Runs at the start of every outbox command. Returns the ids it held.
 */
export async function recoverSending(ctx: Ctx, deps: RecoveryDeps = {}): Promise<number[]> {
  const alive = deps.isOwnerAlive ?? ownerAlive;
  const held: number[] = [];
  for (const s of await ctx.store.messages.sendingUnheld()) {
    if (s.owner !== null && alive(s.owner)) continue;
    const now = ctx.now();
    await ctx.store.transaction(async (tx) => {
      await tx.messages.update(s.id, { heldAt: now }, now);
      await log(
        tx,
        s.id,
        'sending',
        'sending',
        'found in sending after a restart: held until you confirm',
        now,
      );
    });
    held.push(s.id);
  }
  return held;
}

/** Phase 4: sent, the action done (the plan moves on), the contact contacted. */
export async function record(
  tx: Store,
  policy: Policy,
  m: MessageView,
  patch: MessagePatch,
  note: string,
  at: Instant,
): Promise<void> {
  await move(
    tx,
    { id: m.id, state: 'sending' },
    'sent',
    {
      ...patch,
      sentAt: at,
      sendingOwner: null,
      heldAt: null,
      lastError: null,
      nextAttemptAt: null,
    },
    note,
    at,
  );
  if (m.contactId !== null) await tx.contacts.markContacted(m.contactId, at);
  if (m.actionId === null) return;
  const action = await tx.actions.get(m.actionId);
  if (action?.status !== 'pending') return;
  await tx.actions.update(action.id, { status: 'done', completedAt: at, messageId: m.id }, at);
  if (action.applicationId !== null) await replan(tx, [action.applicationId], at, policy);
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
